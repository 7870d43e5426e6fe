import type { AstroCookies } from 'astro'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../../collections/moderation/topics'
import { config } from './config'
import {
  type ChallengeStep,
  type SessionUser,
  challengeOf,
  clearChallenge,
  setChallenge,
  setSession,
} from './session'

/**
 * The steps of signing in, as outcomes: the site's /api/session turns them
 * into JSON for scripts, and the sign-in and two-step pages into a page (or a
 * 303) for a form posted without JavaScript. Cookies are set here, so both
 * ways leave the browser in the same state.
 */
export type SignInOutcome =
  | { kind: 'signed-in'; user: SessionUser; recoveryCodes?: string[] }
  | { kind: 'two-factor'; step: ChallengeStep }
  | { kind: 'enrol-started'; secret: string; otpauthUrl: string; qrSvg: string }
  | { kind: 'invalid'; field: 'email' | 'password' | 'code' }
  | { kind: 'wrong-password' }
  | { kind: 'unverified' }
  | { kind: 'wrong-code'; status: 400 | 401 }
  | { kind: 'expired' }
  | { kind: 'off' }
  | { kind: 'limited'; retryAfterSeconds: number; retryAfter: string }
  | { kind: 'unavailable' }

/** Who is asking: the CMS limits per address and binds the second step to the address and browser. */
export interface Reader {
  address?: string
  userAgent: string
}

export interface SignInContext {
  cookies: AstroCookies
  reader: Reader
  secure: boolean
}

export const readerOf = (request: Request, clientAddress: string | undefined): Reader => ({
  address: clientAddress,
  userAgent: request.headers.get('user-agent') ?? '',
})

const userOf = (user: { id: number; name?: string | null; email?: string }): SessionUser => ({
  id: user.id,
  name: user.name || user.email || `#${user.id}`,
})

export { userOf as sessionUserOf }

/**
 * A CMS call on the reader's behalf. The site sends the reader's address
 * with SITE_CACHE_SECRET, which the CMS requires before believing it
 * (collections/users/clientAddress.ts), and the reader's user agent.
 */
const forReader = (path: string, body: unknown, reader: Reader) => {
  const { CMS_URL, SITE_CACHE_SECRET } = config()
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': reader.userAgent,
  }
  if (SITE_CACHE_SECRET && reader.address) {
    headers[SITE_SECRET_HEADER] = SITE_CACHE_SECRET
    headers[READER_ADDRESS_HEADER] = reader.address
  }
  return fetch(`${CMS_URL}/api${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  })
}

interface CmsError {
  errors?: { message?: string; field?: string }[]
}

const limited = (response: Response): SignInOutcome => {
  const retryAfter = response.headers.get('retry-after') ?? '60'
  return { kind: 'limited', retryAfter, retryAfterSeconds: Number(retryAfter) }
}

const signedIn = async (response: Response, { cookies, secure }: SignInContext): Promise<SignInOutcome> => {
  const body = (await response.json()) as {
    token?: string
    exp?: number
    user?: { id: number; name?: string }
    recoveryCodes?: string[]
  }
  if (!body.token || !body.user) return { kind: 'unavailable' }
  setSession(cookies, body.token, new Date((body.exp ?? Date.now() / 1000 + 7200) * 1000), secure)
  clearChallenge(cookies)
  return {
    kind: 'signed-in',
    user: userOf(body.user),
    ...(body.recoveryCodes ? { recoveryCodes: body.recoveryCodes } : {}),
  }
}

/** The password: a session, or, for an account with two-step sign-in, the challenge in this browser's cookie. */
export const passwordStep = async (
  email: unknown,
  password: unknown,
  context: SignInContext,
): Promise<SignInOutcome> => {
  if (typeof email !== 'string' || !email || email.length > 254) return { kind: 'invalid', field: 'email' }
  if (typeof password !== 'string' || !password || password.length > 1024) {
    return { kind: 'invalid', field: 'password' }
  }
  try {
    const response = await forReader('/users/login', { email, password }, context.reader)
    if (response.status === 429) return limited(response)
    // Payload's UnverifiedEmail: the password was right, the address is not confirmed yet.
    if (response.status === 403) return { kind: 'unverified' }
    if (!response.ok) return { kind: 'wrong-password' }
    const copy = response.clone()
    const body = (await response.json()) as { twoFactor?: { challenge: string; step: ChallengeStep } }
    if (body.twoFactor) {
      setChallenge(context.cookies, body.twoFactor.step, body.twoFactor.challenge, context.secure)
      return { kind: 'two-factor', step: body.twoFactor.step }
    }
    return await signedIn(copy, context)
  } catch {
    return { kind: 'unavailable' }
  }
}

/** The CMS's refusal of a second step. */
const refusal = async (response: Response, cookies: AstroCookies): Promise<SignInOutcome> => {
  if (response.status === 429) return limited(response)
  const field = ((await response.json().catch(() => ({}))) as CmsError).errors?.[0]?.field
  if (response.status === 401 && field === 'challenge') {
    clearChallenge(cookies)
    return { kind: 'expired' }
  }
  if (response.status === 404) return { kind: 'off' }
  return { kind: 'wrong-code', status: response.status === 401 ? 401 : 400 }
}

/** What the second step was given: a code from the app, a recovery code, or the first code of a new key. */
export type SecondFactor =
  { enrol: 'start' } | { enrolCode: string } | { code: string } | { recoveryCode: string }

export const secondStep = async (
  factor: SecondFactor | null,
  context: SignInContext,
): Promise<SignInOutcome> => {
  const pending = challengeOf(context.cookies)
  if (!pending) return { kind: 'expired' }
  const { challenge } = pending
  const { reader, cookies } = context
  try {
    if (factor && 'enrol' in factor) {
      const response = await forReader('/users/two-factor/enrol/start', { challenge }, reader)
      if (!response.ok) return await refusal(response, cookies)
      const body = (await response.json()) as { secret: string; otpauthUrl: string; qrSvg: string }
      return { kind: 'enrol-started', secret: body.secret, otpauthUrl: body.otpauthUrl, qrSvg: body.qrSvg }
    }
    if (factor && 'enrolCode' in factor) {
      const response = await forReader(
        '/users/two-factor/enrol/confirm',
        { challenge, code: factor.enrolCode },
        reader,
      )
      if (!response.ok) return await refusal(response, cookies)
      return await signedIn(response, context)
    }
    const given =
      factor && 'code' in factor
        ? { code: factor.code.trim() }
        : factor && 'recoveryCode' in factor
          ? { recoveryCode: factor.recoveryCode.trim() }
          : null
    if (!given || Object.values(given)[0]!.length > 40) return { kind: 'invalid', field: 'code' }
    const response = await forReader('/users/two-factor/verify', { challenge, ...given }, reader)
    if (!response.ok) return await refusal(response, cookies)
    return await signedIn(response, context)
  } catch {
    return { kind: 'unavailable' }
  }
}

/** The HTTP status a page answers an outcome with. */
export const statusOfSignIn = (outcome: SignInOutcome): number =>
  ({
    'signed-in': 200,
    'two-factor': 200,
    'enrol-started': 200,
    invalid: 400,
    'wrong-password': 401,
    unverified: 403,
    'wrong-code': outcome.kind === 'wrong-code' ? outcome.status : 400,
    expired: 401,
    off: 404,
    limited: 429,
    unavailable: 503,
  })[outcome.kind]
