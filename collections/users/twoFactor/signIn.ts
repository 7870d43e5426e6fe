import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { config } from '../../../utilities/config'
import { challengeCookie, issueChallenge } from './challenge'
import { requiredRoles, roleRequires, twoFactorOn } from './policy'
import { endSession, isEnrolled } from './store'

type LoginResult = {
  token?: string
  exp?: number
  user?: { id: number | string; roles?: string[] | null } | null
}

/** The session id in a token Payload has just signed (its signature needs no second look). */
const sidOf = (token: string): string | undefined => {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      sid?: unknown
    }
    return typeof claims.sid === 'string' ? claims.sid : undefined
  } catch {
    return undefined
  }
}

export const cookieSecure = () => config().SERVER_URL.startsWith('https:')

/** Whether this user must pass a second factor to get a session: two-factor on, or their role requires it. */
export const needsSecondFactor = async (
  req: PayloadRequest,
  user: { id: number; roles?: string[] | null },
): Promise<'verify' | 'enrol' | null> => {
  if (await isEnrolled(req, user.id)) return 'verify'
  return roleRequires(user.roles, await requiredRoles(req, { fresh: true })) ? 'enrol' : null
}

/**
 * A password alone never gives a session to someone with two-factor (or
 * whose role requires it): after Payload's login (and a password reset,
 * which signs in too) the session it just added is ended in the same
 * transaction and the answer carries no token, only a challenge for the
 * second step. REST, GraphQL and Local API calls that carry a request from
 * outside all pass here; the server's own Local API calls (payloadAPI
 * 'local') are trusted, as Payload's own are.
 */
export const requireSecondFactor: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'login' && operation !== 'resetPassword') return result
  if (!twoFactorOn() || req.payloadAPI === 'local') return result
  const login = result as LoginResult | undefined
  if (!login?.token || !login.user) return result
  const user = { id: Number(login.user.id), roles: login.user.roles }
  const step = await needsSecondFactor(req, user)
  if (!step) return result
  const sid = sidOf(login.token)
  if (sid) await endSession(req, user.id, sid)
  // GraphQL's answer is an error, which rolls the login's transaction back: the challenge must outlive it.
  const issued = await issueChallenge(req, user.id, step, { detached: req.payloadAPI === 'GraphQL' })
  if (req.payloadAPI === 'GraphQL') {
    // GraphQL's login result has no field for it: the challenge is in the error's extensions.data.
    throw new TwoFactorRequired(issued)
  }
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', challengeCookie(issued.challenge, cookieSecure()))
  return {
    message:
      step === 'verify'
        ? 'Password accepted: send the code from your authenticator app to /api/users/two-factor/verify'
        : 'Password accepted: your role requires two-step sign-in; set it up at /api/users/two-factor/enrol/start',
    user: null,
    twoFactor: issued,
  } as unknown as typeof result
}

/** GraphQL's answer when a sign-in needs its second step. */
export class TwoFactorRequired extends APIError<{ twoFactor: Awaited<ReturnType<typeof issueChallenge>> }> {
  constructor(issued: Awaited<ReturnType<typeof issueChallenge>>) {
    super(
      'Two-step sign-in: send the code with this challenge to POST /api/users/two-factor/verify',
      401,
      { twoFactor: issued },
      true,
    )
    this.name = 'TwoFactorRequired'
  }
}
