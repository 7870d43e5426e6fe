import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto'

import { config } from '../../../utilities/config'
import { resolveSecret } from '../../../utilities/secret'

/**
 * The key material for two-factor data at rest: TWO_FACTOR_KEY, or, unset,
 * PAYLOAD_SECRET. Either way each use gets its own key through HKDF, so the
 * secret-encryption key and the recovery-code pepper never coincide.
 */
const derive = (purpose: string): Buffer => {
  const material = config().TWO_FACTOR_KEY ?? resolveSecret()
  return Buffer.from(hkdfSync('sha256', material, 'hujra-two-factor', purpose, 32))
}

let keys: { secret: Buffer; codes: Buffer } | undefined
const current = () => (keys ??= { secret: derive('totp-secret:v1'), codes: derive('recovery-codes:v1') })

/** For tests that change TWO_FACTOR_KEY. */
export const forgetTwoFactorKeys = () => {
  keys = undefined
}

const VERSION = 'v1'

/** A TOTP secret encrypted with AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export const encryptSecret = (plain: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', current().secret, iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.')
}

/** The secret back; throws when the key changed or the value was tampered with (GCM's tag). */
export const decryptSecret = (stored: string): string => {
  const [version, iv, tag, body] = stored.split('.')
  if (version !== VERSION || !iv || !tag || !body) throw new Error('two-factor: unreadable stored secret')
  const decipher = createDecipheriv('aes-256-gcm', current().secret, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}

/**
 * A recovery code as stored: HMAC-SHA256 under a key the database does not
 * hold. The codes carry 60 random bits, so a keyed fast hash is enough: a
 * slow hash would only slow the ten comparisons of every attempt.
 */
export const hashRecoveryCode = (code: string): string =>
  createHmac('sha256', current().codes).update(normaliseRecoveryCode(code)).digest('base64url')

/** What a reader types: case, spaces and dashes do not matter. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '')

// Crockford's base32 without the letters people misread (i, l, o, u).
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/** Ten fresh codes like `7kq2-m9xd-p4tz` (12 characters, 60 bits). */
export const newRecoveryCodes = (count = 10): string[] =>
  Array.from({ length: count }, () => {
    const bytes = randomBytes(12)
    const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`
  })

/** A one-way digest of a challenge token or a user agent: what the table keeps. */
export const digest = (value: string): string => createHash('sha256').update(value).digest('base64url')

/** A challenge token: 32 random bytes, shown to its client once. */
export const newChallengeToken = (): string => randomBytes(32).toString('base64url')
