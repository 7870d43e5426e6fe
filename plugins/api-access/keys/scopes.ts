import { PUBLIC_COLLECTIONS } from '../public/collection'

/**
 * What a key may read: the public collections, read only. Everything else
 * (users, chat, forms, audit, Payload's own collections) is out of reach of
 * every key, whatever its scopes say.
 */
export const API_KEY_SCOPES = PUBLIC_COLLECTIONS
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number]

export const isScope = (value: unknown): value is ApiKeyScope =>
  (API_KEY_SCOPES as readonly unknown[]).includes(value)

export const API_KEYS_SLUG = 'api-keys'
