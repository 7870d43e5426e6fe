import type { AuthStrategy } from 'payload'

import { type ApiKeyPrincipal, findLiveKey } from './lookup'
import { API_KEYS_SLUG } from './scopes'
import { keyFromHeaders } from './secret'

/** What `req.user` is for a request made with a key. */
export type ApiKeyUser = ApiKeyPrincipal & { collection: typeof API_KEYS_SLUG; _strategy: 'api-key' }

export const isApiKeyUser = (user: unknown): user is ApiKeyUser =>
  Boolean(user && typeof user === 'object' && (user as { collection?: unknown }).collection === API_KEYS_SLUG)

/**
 * A live key becomes the request's user, of the `api-keys` collection and
 * with no roles: every access function that asks for a role refuses it, and
 * plugins/api-access/keys/access.ts narrows the rest to reading its scopes
 * as an anonymous reader would. A key that is not live is no user here; the
 * route gate (gate.ts) has already answered it 401.
 */
export const apiKeyStrategy: AuthStrategy = {
  name: 'api-key',
  authenticate: async ({ headers, payload }) => {
    const value = keyFromHeaders(headers)
    if (!value) return { user: null }
    const key = await findLiveKey(payload, value)
    if (!key) return { user: null }
    const user: ApiKeyUser = { ...key, collection: API_KEYS_SLUG, _strategy: 'api-key' }
    return { user: user as never }
  },
}
