import type { Server as HttpServer, IncomingMessage } from 'node:http'
import type { ServerOptions } from 'socket.io'

import { RateLimiterMemory } from 'rate-limiter-flexible'
import { Server } from 'socket.io'

import type { ChatServer, ChatSocket, Context, Deps, Limiters } from './context'

import { refreshSession } from './context'

import { guestRoute } from './calls/guest'
import { registerCallHandlers } from './features/calls'
import { registerInviteHandlers } from './features/invites'
import { registerMemberHandlers } from './features/members'
import { registerMessageHandlers } from './features/messages'
import { registerModerationHandlers } from './features/moderation'
import { registerRoomHandlers } from './features/rooms'
import { userChannel } from './events'
import { clientAddress } from '../utilities/forwardedFor'

export interface Options {
  /** Origins allowed on the handshake; requests without an Origin (non-browser clients) still need a session. */
  allowedOrigins: string[]
  /** Peer addresses whose X-Forwarded-For is believed. */
  trustedProxies?: string[]
  /** Rate limiters; in-memory defaults (20 events per 10 s per user, 60 per IP; 30 handshakes per minute per IP). */
  limiters?: Partial<Limiters>
  /** How often idle sockets have their session checked again (ms); events always check. @default 30000 */
  sessionSweepMs?: number
  /** Extra Socket.IO server options, e.g. the Redis adapter. */
  server?: Partial<ServerOptions>
}

/** Largest packet a client may send: a message of 2,000 characters fits with room to spare. */
export const MAX_PACKET_BYTES = 16 * 1024

const defaultLimiters = (): Limiters => ({
  user: new RateLimiterMemory({ keyPrefix: 'rt-user', points: 20, duration: 10 }),
  ip: new RateLimiterMemory({ keyPrefix: 'rt-ip', points: 60, duration: 10 }),
  connect: new RateLimiterMemory({ keyPrefix: 'rt-connect', points: 30, duration: 60 }),
})

/** The client's address: X-Forwarded-For is believed only from a trusted proxy, right to left. */
export { clientAddress }

const tokenFrom = (req: IncomingMessage, auth: Record<string, unknown>): string | undefined => {
  if (typeof auth.token === 'string' && auth.token) return auth.token
  const cookie = req.headers.cookie
  if (!cookie) return undefined
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === 'payload-token') return decodeURIComponent(value.join('='))
  }
  return undefined
}

/**
 * Builds the chat's Socket.IO server on `httpServer` from its dependencies:
 * Origin and session checked on the handshake, every event rate-limited,
 * validated and authorized, messages stored through Payload as the user.
 */
export const createApplication = (httpServer: HttpServer, deps: Deps, options: Options): ChatServer => {
  const trusted = options.trustedProxies ?? []
  const limiters = { ...defaultLimiters(), ...options.limiters }
  // Registered before Socket.IO attaches, which then hands it every request that is not its own.
  httpServer.on(
    'request',
    guestRoute(deps.payload, options.allowedOrigins, limiters.connect, (req) =>
      clientAddress(req.socket.remoteAddress ?? '', req.headers['x-forwarded-for'], trusted),
    ),
  )
  const io: ChatServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_PACKET_BYTES,
    cors: { origin: options.allowedOrigins, credentials: true },
    allowRequest: (req, callback) => {
      const origin = req.headers.origin
      callback(null, !origin || options.allowedOrigins.includes(origin))
    },
    ...options.server,
  })
  const ctx: Context = { io, payload: deps.payload, limiters }

  io.use(async (socket, next) => {
    const ip = clientAddress(socket.handshake.address, socket.request.headers['x-forwarded-for'], trusted)
    try {
      await limiters.connect.consume(ip)
    } catch {
      return next(new Error('Too many connection attempts; try again later'))
    }
    const token = tokenFrom(socket.request, socket.handshake.auth ?? {})
    if (!token) return next(new Error('Not signed in'))
    try {
      const { user } = await deps.payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
      if (!user || user.collection !== 'users') return next(new Error('Session expired or invalid'))
      socket.data = { user: user as never, ip, token }
      next()
    } catch (error) {
      deps.payload.logger.warn({ err: error, msg: 'realtime: handshake authentication failed' })
      next(new Error('Session expired or invalid'))
    }
  })

  io.on('connection', async (socket) => {
    registerRoomHandlers(ctx, socket)
    registerMessageHandlers(ctx, socket)
    registerMemberHandlers(ctx, socket)
    registerInviteHandlers(ctx, socket)
    registerModerationHandlers(ctx, socket)
    registerCallHandlers(ctx, socket)
    await socket.join(userChannel(socket.data.user.id))
  })

  // Sockets that only listen send no events: check their sessions on a timer,
  // so a revoked session stops receiving within `sessionSweepMs`.
  const sweep = setInterval(async () => {
    for (const socket of [...io.of('/').sockets.values()] as ChatSocket[]) {
      const alive = await refreshSession(ctx, socket).catch(() => true)
      if (!alive) socket.disconnect(true)
    }
  }, options.sessionSweepMs ?? 30_000)
  sweep.unref()
  httpServer.once('close', () => clearInterval(sweep))

  return io
}
