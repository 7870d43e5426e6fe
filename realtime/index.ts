import { createServer } from 'node:http'

import { createAdapter } from '@socket.io/redis-adapter'
import { getPayload } from 'payload'
import { RateLimiterRedis } from 'rate-limiter-flexible'
import { createClient } from 'redis'

import config from '../payload.config'
import { createApplication } from './app'
import { applySignal, recheckSessions } from './features/signals'
import { listenForSignals } from './signals'

const port = Number(process.env.REALTIME_PORT ?? 3001)
const allowedOrigins = [
  process.env.SITE_URL ?? 'http://localhost:4321',
  ...(process.env.REALTIME_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()),
].filter(Boolean)
const trustedProxies = (process.env.REALTIME_TRUSTED_PROXIES ?? '')
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean)

const payload = await getPayload({ config })
const httpServer = createServer()

let redis: ReturnType<typeof createClient> | undefined
let subscriber: ReturnType<typeof createClient> | undefined
if (process.env.REDIS_URL) {
  redis = createClient({ url: process.env.REDIS_URL })
  subscriber = redis.duplicate()
  for (const client of [redis, subscriber]) {
    client.on('error', (err) => payload.logger.error({ err, msg: 'realtime: Redis error' }))
  }
  await Promise.all([redis.connect(), subscriber.connect()])
}

const io = createApplication(
  httpServer,
  { payload },
  {
    allowedOrigins,
    trustedProxies,
    server: redis && subscriber ? { adapter: createAdapter(redis, subscriber) } : undefined,
    limiters: redis
      ? {
          user: new RateLimiterRedis({
            storeClient: redis,
            useRedisPackage: true,
            keyPrefix: 'rt-user',
            points: 20,
            duration: 10,
          }),
          ip: new RateLimiterRedis({
            storeClient: redis,
            useRedisPackage: true,
            keyPrefix: 'rt-ip',
            points: 60,
            duration: 10,
          }),
          connect: new RateLimiterRedis({
            storeClient: redis,
            useRedisPackage: true,
            keyPrefix: 'rt-connect',
            points: 30,
            duration: 60,
          }),
        }
      : undefined,
  },
)

// Changes made in the CMS (a member removed in the admin, a logout) reach the sockets at once.
const signals = process.env.DATABASE_URL
  ? await listenForSignals(process.env.DATABASE_URL, {
      onSignal: (signal) => applySignal({ io, payload }, signal),
      onResync: async () => recheckSessions({ payload }, (await io.local.fetchSockets()) as never),
      log: (message) => payload.logger.warn(message),
    })
  : undefined

httpServer.listen(port, () => payload.logger.info(`realtime: listening on :${port}`))

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
