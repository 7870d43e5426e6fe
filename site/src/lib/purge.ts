import { timingSafeEqual } from 'node:crypto'

import { createClient } from 'redis'

import { purgeAll } from './cache'
import { config } from './config'

/** The channel the CMS publishes content changes on when REDIS_URL is set (plugins/site-cache). */
export const PURGE_CHANNEL = 'hujra:content-changed'

let subscribed = false

/**
 * With Redis, every site instance hears every change, however many run
 * behind the load balancer. Without it the CMS calls POST /api/cache/purge.
 */
export const startPurgeSubscriber = () => {
  const url = config().REDIS_URL
  if (subscribed || !url) return
  subscribed = true
  const client = createClient({ url })
  client.on('error', (error: Error) => console.error(`site cache: Redis: ${error.message}`))
  // Reconnecting after an outage may have missed announcements: start clean.
  client.on('ready', () => purgeAll())
  client
    .connect()
    .then(() => client.subscribe(PURGE_CHANNEL, () => purgeAll()))
    .catch((error: Error) => console.error(`site cache: cannot subscribe: ${error.message}`))
}

/** True when `authorization` carries SITE_CACHE_SECRET (compared in constant time). */
export const authorizedPurge = (authorization: string | null) => {
  const secret = config().SITE_CACHE_SECRET
  if (!secret || !authorization?.startsWith('Bearer ')) return false
  const given = Buffer.from(authorization.slice('Bearer '.length))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
