import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import type { Socket } from 'socket.io-client'

import { createServer } from 'node:http'

import { RateLimiterMemory } from 'rate-limiter-flexible'
import { io as connect } from 'socket.io-client'

import type { ClientToServerEvents, ServerToClientEvents } from '../../realtime/events'

import { createApplication, type Options } from '../../realtime/app'
import { allowedOriginsFor } from '../../realtime/origins'
import { PASSWORD } from '../helpers/fixtures'

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>

export const SITE = 'http://localhost:4321'

/** A realtime server on a free port, as `realtime/index.ts` builds it. */
export const startRealtime = async (payload: Payload, options: Partial<Options> = {}) => {
  const httpServer = createServer()
  // Kept by reference: `allow` adds an origin later (a site whose port is known only once it listens).
  const allowedOrigins = [...(options.allowedOrigins ?? allowedOriginsFor(SITE))]
  const io = createApplication(httpServer, { payload }, { ...options, allowedOrigins })
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
  const clients: Client[] = []
  const client = (opts: Parameters<typeof connect>[1] = {}): Client => {
    const socket: Client = connect(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      ...opts,
    })
    clients.push(socket)
    return socket
  }
  return {
    io,
    url,
    client,
    allow: (origin: string) => allowedOrigins.push(origin),
    /** A connected client signed in as `user`. */
    as: async (user: { email: string }, opts: Parameters<typeof connect>[1] = {}) => {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: user.email, password: PASSWORD },
      })
      const socket = client({ auth: { token }, ...opts })
      await connected(socket)
      return socket
    },
    close: async () => {
      clients.forEach((c) => c.disconnect())
      await new Promise<void>((resolve) => io.close(() => resolve()))
    },
  }
}

export const connected = (socket: Client) =>
  new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', reject)
  })

export const connectError = (socket: Client) =>
  new Promise<Error>((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected unexpectedly')))
    socket.once('connect_error', resolve)
  })

/** The next `event` on `socket`, or a rejection after `ms`. */
export const next = <E extends keyof ServerToClientEvents>(socket: Client, event: E, ms = 3000) =>
  new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms)
    socket.once(event, ((payload: never) => {
      clearTimeout(timer)
      resolve(payload)
    }) as never)
  })

/** Resolves true when `event` does NOT arrive within `ms`. */
export const silent = (socket: Client, event: keyof ServerToClientEvents, ms = 300) =>
  new Promise<boolean>((resolve) => {
    const handler = () => resolve(false)
    socket.once(event, handler)
    setTimeout(() => {
      socket.off(event, handler)
      resolve(true)
    }, ms)
  })

/** Limits no test reaches, for tests about something other than rate limiting. */
export const generousLimiters = () => ({
  user: new RateLimiterMemory({ points: 10_000, duration: 1 }),
  ip: new RateLimiterMemory({ points: 10_000, duration: 1 }),
  connect: new RateLimiterMemory({ points: 10_000, duration: 1 }),
})
