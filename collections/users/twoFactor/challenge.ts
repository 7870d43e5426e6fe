import type { PayloadRequest } from 'payload'

import { AppError } from '../../../utilities/errors'
import { clientAddress } from '../clientAddress'
import { digest, newChallengeToken } from './keys'
import { type ChallengeRow, type ChallengeStep, findOpenChallenge, insertChallenge } from './store'

/** A half-finished sign-in lives this long. */
export const CHALLENGE_TTL_SECONDS = 5 * 60

/** The admin's copy of the challenge: httpOnly, so the page's scripts never hold it. */
export const CHALLENGE_COOKIE = 'hujra-two-factor'

/** Who is at the other end: the limit key of their address and a digest of their browser's user agent. */
export const clientOf = (req: Pick<PayloadRequest, 'headers'>) => ({
  address: clientAddress(req.headers).key,
  userAgentHash: digest(req.headers.get('user-agent') ?? ''),
})

export interface IssuedChallenge {
  challenge: string
  step: ChallengeStep
  expiresAt: string
}

/** Starts the second step of a sign-in for this client: the token goes to the client, its hash to the table. */
export const issueChallenge = async (
  req: PayloadRequest,
  userId: number,
  step: ChallengeStep,
  { detached = false } = {},
): Promise<IssuedChallenge> => {
  const challenge = newChallengeToken()
  await insertChallenge(detached ? { payload: req.payload, transactionID: undefined } : req, {
    tokenHash: digest(challenge),
    userId,
    step,
    ...clientOf(req),
    ttlSeconds: CHALLENGE_TTL_SECONDS,
  })
  return { challenge, step, expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000).toISOString() }
}

/** The answer for a challenge that cannot go on: one message for unknown, used, expired or elsewhere. */
const refused = () =>
  new AppError(
    401,
    'challenge: this sign-in has expired or was started elsewhere; sign in again',
    'challenge',
  )

/** A challenge token from the body, or else from the admin's cookie. */
export const challengeTokenOf = (req: PayloadRequest, fromBody: string | undefined): string | undefined => {
  if (fromBody) return fromBody
  for (const part of (req.headers.get('cookie') ?? '').split(/;\s*/)) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at) === CHALLENGE_COOKIE) return decodeURIComponent(part.slice(at + 1))
  }
  return undefined
}

/**
 * The open challenge for this token, when this client started it and it is
 * at `step`; else a 401 that tells nothing of which check failed. Not used
 * up here: a mistyped code may be tried again (the limits count it).
 */
export const openChallenge = async (
  req: PayloadRequest,
  token: string | undefined,
  step: ChallengeStep,
): Promise<ChallengeRow> => {
  if (!token) throw refused()
  const row = await findOpenChallenge(req, digest(token))
  const client = clientOf(req)
  if (
    !row ||
    row.step !== step ||
    row.address !== client.address ||
    row.userAgentHash !== client.userAgentHash
  ) {
    throw refused()
  }
  return row
}

/** Set-Cookie values for the admin's challenge cookie: set for the challenge's life, or cleared. */
export const challengeCookie = (value: string | null, secure: boolean): string =>
  value
    ? `${CHALLENGE_COOKIE}=${encodeURIComponent(value)}; Path=/; Max-Age=${CHALLENGE_TTL_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
    : `${CHALLENGE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
