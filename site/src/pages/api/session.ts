import type { APIRoute } from 'astro'

import { challengeOf, clearChallenge, clearSession, cmsAs, tokenOf } from '../../lib/session'
import {
  type SecondFactor,
  type SignInOutcome,
  passwordStep,
  readerOf,
  secondStep,
  sessionUserOf,
} from '../../lib/signIn'

const NO_STORE = { 'cache-control': 'private, no-store' }

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } })

const unavailable = () => json({ error: 'The sign-in service is unavailable; try again shortly' }, 503)

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
    return json({ user: sessionUserOf(body.user) })
  } catch {
    return unavailable()
  }
}

type Input = {
  email?: unknown
  password?: unknown
  code?: unknown
  recoveryCode?: unknown
  enrol?: unknown
  enrolCode?: unknown
}

const factorOf = (input: Input): SecondFactor | null =>
  input.enrol === 'start'
    ? { enrol: 'start' }
    : typeof input.enrolCode === 'string'
      ? { enrolCode: input.enrolCode }
      : typeof input.code === 'string'
        ? { code: input.code }
        : typeof input.recoveryCode === 'string'
          ? { recoveryCode: input.recoveryCode }
          : null

/** An outcome as the scripts read it (the same JSON as before the steps moved to lib/signIn.ts). */
const answer = (outcome: SignInOutcome) => {
  switch (outcome.kind) {
    case 'signed-in':
      return json({
        user: outcome.user,
        ...(outcome.recoveryCodes ? { recoveryCodes: outcome.recoveryCodes } : {}),
      })
    case 'two-factor':
      return json({ twoFactor: { step: outcome.step } })
    case 'enrol-started':
      return json({ secret: outcome.secret, otpauthUrl: outcome.otpauthUrl, qrSvg: outcome.qrSvg })
    case 'invalid':
      return json({ error: `${outcome.field} is required`, field: outcome.field }, 400)
    case 'wrong-password':
      return json({ error: 'Wrong email or password', code: 'wrong-password' }, 401)
    case 'unverified':
      return json({ error: 'Confirm your email address first: check your mail', code: 'unverified' }, 403)
    case 'wrong-code':
      return json({ error: 'That code is not right', code: 'wrong-code' }, outcome.status)
    case 'expired':
      return json({ error: 'This sign-in has expired; sign in again', code: 'expired' }, 401)
    case 'off':
      return json({ error: 'Two-step sign-in is off', code: 'off' }, 404)
    case 'limited':
      return json(
        {
          error: 'Too many attempts; try again later',
          code: 'limited',
          retryAfterSeconds: outcome.retryAfterSeconds,
        },
        429,
        { 'retry-after': outcome.retryAfter },
      )
    case 'unavailable':
      return unavailable()
  }
}

/**
 * Signs in. `{ email, password }` is the first step: a session, or, when
 * the account uses two-step sign-in, `{ twoFactor: { step } }` with the
 * challenge kept in this browser's httpOnly cookie. Then `{ code }` or
 * `{ recoveryCode }`, or for enrolment `{ enrol: 'start' }` and
 * `{ enrolCode }`, finish it. The token stays in an httpOnly cookie.
 * Forms posted without JavaScript go to the sign-in and two-step pages
 * themselves, which run the same steps (lib/signIn.ts).
 */
export const POST: APIRoute = async ({ clientAddress, cookies, request, url }) => {
  let input: Input
  try {
    input = (await request.json()) as Input
    if (!input || typeof input !== 'object') throw new Error('not an object')
  } catch {
    return json({ error: 'Send JSON with email and password' }, 400)
  }
  const context = { cookies, reader: readerOf(request, clientAddress), secure: url.protocol === 'https:' }
  return answer(
    input.email !== undefined || input.password !== undefined
      ? await passwordStep(input.email, input.password, context)
      : await secondStep(factorOf(input), context),
  )
}

/** Signs out: the CMS ends the session (so a copied token stops working and open sockets close), and the cookies go. */
export const DELETE: APIRoute = async ({ cookies }) => {
  const token = tokenOf(cookies)
  if (token) await cmsAs(token, '/users/logout', { method: 'POST', body: '{}' }).catch(() => undefined)
  clearSession(cookies)
  clearChallenge(cookies)
  return new Response(null, { status: 204 })
}
