import type { APIRoute, AstroCookies } from 'astro'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../../../collections/moderation/topics'
import { config } from '../../lib/config'
import {
  type ChallengeStep,
  type SessionUser,
  challengeOf,
  clearChallenge,
  clearSession,
  cmsAs,
  setChallenge,
  setSession,
  tokenOf,
} from '../../lib/session'

const NO_STORE = { 'cache-control': 'private, no-store' }

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } })

const unavailable = () => json({ error: 'The sign-in service is unavailable; try again shortly' }, 503)

const userOf = (user: { id: number; name?: string | null; email?: string }): SessionUser => ({
  id: user.id,
  name: user.name || user.email || `#${user.id}`,
})

/** Who is signed in (401 when nobody; `twoFactor` when a sign-in waits for its second step). */
export const GET: APIRoute = async ({ cookies }) => {
  const token = tokenOf(cookies)
  const pending = challengeOf(cookies)
  if (!token) {
    return json({ error: 'Not signed in', ...(pending ? { twoFactor: { step: pending.step } } : {}) }, 401)
  }
  try {
    const response = await cmsAs(token, '/users/me')
    const body = (await response.json()) as { user?: { id: number; name?: string } | null }
    if (!response.ok || !body.user) {
      clearSession(cookies)
      return json({ error: 'Not signed in' }, 401)
    }
    return json({ user: userOf(body.user) })
  } catch {
    return unavailable()
  }
}

/**
 * A CMS call on the reader's behalf. The CMS limits sign-in steps per
 * address, and binds the second step to the address and browser that gave
 * the password, so the site sends both: the address with SITE_CACHE_SECRET,
 * which the CMS requires before believing it (collections/users/clientAddress.ts),
 * and the reader's user agent.
 */
