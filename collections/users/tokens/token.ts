import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** What a link is for; part of the signature, so a verification token cannot be used as a reset token. */
export type TokenKind = 'verify' | 'reset'

/** How long a link works. */
export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  verify: 24 * 60 * 60 * 1000,
  reset: 30 * 60 * 1000,
}

/** 32 random bytes: the part nobody can guess. */
const RANDOM_BYTES = 32
const MAC_BYTES = 16

/** A token as the mail carries it, and the only form of it the database keeps. */
export interface IssuedToken {
  token: string
  hash: string
  expiresAt: Date
}

/**
 * Why a token is refused, so the page can say which: `invalid` (altered,
 * cut short, made up, or another kind of link), `expired` (past its time),
 * `used` (well-formed and in time, but no longer stored: used once already,
 * or replaced by a newer link).
 */
export type TokenProblem = 'invalid' | 'expired' | 'used'

const macKey = (secret: string) => createHash('sha256').update(`hujra:account-token:${secret}`).digest()

const mac = (secret: string, kind: TokenKind, random: string, expires: string) =>
  createHmac('sha256', macKey(secret)).update(`${kind}.${random}.${expires}`).digest().subarray(0, MAC_BYTES)

/** SHA-256 of the whole token, hex: what `_verificationToken` and `resetPasswordToken` hold. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/**
 * `<random>.<expiry>.<mac>`, all base64url. The random part carries the
 * secrecy; the expiry and the MAC (keyed by PAYLOAD_SECRET) only let the
 * server tell an altered link from an expired or used one without storing
 * anything but the hash. The database's own expiry is what counts.
 */
export const issueToken = (secret: string, kind: TokenKind, now = Date.now()): IssuedToken => {
  const expiresAt = new Date(now + TOKEN_LIFETIME_MS[kind])
  const random = randomBytes(RANDOM_BYTES).toString('base64url')
  const expires = Math.floor(expiresAt.getTime() / 1000).toString(36)
  const token = `${random}.${expires}.${mac(secret, kind, random, expires).toString('base64url')}`
  return { token, hash: hashToken(token), expiresAt }
}

const TOKEN_SHAPE = /^([A-Za-z0-9_-]{43})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/

/** What the token itself says: `invalid` when it was not issued here for `kind`, `expired` past its time. */
export const checkToken = (
  secret: string,
  kind: TokenKind,
  token: string,
  now = Date.now(),
): { ok: true; hash: string } | { ok: false; problem: Exclude<TokenProblem, 'used'> } => {
  const match = TOKEN_SHAPE.exec(token)
  if (!match) return { ok: false, problem: 'invalid' }
  const [, random, expires, given] = match as unknown as [string, string, string, string]
  const expected = mac(secret, kind, random, expires)
  const got = Buffer.from(given, 'base64url')
  if (got.length !== expected.length || !timingSafeEqual(got, expected))
    return { ok: false, problem: 'invalid' }
  if (parseInt(expires, 36) * 1000 <= now) return { ok: false, problem: 'expired' }
  return { ok: true, hash: hashToken(token) }
}
