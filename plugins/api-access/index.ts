import type { Plugin } from 'payload'

import { narrowForApiKeys } from './keys/access'
import { ApiKeys } from './keys/collection'

export { API_KEY_SCOPES, type ApiKeyScope } from './keys/scopes'
export { type ApiKeyUser, isApiKeyUser } from './keys/strategy'
export { resetKeyLimits } from './keys/limits'
export { flushUsage, pruneUsage } from './usage/log'

/**
 * API access for integrators (issue 18): keys in a collection of their own,
 * hashed, read-only and scoped, with a limit per key. Runs after every plugin
 * that adds a collection, so its narrowing of what a key may do reaches all
 * of them; the route gate (keys/gate.ts) sits in front of Payload in
 * plugins/input-guard/routes.ts.
 */
export const apiAccessPlugin = (): Plugin => (incoming) => {
  const { collections, globals } = narrowForApiKeys(
    [...(incoming.collections ?? []), ApiKeys],
    incoming.globals ?? [],
  )
  return { ...incoming, collections, globals }
}
