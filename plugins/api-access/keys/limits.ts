import { type LimiterSet, limiterSet } from '../../../collections/moderation/correctionLimits'
import { config } from '../../../utilities/config'

/** Redis keys start with this (`hujra:api:minute:<key id>`). */
export const API_LIMIT_KEY_PREFIX = 'hujra:api'

export interface KeyAllowance {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window starts afresh. */
  resetSeconds: number
}

let current: LimiterSet<'minute'> | undefined
let prefix = API_LIMIT_KEY_PREFIX

// One counter per key and minute; each key's own ceiling is compared here, so keys with
// different limits share one limiter (and one Redis key pattern).
const limiters = () =>
  (current ??= limiterSet(
    prefix,
    { minute: { points: Number.MAX_SAFE_INTEGER, duration: 60 } },
    { log: (message) => console.warn(message) },
  ))

/** Counts one request of key `id` against `limit` a minute (per key, across instances with REDIS_URL). */
export const takeKeyRequest = async (id: number, own: number | null): Promise<KeyAllowance> => {
  const limit = own ?? config().API_RATE_LIMIT_PER_MIN
  const set = limiters()
  await set.ready
  const res = await set.limiters.minute.consume(String(id))
  return {
    allowed: res.consumedPoints <= limit,
    limit,
    remaining: Math.max(0, limit - res.consumedPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  }
}

/** Tests: counts afresh, under a prefix of their own. */
export const resetKeyLimits = async (options: { keyPrefix?: string } = {}): Promise<void> => {
  await current?.close()
  current = undefined
  prefix = options.keyPrefix ?? API_LIMIT_KEY_PREFIX
}
