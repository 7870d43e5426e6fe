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

export type LimitVerdict =
  | { allowed: true }
  | {
      allowed: false
      retryAfterSeconds: number
      /** Points taken in this window, this one included: `points + 1` on the window's first refusal. */
      consumedPoints: number
    }

export interface LimitSpec {
  points: number
  /** Seconds. */
  duration: number
  /** Seconds a key stays refused once over, when longer than the rest of `duration`. */
  blockDuration?: number
}

/** Named limiters sharing one store, and the store's lifecycle. */
export interface LimiterSet<Name extends string> {
  limiters: Record<Name, RateLimiterAbstract>
  /** Settles once the store can be used (at once in memory; Redis connected, or failed to). */
  ready: Promise<void>
  close: () => Promise<void>
}

type RedisClient = ReturnType<typeof createClient>

const REDIS_WAIT_MS = 1000

const memory = (prefix: string, name: string, spec: LimitSpec) =>
  new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, ...spec })

/**
 * Limiters named `name` → spec under one key prefix (`<prefix>:<name>:<key>`).
 * With REDIS_URL every CMS instance counts in Redis, so an allowance does not
 * grow with the number of instances; the same counts in memory are the
 * insurance while Redis is unreachable, so a Redis outage never turns a
 * request into a 500. Shared by the corrections and the sign-in limits.
 */
export const limiterSet = <Name extends string>(
  prefix: string,
  specs: Record<Name, LimitSpec>,
  { log, redisUrl = config().REDIS_URL }: { log: (message: string) => void; redisUrl?: string },
): LimiterSet<Name> => {
  const names = Object.keys(specs) as Name[]
  const each = (make: (name: Name, spec: LimitSpec) => RateLimiterAbstract) =>
    Object.fromEntries(names.map((name) => [name, make(name, specs[name])])) as Record<
      Name,
      RateLimiterAbstract
    >
  if (!redisUrl) {
    return {
      limiters: each((name, spec) => memory(prefix, name, spec)),
      ready: Promise.resolve(),
      close: async () => {},
    }
  }
  const client: RedisClient = createClient({ url: redisUrl })
  client.on('error', (error: Error) => log(`${prefix}: Redis: ${error.message}`))
  const connected = client.connect().then(
    () => undefined,
    (error: Error) => log(`${prefix}: cannot reach Redis: ${error.message}`),
  )
  // The first requests after a start wait briefly for Redis rather than
  // counting in memory only; a Redis that does not answer is waited for once.
  const ready = Promise.race([
    connected,
    new Promise<void>((resolve) => setTimeout(resolve, REDIS_WAIT_MS).unref()),
  ])
  return {
    limiters: each(
      (name, spec) =>
        new RateLimiterRedis({
          storeClient: client,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          keyPrefix: `${prefix}:${name}`,
          ...spec,
          insuranceLimiter: memory(prefix, name, spec),
        }),
    ),
    ready,
    close: async () => {
      if (client.isOpen) await client.quit()
    },
  }
}

// The short names are the Redis key segments (`hujra:corrections:10m:…`).
type Limiters = LimiterSet<'10m' | 'day' | 'unvouched'>

const build = (log: (message: string) => void): Limiters =>
  limiterSet(
    LIMIT_KEY_PREFIX,
    {
      '10m': CORRECTION_LIMITS.perTenMinutes,
      day: CORRECTION_LIMITS.perDay,
      unvouched: CORRECTION_LIMITS.unvouched,
    },
    { log },
  )

let limiters: Limiters | undefined

/** Takes a point for `key`: allowed, or refused with how long until the limiter lets it through. */
export const consume = async (limiter: RateLimiterAbstract, key: string): Promise<LimitVerdict> => {
  try {
    await limiter.consume(key)
    return { allowed: true }
  } catch (refusal) {
    // A refusal is the limiter's answer (RateLimiterRes); anything else is a fault to surface.
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
      consumedPoints: refusal.consumedPoints,
    }
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
  const { '10m': perTenMinutes, day: perDay, unvouched } = limiters.limiters
  const order = [perTenMinutes, perDay]
  for (const limiter of order) {
    const verdict = await consume(limiter, key)
    if (!verdict.allowed) return verdict
  }
  return vouched ? { allowed: true } : consume(unvouched, 'all')
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
