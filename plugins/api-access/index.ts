import type { Plugin } from 'payload'

import type { ApiAccessOptions, SanitizedApiAccessOptions } from './types'

import { narrowForApiKeys } from './keys/access'
import { ApiKeys } from './keys/collection'
import { publicCollections } from './public'
import { publicEndpoints } from './public/endpoints'

export { API_KEY_SCOPES, type ApiKeyScope } from './keys/scopes'
export { type ApiKeyUser, isApiKeyUser } from './keys/strategy'
export { resetKeyLimits } from './keys/limits'
export { flushUsage, pruneUsage } from './usage/log'
export type { ApiAccessOptions, ReadAuthorizer } from './types'

const sanitize = (options: ApiAccessOptions): SanitizedApiAccessOptions => ({
  authorize: options.authorize ?? (() => true),
  basePath: options.basePath ?? '/public/v1',
})

/**
 * API access for integrators (issue 18):
 * - a versioned, read-only public API over published content
 *   (`/api/public/v1/<collection>`), read straight from SQL through explicit
 *   projections, with keyset pagination, conditional requests and CORS per
 *   `API_CORS_ORIGINS` (public/);
 * - keys in a collection of their own, hashed, read-only and scoped, with a
 *   limit and a usage log per key (keys/, usage/). The route gate
 *   (keys/gate.ts) sits in front of Payload in plugins/input-guard/routes.ts.
 *
 * Runs after every plugin that adds a collection, so its narrowing of what a
 * key may do reaches all of them.
 */
export const apiAccessPlugin =
  (options: ApiAccessOptions = {}): Plugin =>
  (incoming) => {
    const { collections, globals } = narrowForApiKeys(
      [...(incoming.collections ?? []), ApiKeys],
      incoming.globals ?? [],
    )
    return {
      ...incoming,
      collections,
      globals,
      endpoints: [...(incoming.endpoints ?? []), ...publicEndpoints(publicCollections, sanitize(options))],
    }
  }
