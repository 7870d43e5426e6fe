import { createClient } from 'redis'

/** Must match site/src/lib/purge.ts. */
export const PURGE_CHANNEL = 'hujra:content-changed'

export interface AnnounceOptions {
  /** POST targets: each site instance's purge URL (used when there is no Redis). */
  purgeUrls: string[]
  secret?: string
  redisUrl?: string
}

let redis: ReturnType<typeof createClient> | undefined
let redisUrlInUse: string | undefined

const publish = async (url: string) => {
  if (!redis || redisUrlInUse !== url) {
    await closeAnnouncer()
    redis = createClient({
      url,
      socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
    })
    redisUrlInUse = url
    redis.on('error', () => undefined)
    await redis.connect()
  }
  await redis.publish(PURGE_CHANNEL, String(Date.now()))
}

const post = async (url: string, secret: string) => {
  const response = await fetch(url, {
    method: 'POST',
    // A JSON body, not a form: Astro's origin check refuses cross-site form posts.
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: '{}',
    signal: AbortSignal.timeout(5000),
  })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
}

/**
 * Tells every site instance that content changed: one Redis publish when
 * REDIS_URL is set (every instance subscribes), else a POST to each purge URL
 * with the shared secret (nothing to do without one: the site then refuses
 * purges and relies on its TTL). Throws when an instance was not told, so the
 * outbox retries.
 */
export const announce = async ({ purgeUrls, secret, redisUrl }: AnnounceOptions): Promise<void> => {
  const sends = redisUrl ? [publish(redisUrl)] : secret ? purgeUrls.map((url) => post(url, secret)) : []
  const failures = (await Promise.allSettled(sends)).flatMap((result) =>
    result.status === 'rejected' ? [(result.reason as Error).message] : [],
  )
  if (failures.length) throw new Error(`site cache: announcement failed: ${failures.join('; ')}`)
}

export const closeAnnouncer = async () => {
  const current = redis
  redis = undefined
  redisUrlInUse = undefined
  await current?.quit().catch(() => undefined)
}
