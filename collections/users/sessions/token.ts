import type { Payload } from 'payload'

import jwt from 'jsonwebtoken'
import { JWT_AUTH_VERSION } from 'payload'
import { parseCookies } from 'payload/shared'

/** What a verified Payload session token says. */
export interface SessionToken {
  userId: number
  sid: string
  /** Seconds since the epoch. */
  exp: number
}

/**
 * The token Payload's local JWT strategy would read, by the same rules
 * (auth/extractJWT.js): `auth.jwtOrder`, and the cookie only when its
 * Origin is allowed (or, without Origin, Sec-Fetch-Site says same site), so
 * this layer never acts on a token Payload would not accept.
 */
export const extractToken = (headers: Headers, payload: Payload): string | null => {
  const authorization = headers.get('authorization') ?? ''
  for (const method of payload.config.auth.jwtOrder) {
    if (method === 'JWT' && authorization.startsWith('JWT ')) return authorization.slice(4)
    if (method === 'Bearer' && authorization.startsWith('Bearer ')) return authorization.slice(7)
    if (method === 'cookie') {
      const token = parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)
      if (!token) continue
      const { csrf } = payload.config
      const origin = headers.get('origin')
      if (origin) {
        if (csrf.length === 0 || csrf.includes(origin)) return token
        continue
      }
      if (csrf.length === 0) return token
      const site = headers.get('sec-fetch-site')
      if (site === 'same-origin' || site === 'same-site' || site === 'none') return token
    }
  }
  return null
}

/**
 * The token verified as auth/strategies/jwt.js does (HS256 with Payload's
 * secret, its auth version in the protected header), or null: a forged or
 * expired token never reaches the session table.
 */
export const verifyToken = (token: string, payload: Payload): SessionToken | null => {
  try {
    const { header, payload: claims } = jwt.verify(token, payload.secret, {
      algorithms: ['HS256'],
      complete: true,
    }) as unknown as { header: { authVersion?: unknown }; payload: Record<string, unknown> }
    if (header.authVersion !== JWT_AUTH_VERSION) return null
    const { collection, id, sid, exp } = claims
    if (collection !== 'users' || typeof sid !== 'string' || typeof exp !== 'number') return null
    const userId = typeof id === 'number' ? id : Number(id)
    if (!Number.isSafeInteger(userId) || userId <= 0) return null
    return { userId, sid, exp }
  } catch {
    return null
  }
}

/** A token this server signed, read without verifying (the login hook's own fresh token). */
export const readOwnToken = (token: string): SessionToken | null => {
  const claims = jwt.decode(token)
  if (!claims || typeof claims !== 'object') return null
  const { id, sid, exp } = claims as Record<string, unknown>
  if (typeof sid !== 'string' || typeof exp !== 'number' || typeof id !== 'number') return null
  return { userId: id, sid, exp }
}

/** The session id Payload's local JWT strategy put on the request's user (`user._sid`). */
export const sessionIdOf = (user: unknown): string | undefined => {
  const sid = (user as { _sid?: unknown } | null | undefined)?._sid
  return typeof sid === 'string' ? sid : undefined
}
