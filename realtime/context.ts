import type { Payload } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import type { Server, Socket } from 'socket.io'
import type { z } from 'zod'

import type { MessageWriter } from './writer'
import type {
  ClientToServerEvents,
  InterServerEvents,
  Result,
  ServerToClientEvents,
  SocketData,
} from './events'

import { AppError } from '../utilities/errors'
import { toClientError } from './errors'
import { liveSession, liveSessions } from './session'

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>
export type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>

export interface Deps {
  payload: Payload
}

export interface Limiters {
  /** Events per user. */
  user: RateLimiterAbstract
  /** Events per client address. */
  ip: RateLimiterAbstract
  /** Handshakes per client address. */
  connect: RateLimiterAbstract
}

export interface Context {
  io: ChatServer
  payload: Payload
  limiters: Limiters
  /** Stores messages in group commits (writer.ts). */
  writer: MessageWriter
}

export type ClientEvent = keyof ClientToServerEvents

/** What a client sends with an event, as the contract in events.ts says. */
export type EventPayload<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0]

type EventAck<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[1]

/** What a handler answers on success: the event's acknowledged result without `ok`. */
export type EventReply<E extends ClientEvent> = Omit<Extract<Parameters<EventAck<E>>[0], { ok: true }>, 'ok'>

/**
 * A zod schema whose output is the event's payload type: a schema that
 * accepts something the contract does not describe (or describes it
 * differently) does not compile, so validation and contract cannot drift.
 */
export type EventSchema<E extends ClientEvent> = z.ZodType<EventPayload<E>>

const retryIn = (error: unknown) =>
  Math.max(1, Math.ceil(((error as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000))

/**
 * Thrown by a handler whose own statement found the session ended (a
 * message's group commit checks the session in the same statement as the
 * insert): answered and disconnected as a failed session check is.
 */
export class SessionEndedError extends Error {
  constructor() {
    super('session ended')
    this.name = 'SessionEndedError'
  }
}

export interface HandleOptions {
  /**
   * The handler's own statement checks the session (message:send's group
   * commit), so no statement of its own runs first; the token's expiry is
   * still checked here.
   */
  sessionInStatement?: boolean
}

/**
 * Registers one event: rate-limits, checks the session, validates the
 * payload with zod, runs the handler, acknowledges its result. A client that
 * sends no acknowledgement callback is ignored; nothing a client sends can
 * throw out of here.
 */
export const handle = <E extends ClientEvent, S extends EventSchema<E>>(
  ctx: Context,
  socket: ChatSocket,
  event: E,
  schema: S,
  run: (input: z.output<S>) => Promise<EventReply<E>>,
  options: HandleOptions = {},
) => {
  socket.on(event, (async (raw: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return
    const reply = ack as (result: Result<EventReply<E>>) => void
    const ended = () => {
      reply({
        ok: false,
        error: { code: 'unauthorized', message: 'Your session has ended; sign in again' },
      })
      socket.disconnect(true)
    }
    try {
      try {
        await Promise.all([
          ctx.limiters.user.consume(String(socket.data.user.id)),
          ctx.limiters.ip.consume(socket.data.ip),
        ])
      } catch (error) {
        if (error instanceof Error) throw error
        throw new AppError(429, `Too many requests: wait ${retryIn(error)} s and try again`)
      }
      const alive = options.sessionInStatement ? tokenUnexpired(socket) : await refreshSession(ctx, socket)
      if (!alive) return ended()
      const input = schema.parse(raw)
      reply({ ok: true, ...(await run(input)) })
    } catch (error) {
      if (error instanceof SessionEndedError) return ended()
      reply({ ok: false, error: toClientError(error, ctx.payload, event) })
    }
  }) as never)
}

const tokenUnexpired = (socket: ChatSocket) => socket.data.session.expiresAt > Date.now()

/**
 * Checks the socket's session again (a logout, an ending in the admin or an
 * expired token ends it) in one statement, and takes the user's roles as
 * they are now, so a role change applies at once.
 */
export const refreshSession = async (ctx: Pick<Context, 'payload'>, socket: ChatSocket) => {
  if (!tokenUnexpired(socket)) return false
  const live = await liveSession(ctx.payload, socket.data.session)
  if (!live) return false
  socket.data.user = { ...socket.data.user, roles: live.roles }
  return true
}

/**
 * Checks many sockets' sessions in one statement (per thousand sockets) and
 * disconnects those whose session no longer holds; the others get their
 * current roles. A failed check leaves the sockets as they are: the next
 * sweep, or their next event, checks again.
 */
export const recheckSessions = async (ctx: Pick<Context, 'payload'>, sockets: ChatSocket[]) => {
  for (let start = 0; start < sockets.length; start += 1000) {
    const chunk = sockets.slice(start, start + 1000)
    const live = await liveSessions(
      ctx.payload,
      chunk.map((socket) => socket.data.session),
    ).catch(() => undefined)
    if (!live) continue
    for (const socket of chunk) {
      const session = live.get(socket.data.session.sid)
      if (!session || !tokenUnexpired(socket)) socket.disconnect(true)
      else socket.data.user = { ...socket.data.user, roles: session.roles }
    }
  }
}

/** The user as Payload's Local API expects it on `user`. */
export const actor = (socket: ChatSocket) => ({ ...socket.data.user, collection: 'users' }) as never
