import { createClient } from 'redis'

/** Must match site/src/lib/purge.ts. */
export const PURGE_CHANNEL = 'hujra:content-changed'

export interface AnnounceOptions {
  /** POST targets: each site instance's purge URL. */
  purgeUrls: string[]
  secret?: string
  redisUrl?: string
  log: (message: string) => void
}

let redis: ReturnType<typeof createClient> | undefined

const publish = async (redisUrl: string) => {
  if (!redis) {
    redis = createClient({
      url: redisUrl,
      socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
    })
    redis.on('error', () => undefined)
    await redis.connect()
  }
  await redis.publish(PURGE_CHANNEL, String(Date.now()))
}

/** Tells every site instance that content changed. Never throws: a lost announcement only means the site's TTL applies. */
export const announce = async ({ purgeUrls, secret, redisUrl, log }: AnnounceOptions) => {
  const sends: Promise<unknown>[] = []
  if (redisUrl) sends.push(publish(redisUrl))
  if (secret) {
    for (const url of purgeUrls) {
      sends.push(
        fetch(url, {
          method: 'POST',
          // A JSON body, not a form: Astro's origin check refuses cross-site form posts.
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          body: '{}',
          signal: AbortSignal.timeout(2000),
        }).then((response) => {
          if (!response.ok) throw new Error(`${url} answered ${response.status}`)
        }),
      )
    }
  }
  const results = await Promise.allSettled(sends)
  for (const result of results) {
    if (result.status === 'rejected')
      log(`site cache: announcement failed: ${(result.reason as Error).message}`)
  }
}

export const closeAnnouncer = async () => {
  await redis?.quit().catch(() => undefined)
  redis = undefined
}
