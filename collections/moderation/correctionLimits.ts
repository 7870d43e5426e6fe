import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'
import { createClient } from 'redis'

import { config } from '../../utilities/config'

/** How many corrections one reader may send: a few in a row, a day's worth at most. */
export const CORRECTION_LIMITS = {
  perTenMinutes: { points: 5, duration: 10 * 60 },
  perDay: { points: 20, duration: 24 * 60 * 60 },
  /**
   * Callers the site did not vouch for, all together: their address may be
   * made up, so a new one per request must not mean a new allowance.
   */
  unvouched: { points: 30, duration: 10 * 60 },
} as const

/** Redis keys start with this (`hujra:corrections:10m:127.0.0.2`). */
export const LIMIT_KEY_PREFIX = 'hujra:corrections'

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

interface Limiters {
  perTenMinutes: RateLimiterAbstract
  perDay: RateLimiterAbstract
  unvouched: RateLimiterAbstract
  /** Settles once the store can be used (at once in memory; Redis connected, or failed to). */
  ready: Promise<void>
  close: () => Promise<void>
}

type RedisClient = ReturnType<typeof createClient>

const REDIS_WAIT_MS = 1000

const memory = (name: string, { points, duration }: { points: number; duration: number }) =>
  new RateLimiterMemory({ keyPrefix: `${LIMIT_KEY_PREFIX}:${name}`, points, duration })

/**
 * With REDIS_URL every CMS instance counts in Redis, so a reader's allowance
 * does not grow with the number of instances; the same counts in memory are
 * the insurance while Redis is unreachable, so a Redis outage never turns a
 * submission into a 500.
 */
const build = (log: (message: string) => void): Limiters => {
  const url = config().REDIS_URL
  const specs = {
    perTenMinutes: ['10m', CORRECTION_LIMITS.perTenMinutes],
    perDay: ['day', CORRECTION_LIMITS.perDay],
    unvouched: ['unvouched', CORRECTION_LIMITS.unvouched],
  } as const
  if (!url) {
    return {
      perTenMinutes: memory(...specs.perTenMinutes),
      perDay: memory(...specs.perDay),
      unvouched: memory(...specs.unvouched),
      ready: Promise.resolve(),
      close: async () => {},
    }
  }
  const client: RedisClient = createClient({ url })
  client.on('error', (error: Error) => log(`corrections: Redis: ${error.message}`))
  const connected = client.connect().then(
    () => undefined,
    (error: Error) => log(`corrections: cannot reach Redis: ${error.message}`),
  )
  // The first submissions after a start wait briefly for Redis rather than
  // counting in memory only; a Redis that does not answer is waited for once.
  const ready = Promise.race([
    connected,
    new Promise<void>((resolve) => setTimeout(resolve, REDIS_WAIT_MS).unref()),
  ])
  const redis = (name: string, spec: { points: number; duration: number }) =>
    new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${LIMIT_KEY_PREFIX}:${name}`,
      ...spec,
      insuranceLimiter: memory(name, spec),
    })
  return {
    perTenMinutes: redis(...specs.perTenMinutes),
    perDay: redis(...specs.perDay),
    unvouched: redis(...specs.unvouched),
    ready,
    close: async () => {
      if (client.isOpen) await client.quit()
    },
  }
}

let limiters: Limiters | undefined

const consume = async (limiter: RateLimiterAbstract, key: string): Promise<LimitVerdict> => {
  try {
    await limiter.consume(key)
    return { allowed: true }
  } catch (refusal) {
    // A refusal is the limiter's answer (RateLimiterRes); anything else is a fault to surface.
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
  }
}

/**
 * Counts one submission for `key` and says whether it may go ahead. Every
 * attempt that gets this far counts, accepted or not, so probing for
 * published resources is limited too.
 */
export const takeCorrectionPoint = async (
  key: string,
  { vouched, log }: { vouched: boolean; log: (message: string) => void },
): Promise<LimitVerdict> => {
  limiters ??= build(log)
  await limiters.ready
  const order = [limiters.perTenMinutes, limiters.perDay]
  for (const limiter of order) {
    const verdict = await consume(limiter, key)
    if (!verdict.allowed) return verdict
  }
  return vouched ? { allowed: true } : consume(limiters.unvouched, 'all')
}

/**
 * Forgets the limiters (closing their Redis connection), so the next
 * submission builds them again from the configuration. For tests that switch
 * REDIS_URL; a running CMS never needs it.
 */
export const resetCorrectionLimits = async (): Promise<void> => {
  const current = limiters
  limiters = undefined
  await current?.close()
}
