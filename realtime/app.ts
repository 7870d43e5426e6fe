import type { Server as HttpServer, IncomingMessage } from 'node:http'
import type { ServerOptions } from 'socket.io'

import { RateLimiterMemory } from 'rate-limiter-flexible'
import { Server } from 'socket.io'

import type { ChatServer, ChatSocket, Context, Deps, Limiters } from './context'

import { recheckSessions } from './context'

import { guestRoute } from './calls/guest'
import { registerCallHandlers } from './features/calls'
import { registerInviteHandlers } from './features/invites'
import { registerMemberHandlers } from './features/members'
import { registerMessageHandlers } from './features/messages'
import { registerModerationHandlers } from './features/moderation'
import { registerRoomHandlers } from './features/rooms'
import { userChannel } from './events'
import { rememberName } from './names'
import { bindingHolds, liveSession, verifySessionToken } from './session'
import { createMessageWriter, type WriterOptions } from './writer'
import { clientAddress } from '../utilities/forwardedFor'

export interface Options {
  /** Origins allowed on the handshake; requests without an Origin (non-browser clients) still need a session. */
  allowedOrigins: string[]
  /** Peer addresses whose X-Forwarded-For is believed. */
  trustedProxies?: string[]
  /**
   * Rate limiters; in-memory defaults: 20 events per 10 s per user, 5,000 per
   * address, 2,000 handshakes a minute per address (index.ts passes the
   * configured REALTIME_* limits).
   */
  limiters?: Partial<Limiters>
  /**
   * How often every socket's session is checked again, all in one statement
   * (ms); other events than message:send check it too, and a message's own
   * insert does. @default 30000
   */
  sessionSweepMs?: number
  /** SESSION_BINDING as the CMS applies it (its User-Agent part; see session.ts). @default 'off' */
  sessionBinding?: 'ip-and-user-agent' | 'off' | 'user-agent'
  /** How messages are batched into one statement (group commit). */
  writer?: WriterOptions
  /** Extra Socket.IO server options, e.g. the Redis adapter. */
  server?: Partial<ServerOptions>
}

/** Largest packet a client may send: a message of 2,000 characters fits with room to spare. */
export const MAX_PACKET_BYTES = 16 * 1024

/** How many events and handshakes the limiters allow, and over how long (seconds). */
export interface LimitSettings {
  userEventsPer10s: number
  ipEventsPer10s: number
  ipHandshakesPerMin: number
}

export const DEFAULT_LIMITS: LimitSettings = {
  userEventsPer10s: 20,
  ipEventsPer10s: 5_000,
  ipHandshakesPerMin: 2_000,
}

/** The limiters for `limits`, in this process's memory or (with a factory) in Redis. */
export const limitersFor = (
  limits: LimitSettings,
  make: (keyPrefix: string, points: number, duration: number) => Limiters['user'] = (
    keyPrefix,
    points,
    duration,
  ) => new RateLimiterMemory({ keyPrefix, points, duration }),
): Limiters => ({
  user: make('rt-user', limits.userEventsPer10s, 10),
  ip: make('rt-ip', limits.ipEventsPer10s, 10),
  connect: make('rt-connect', limits.ipHandshakesPerMin, 60),
})

const defaultLimiters = (): Limiters => limitersFor(DEFAULT_LIMITS)

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
 * validated and authorized; messages stored in group commits under the
 * chat-messages collection's rules (writer.ts), everything else through
 * Payload as the user.
 */
export const createApplication = (httpServer: HttpServer, deps: Deps, options: Options): ChatServer => {
  const trusted = options.trustedProxies ?? []
  const limiters = { ...defaultLimiters(), ...options.limiters }
  const binding = options.sessionBinding ?? 'off'
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
  const writer = createMessageWriter(deps.payload, options.writer)
  const ctx: Context = { io, payload: deps.payload, limiters, writer }

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
      const claims = verifySessionToken(token, deps.payload)
      const live = claims && (await liveSession(deps.payload, claims))
      if (!claims || !live || !bindingHolds(binding, live, socket.request.headers['user-agent'])) {
        return next(new Error('Session expired or invalid'))
      }
      // The account as Payload's JWT strategy reads it (overrideAccess; depth 0, the sidecar
      // reads none of its relationships), once per connection; its roles are re-read with
      // every session check.
      const user = await deps.payload.findByID({
        collection: 'users',
        id: claims.userId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (!user) return next(new Error('Session expired or invalid'))
      socket.data = {
        user: { ...user, roles: live.roles, collection: 'users', _sid: claims.sid } as never,
        ip,
        token,
        session: { sid: claims.sid, userId: claims.userId, expiresAt: claims.exp * 1000 },
      }
      rememberName(user)
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
  const sweep = setInterval(() => {
    void recheckSessions(ctx, [...io.of('/').sockets.values()] as ChatSocket[])
  }, options.sessionSweepMs ?? 30_000)
  sweep.unref()
  httpServer.once('close', () => {
    clearInterval(sweep)
    writer.close()
  })

  return io
}
