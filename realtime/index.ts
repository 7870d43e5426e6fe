import { createServer } from 'node:http'

import { createAdapter } from '@socket.io/redis-adapter'
import { getPayload } from 'payload'
import { RateLimiterRedis } from 'rate-limiter-flexible'
import { createClient } from 'redis'

import { assertConfig } from '../utilities/config'

// Before anything else: a bad variable stops the sidecar with one line naming it.
const settings = assertConfig()

const { default: payloadConfig } = await import('../payload.config')
const { createApplication, limitersFor } = await import('./app')
const { applySignal, recheckSessions } = await import('./features/signals')
const { allowedOriginsFor } = await import('./origins')
const { listenForSignals } = await import('./signals')

const allowedOrigins = allowedOriginsFor(settings.SITE_URL, settings.REALTIME_ALLOWED_ORIGINS)

const payload = await getPayload({ config: payloadConfig })
const httpServer = createServer()

let redis: ReturnType<typeof createClient> | undefined
let subscriber: ReturnType<typeof createClient> | undefined
if (settings.REDIS_URL) {
  redis = createClient({ url: settings.REDIS_URL })
  subscriber = redis.duplicate()
  for (const client of [redis, subscriber]) {
    client.on('error', (err) => payload.logger.error({ err, msg: 'realtime: Redis error' }))
  }
  await Promise.all([redis.connect(), subscriber.connect()])
}

const limits = {
  userEventsPer10s: settings.REALTIME_USER_EVENTS_PER_10S,
  ipEventsPer10s: settings.REALTIME_IP_EVENTS_PER_10S,
  ipHandshakesPerMin: settings.REALTIME_IP_HANDSHAKES_PER_MIN,
}

const io = createApplication(
  httpServer,
  { payload },
  {
    allowedOrigins,
    trustedProxies: settings.REALTIME_TRUSTED_PROXIES,
    sessionBinding: settings.SESSION_BINDING,
    server: redis && subscriber ? { adapter: createAdapter(redis, subscriber) } : undefined,
    limiters: limitersFor(
      limits,
      redis
        ? (keyPrefix, points, duration) =>
            new RateLimiterRedis({ storeClient: redis, useRedisPackage: true, keyPrefix, points, duration })
        : undefined,
    ),
  },
)

// Changes made in the CMS (a member removed in the admin, a logout) reach the sockets at once.
const signals = settings.DATABASE_URL
  ? await listenForSignals(settings.DATABASE_URL, {
      onSignal: (signal) => applySignal({ io, payload }, signal),
      onResync: async () => recheckSessions({ payload }, (await io.local.fetchSockets()) as never),
      log: (message) => payload.logger.warn(message),
    })
  : undefined

httpServer.listen(settings.REALTIME_PORT, () =>
  payload.logger.info(`realtime: listening on :${settings.REALTIME_PORT}`),
)

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`realtime: ${signal}, closing`)
  await new Promise<void>((resolve) => io.close(() => resolve()))
  await Promise.allSettled([redis?.quit(), subscriber?.quit(), signals?.close()])
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
