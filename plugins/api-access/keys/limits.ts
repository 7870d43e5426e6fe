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
export const takeKeyRequest = (id: number, own: number | null): Promise<KeyAllowance> =>
  take(String(id), own ?? config().API_RATE_LIMIT_PER_MIN)

/** The same for a caller without a key, counted per address (IPv4, or IPv6 by /64). */
export const takeAddressRequest = (address: string): Promise<KeyAllowance> =>
  take(`address:${address}`, config().API_RATE_LIMIT_PER_MIN)

const take = async (name: string, limit: number): Promise<KeyAllowance> => {
  const set = limiters()
  await set.ready
  const res = await set.limiters.minute.consume(name)
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
