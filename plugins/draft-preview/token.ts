import { createHmac, timingSafeEqual } from 'node:crypto'

import { config } from '../../utilities/config'

export type PreviewCollection = 'resources' | 'posts'
export const PREVIEW_COLLECTIONS: PreviewCollection[] = ['resources', 'posts']

/** How long a preview link works: long enough to share with a colleague, short enough not to leak drafts for good. */
export const previewTtlMs = () => config().PREVIEW_TOKEN_TTL_MINUTES * 60_000

const mac = (secret: string, body: string) =>
  createHmac('sha256', `draft-preview:${secret}`).update(body).digest('base64url')

/** `<expiry>.<HMAC of collection:id:expiry>`: names one document, for a while. */
export const signPreview = (
  secret: string,
  collection: PreviewCollection,
  id: number | string,
  expiresAt: number,
) => `${expiresAt}.${mac(secret, `${collection}:${id}:${expiresAt}`)}`

export type PreviewCheck = { ok: true } | { ok: false; status: 401 | 403; reason: string }

export const checkPreview = (
  secret: string,
  collection: PreviewCollection,
  id: number | string,
  token: string,
  now = Date.now(),
): PreviewCheck => {
  const [expiry, given, ...rest] = token.split('.')
  const expiresAt = Number(expiry)
  if (!given || rest.length > 0 || !Number.isInteger(expiresAt)) {
    return { ok: false, status: 401, reason: 'token is malformed' }
  }
  const expected = Buffer.from(mac(secret, `${collection}:${id}:${expiresAt}`))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, status: 403, reason: 'token does not match this document' }
  }
  if (expiresAt <= now) return { ok: false, status: 403, reason: 'token has expired' }
  return { ok: true }
}
