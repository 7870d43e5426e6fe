import type { AstroCookies } from 'astro'

import { config } from './config'
import { readerAgent } from './readerAgent'

/**
 * The reader's Payload session, kept by the site in an httpOnly cookie named
 * like Payload's own (`payload-token`): scripts never see the token, and the
 * realtime sidecar reads the same cookie on its handshake (cookies are shared
 * across ports; in production set SESSION_COOKIE_DOMAIN to the parent domain
 * of the site and the realtime host).
 */
export const SESSION_COOKIE = 'payload-token'

export const tokenOf = (cookies: AstroCookies) => cookies.get(SESSION_COOKIE)?.value

/** A CMS request as the signed-in reader; never cached. */
export const cmsAs = (token: string | undefined, path: string, init: RequestInit = {}) =>
  fetch(`${config().CMS_URL}/api${path}`, {
    ...init,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(readerAgent() ? { 'user-agent': readerAgent()! } : {}),
    },
    signal: AbortSignal.timeout(5000),
  })

export const setSession = (cookies: AstroCookies, token: string, expiresAt: Date, secure: boolean) =>
  cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
    domain: config().SESSION_COOKIE_DOMAIN,
  })

export const clearSession = (cookies: AstroCookies) =>
  cookies.delete(SESSION_COOKIE, { path: '/', domain: config().SESSION_COOKIE_DOMAIN })

/** What the chat shows of the reader. */
export interface SessionUser {
  id: number
  name: string
}

/**
 * A sign-in waiting for its second step: the CMS's challenge, kept by the
 * site in an httpOnly cookie of this browser only for the challenge's five
 * minutes, so neither scripts nor another browser can finish the sign-in.
 */
export const CHALLENGE_COOKIE = 'hujra-two-factor'
export type ChallengeStep = 'verify' | 'enrol'

export const challengeOf = (cookies: AstroCookies): { step: ChallengeStep; challenge: string } | null => {
  const value = cookies.get(CHALLENGE_COOKIE)?.value ?? ''
  const at = value.indexOf('.')
  const step = value.slice(0, at)
  if (at < 0 || (step !== 'verify' && step !== 'enrol')) return null
  return { step, challenge: value.slice(at + 1) }
}

export const setChallenge = (
  cookies: AstroCookies,
  step: ChallengeStep,
  challenge: string,
  secure: boolean,
) =>
  cookies.set(CHALLENGE_COOKIE, `${step}.${challenge}`, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: 5 * 60,
  })

export const clearChallenge = (cookies: AstroCookies) => cookies.delete(CHALLENGE_COOKIE, { path: '/' })
