import type { Plugin } from 'payload'

import type { ApiAccessOptions, SanitizedApiAccessOptions } from './types'

import { publicEndpoints } from './public/endpoints'
import { publicCollections } from './public'

const sanitize = (options: ApiAccessOptions): SanitizedApiAccessOptions => ({
  authorize: options.authorize ?? (() => true),
  basePath: options.basePath ?? '/public/v1',
})

/**
 * The integrators' API: a versioned, read-only public API over published
 * content (`/api/public/v1/<collection>`), read straight from SQL through
 * explicit projections, with keyset pagination, conditional requests and
 * CORS per `API_CORS_ORIGINS`. API keys, limits, usage and webhooks (issue
 * 18, points 2–5) plug in here: a key strategy fills `req.user`, and
 * `authorize` checks its scopes.
 */
export const apiAccessPlugin =
  (options: ApiAccessOptions = {}): Plugin =>
  (config) => {
    const sanitized = sanitize(options)
    return {
      ...config,
      endpoints: [...(config.endpoints ?? []), ...publicEndpoints(publicCollections, sanitized)],
    }
  }

export type { ApiAccessOptions, ReadAuthorizer } from './types'
