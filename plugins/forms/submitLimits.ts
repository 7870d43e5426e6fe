import {
  type LimiterSet,
  type LimitVerdict,
  consume,
  limiterSet,
} from '../../collections/moderation/correctionLimits'

/**
 * How many answers one address may send, to all forms together. Higher than
 * the corrections' limits: a family, a school's computer room or a mobile
 * carrier's shared address may sign up several people in a row.
 */
export const FORM_LIMITS = {
  perTenMinutes: { points: 10, duration: 10 * 60 },
  perDay: { points: 100, duration: 24 * 60 * 60 },
  /** Callers the site did not vouch for, all together (their address may be made up). */
  unvouched: { points: 60, duration: 10 * 60 },
} as const

/** Redis keys start with this (`hujra:forms:10m:127.0.0.2`). */
export const FORM_LIMIT_KEY_PREFIX = 'hujra:forms'

type Limiters = LimiterSet<'10m' | 'day' | 'unvouched'>

let limiters: Limiters | undefined

/**
 * Counts one attempt for the reader `key` and says whether it may go ahead.
 * Every attempt that gets this far counts, accepted, refused or a bot's.
 */
export const takeFormPoint = async (
  key: string,
  { vouched, log }: { vouched: boolean; log: (message: string) => void },
): Promise<LimitVerdict> => {
  limiters ??= limiterSet(
    FORM_LIMIT_KEY_PREFIX,
    { '10m': FORM_LIMITS.perTenMinutes, day: FORM_LIMITS.perDay, unvouched: FORM_LIMITS.unvouched },
    { log },
  )
  await limiters.ready
  const { '10m': perTenMinutes, day: perDay, unvouched } = limiters.limiters
  for (const limiter of [perTenMinutes, perDay]) {
    const verdict = await consume(limiter, key)
    if (!verdict.allowed) return verdict
  }
  return vouched ? { allowed: true } : consume(unvouched, 'all')
}

/** Forgets the limiters (closing Redis), so the next attempt reads REDIS_URL again. For tests. */
export const resetFormLimits = async (): Promise<void> => {
  const current = limiters
  limiters = undefined
  await current?.close()
}
