import type { PayloadRequest } from 'payload'

import {
  type LimitSpec,
  type LimitVerdict,
  type LimiterSet,
  consume,
  limiterSet,
} from '../moderation/correctionLimits'
import { recordAuditEvent } from '../../plugins/audit/recordEvent'
import { AppError } from '../../utilities/errors'

/** The account steps a stranger could repeat to guess, probe or flood. */
export const AUTH_ACTIONS = [
  'login',
  'forgotPassword',
  'resetPassword',
  'verify',
  'resend',
  'twoFactor',
  'signup',
] as const
export type AuthAction = (typeof AUTH_ACTIONS)[number]

const minutes = (n: number) => n * 60

/**
 * Per address: every attempt counts (a successful sign-in gives its point
 * back), so one address cannot walk through many accounts. Per account and
 * address: consecutive failures, so guessing one account's password is slow,
 * while a stranger's failures never lock the owner out, who signs in from
 * another address (Payload's own per-account lock is off: Users.ts).
 */
export const AUTH_LIMITS: Record<AuthAction, { perAddress: LimitSpec; perAccountAndAddress?: LimitSpec }> = {
  login: {
    perAddress: { points: 20, duration: minutes(15) },
    perAccountAndAddress: { points: 5, duration: minutes(15) },
  },
  forgotPassword: {
    perAddress: { points: 10, duration: minutes(15) },
    perAccountAndAddress: { points: 3, duration: minutes(60) },
  },
  // A reset token is 20 random bytes: the address limit only keeps guessing from being free.
  resetPassword: { perAddress: { points: 10, duration: minutes(15) } },
  verify: { perAddress: { points: 10, duration: minutes(15) } },
  resend: {
    perAddress: { points: 10, duration: minutes(15) },
    perAccountAndAddress: { points: 3, duration: minutes(60) },
  },
  twoFactor: {
    perAddress: { points: 20, duration: minutes(15) },
    perAccountAndAddress: { points: 5, duration: minutes(15) },
  },
  // Many readers share one address (a school, a mobile carrier's NAT): 20 an hour lets a class sign
  // up, while one address cannot mint accounts or mails by the thousand. Per email and address, a
  // typo'd password retried is fine; the same email again and again is not.
  signup: {
    perAddress: { points: 20, duration: minutes(60) },
    perAccountAndAddress: { points: 3, duration: minutes(60) },
  },
}

/** Redis keys start with this (`hujra:auth:login:address:127.0.0.2`). */
export const AUTH_LIMIT_KEY_PREFIX = 'hujra:auth'

type Name = `${AuthAction}:${'address' | 'account'}`

const specs = (): Record<Name, LimitSpec> => {
  const all: Partial<Record<Name, LimitSpec>> = {}
  for (const action of AUTH_ACTIONS) {
    const { perAddress, perAccountAndAddress } = AUTH_LIMITS[action]
    all[`${action}:address`] = perAddress
    if (perAccountAndAddress) all[`${action}:account`] = perAccountAndAddress
  }
  return all as Record<Name, LimitSpec>
}

let current: LimiterSet<Name> | undefined
let prefix = AUTH_LIMIT_KEY_PREFIX

const limiters = async (log: (message: string) => void) => {
  current ??= limiterSet(prefix, specs(), { log })
  await current.ready
  return current.limiters
}

/** Who an attempt is about: the address always, the account when the step names one. */
export interface Attempt {
  address: string
  /** An email, lowercased; undefined for steps that name no account (a reset token). */
  account?: string
}

// The account key holds the address as well: the same account from another address is another key.
const accountKey = ({ address, account }: Attempt) => `${address}|${account}`

const refusal = (req: PayloadRequest, spec: LimitSpec, retryAfterSeconds: number): AppError => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  // IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy, and none left.
  req.responseHeaders.set('RateLimit-Policy', `${spec.points};w=${spec.duration}`)
  req.responseHeaders.set('RateLimit', `limit=${spec.points}, remaining=0, reset=${retryAfterSeconds}`)
  return new AppError(429, `Too many attempts; try again in ${retryAfterSeconds} seconds`)
}

/**
 * Counts one attempt at `action`, or refuses it with 429 and Retry-After
 * (set on the request's response headers, which Payload's REST and GraphQL
 * answers both carry). The same answer for any account, known or not.
 */
export const takeAuthPoint = async (req: PayloadRequest, action: AuthAction, attempt: Attempt) => {
  const all = await limiters((message) => req.payload.logger.warn(message))
  const { perAddress, perAccountAndAddress } = AUTH_LIMITS[action]
  const checks: { limit: LimitKind; spec: LimitSpec; verdict: Promise<LimitVerdict> }[] = []
  if (perAccountAndAddress && attempt.account !== undefined) {
    const verdict = consume(all[`${action}:account`], accountKey(attempt))
    checks.push({ limit: 'per-account-and-address', spec: perAccountAndAddress, verdict })
  }
  checks.push({
    limit: 'per-address',
    spec: perAddress,
    verdict: consume(all[`${action}:address`], attempt.address),
  })
  const outcomes = await Promise.all(
    checks.map(async (check) => ({ ...check, outcome: await check.verdict })),
  )
  let first: AppError | undefined
  for (const { limit, spec, outcome } of outcomes) {
    if (outcome.allowed) continue
    // The window's first refusal for this key, and only it: a flood is one event, not one per request.
    if (outcome.consumedPoints === spec.points + 1) await recordLimited(req, action, limit, attempt)
    first ??= refusal(req, spec, outcome.retryAfterSeconds)
  }
  if (first) throw first
}

type LimitKind = 'per-address' | 'per-account-and-address'

/**
 * The `sign-in-limited` audit event: which step, which limit, from where, and
 * the email tried (never a password or token). Detached, in a transaction of
 * its own: the refusal rolls the request's back. A failure to record is
 * logged; the answer stays 429.
 */
const recordLimited = async (req: PayloadRequest, action: AuthAction, limit: LimitKind, attempt: Attempt) => {
  const email = attempt.account ? attempt.account.slice(0, 320) : null
  try {
    await recordAuditEvent(
      req,
      {
        type: 'sign-in-limited',
        actor: null,
        actorEmail: email,
        subjectCollection: 'users',
        diff: {
          action: { to: action },
          limit: { to: limit },
          address: { to: attempt.address },
          ...(email ? { email: { to: email } } : {}),
        },
      },
      { detached: true },
    )
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Could not record a sign-in-limited event' })
  }
}

/** A success: the address gets its point back and the account's failures from it are forgotten. */
export const forgiveAuthAttempt = async (req: PayloadRequest, action: AuthAction, attempt: Attempt) => {
  const all = await limiters((message) => req.payload.logger.warn(message))
  await all[`${action}:address`].reward(attempt.address, 1)
  if (attempt.account !== undefined && AUTH_LIMITS[action].perAccountAndAddress) {
    await all[`${action}:account`].delete(accountKey(attempt))
  }
}

/**
 * Forgets the limiters (closing their Redis connection), so the next attempt
 * builds them again from the configuration, under `keyPrefix` when given. For
 * tests that switch REDIS_URL or need counts of their own; a running CMS never
 * needs it.
 */
export const resetAuthLimits = async ({ keyPrefix }: { keyPrefix?: string } = {}): Promise<void> => {
  const closing = current
  current = undefined
  prefix = keyPrefix ?? AUTH_LIMIT_KEY_PREFIX
  await closing?.close()
}