const forReader = (path: string, body: unknown, reader: { address?: string; userAgent: string }) => {
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

type Input = {
  email?: unknown
  password?: unknown
  code?: unknown
  recoveryCode?: unknown
  enrol?: unknown
  enrolCode?: unknown
}

interface CmsError {
  errors?: { message?: string; field?: string }[]
}

const limited = (response: Response) => {
  const retryAfter = response.headers.get('retry-after') ?? '60'
  return json(
    { error: 'Too many attempts; try again later', code: 'limited', retryAfterSeconds: Number(retryAfter) },
    429,
    { 'retry-after': retryAfter },
  )
}

const signedIn = async (
  response: Response,
  cookies: AstroCookies,
  secure: boolean,
  extra: (body: Record<string, unknown>) => Record<string, unknown> = () => ({}),
) => {
  const body = (await response.json()) as {
    token?: string
    exp?: number
    user?: { id: number; name?: string }
  }
  if (!body.token || !body.user) return unavailable()
  setSession(cookies, body.token, new Date((body.exp ?? Date.now() / 1000 + 7200) * 1000), secure)
  clearChallenge(cookies)
  return json({ user: userOf(body.user), ...extra(body as Record<string, unknown>) })
}

const passwordStep = async (input: Input, cookies: AstroCookies, reader: Reader, secure: boolean) => {
  if (typeof input.email !== 'string' || !input.email || input.email.length > 254) {
    return json({ error: 'email is required', field: 'email' }, 400)
  }
  if (typeof input.password !== 'string' || !input.password || input.password.length > 1024) {
    return json({ error: 'password is required', field: 'password' }, 400)
  }
  const response = await forReader('/users/login', { email: input.email, password: input.password }, reader)
  if (response.status === 429) return limited(response)
  // Payload's UnverifiedEmail: the password was right, the address is not confirmed yet.
  if (response.status === 403) {
    return json({ error: 'Confirm your email address first: check your mail', code: 'unverified' }, 403)
  }
  if (!response.ok) return json({ error: 'Wrong email or password', code: 'wrong-password' }, 401)
  const copy = response.clone()
  const body = (await response.json()) as { twoFactor?: { challenge: string; step: ChallengeStep } }
  if (body.twoFactor) {
    setChallenge(cookies, body.twoFactor.step, body.twoFactor.challenge, secure)
    return json({ twoFactor: { step: body.twoFactor.step } })
  }
  return signedIn(copy, cookies, secure)
}

/** The CMS's refusal of a second step, as the page shows it. */
const refusal = async (response: Response, cookies: AstroCookies) => {
  if (response.status === 429) return limited(response)
  const field = ((await response.json().catch(() => ({}))) as CmsError).errors?.[0]?.field
  if (response.status === 401 && field === 'challenge') {
    clearChallenge(cookies)
    return json({ error: 'This sign-in has expired; sign in again', code: 'expired' }, 401)
  }
  if (response.status === 404) return json({ error: 'Two-step sign-in is off', code: 'off' }, 404)
  return json({ error: 'That code is not right', code: 'wrong-code' }, response.status === 401 ? 401 : 400)
}

const secondStep = async (input: Input, cookies: AstroCookies, reader: Reader, secure: boolean) => {
  const pending = challengeOf(cookies)
  if (!pending) return json({ error: 'This sign-in has expired; sign in again', code: 'expired' }, 401)
  const { challenge } = pending
  if (input.enrol === 'start') {
    const response = await forReader('/users/two-factor/enrol/start', { challenge }, reader)
    if (!response.ok) return refusal(response, cookies)
    const body = (await response.json()) as { secret: string; otpauthUrl: string; qrSvg: string }
    return json({ secret: body.secret, otpauthUrl: body.otpauthUrl, qrSvg: body.qrSvg })
  }
  if (typeof input.enrolCode === 'string') {
    const response = await forReader(
      '/users/two-factor/enrol/confirm',
      { challenge, code: input.enrolCode },
      reader,
    )
    if (!response.ok) return refusal(response, cookies)
    return signedIn(response, cookies, secure, (body) => ({ recoveryCodes: body.recoveryCodes }))
  }
  const factor =
    typeof input.code === 'string'
      ? { code: input.code.trim() }
      : typeof input.recoveryCode === 'string'
        ? { recoveryCode: input.recoveryCode.trim() }
        : null
  if (!factor || Object.values(factor)[0]!.length > 40) {
    return json({ error: 'code is required', field: 'code' }, 400)
  }
  const response = await forReader('/users/two-factor/verify', { challenge, ...factor }, reader)
  if (!response.ok) return refusal(response, cookies)
  return signedIn(response, cookies, secure)
}

interface Reader {
  address?: string
  userAgent: string
}

/**
 * Signs in. `{ email, password }` is the first step: a session, or, when
 * the account uses two-step sign-in, `{ twoFactor: { step } }` with the
 * challenge kept in this browser's httpOnly cookie. Then `{ code }` or
 * `{ recoveryCode }`, or for enrolment `{ enrol: 'start' }` and
 * `{ enrolCode }`, finish it. The token stays in an httpOnly cookie.
 */
export const POST: APIRoute = async ({ clientAddress, cookies, request, url }) => {
  let input: Input
  try {
    input = (await request.json()) as Input
    if (!input || typeof input !== 'object') throw new Error('not an object')
  } catch {
    return json({ error: 'Send JSON with email and password' }, 400)
  }
  const reader = { address: clientAddress, userAgent: request.headers.get('user-agent') ?? '' }
  const secure = url.protocol === 'https:'
  try {
    return input.email !== undefined || input.password !== undefined
      ? await passwordStep(input, cookies, reader, secure)
      : await secondStep(input, cookies, reader, secure)
  } catch {
    return unavailable()
  }
}

/** Signs out: the CMS ends the session (so a copied token stops working and open sockets close), and the cookies go. */
export const DELETE: APIRoute = async ({ cookies }) => {
  const token = tokenOf(cookies)
  if (token) await cmsAs(token, '/users/logout', { method: 'POST', body: '{}' }).catch(() => undefined)
  clearSession(cookies)
  clearChallenge(cookies)
  return new Response(null, { status: 204 })
}
