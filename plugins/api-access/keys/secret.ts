import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * An API key reads `hujra_<id>_<secret>`: the word says whose key it is (so a
 * leaked one is recognised by secret scanners and by people), the 12-character
 * id finds its row by an index, and only the SHA-256 of the 32-byte secret is
 * stored. A hash without salt or stretching is enough for 256 random bits, and
 * unlike Payload's own keys (encrypted with PAYLOAD_SECRET) it survives a
 * secret rotation and cannot be decrypted by anyone who reads the row.
 */
export const KEY_WORD = 'hujra'
const KEY_PATTERN = /^hujra_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/

export interface IssuedKey {
  /** The whole key, shown once. */
  key: string
  /** Stored, indexed: finds the row. */
  prefix: string
  /** Stored: SHA-256 of the secret part, hex. */
  hash: string
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

const randomId = (length: number): string => {
  // 62 does not divide 256: bytes at or above 248 are dropped so every character is equally likely.
  let out = ''
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62]
    }
  }
  return out
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex')

export const issueKey = (): IssuedKey => {
  const prefix = randomId(12)
  const secret = randomBytes(32).toString('base64url')
  return { key: `${KEY_WORD}_${prefix}_${secret}`, prefix, hash: hashSecret(secret) }
}

/** The id and secret of something shaped like a key, or null. */
export const parseKey = (value: string): { prefix: string; secret: string } | null => {
  const match = KEY_PATTERN.exec(value)
  return match ? { prefix: match[1]!, secret: match[2]! } : null
}

/** Whether `secret` hashes to `hash`, in constant time. */
export const secretMatches = (secret: string, hash: string): boolean => {
  const given = Buffer.from(hashSecret(secret), 'hex')
  const stored = Buffer.from(hash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}

/**
 * The key a request carries: `Authorization: Bearer hujra_…` (or `API-Key`),
 * or `X-API-Key`. Anything else in Authorization (Payload's `JWT …`) is not a
 * key and is left to Payload.
 */
export const keyFromHeaders = (headers: Headers): string | null => {
  const direct = headers.get('x-api-key')?.trim()
  if (direct) return direct
  const auth = headers.get('authorization')?.trim()
  const match = auth ? /^(?:Bearer|API-Key)\s+(\S+)$/i.exec(auth) : null
  return match?.[1]?.startsWith(`${KEY_WORD}_`) ? match[1] : null
}
