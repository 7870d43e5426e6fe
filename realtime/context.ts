import type { Payload } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import type { Server, Socket } from 'socket.io'
import type { z } from 'zod'

import type {
  ClientToServerEvents,
  InterServerEvents,
  Result,
  ServerToClientEvents,
  SocketData,
} from './events'

import { AppError } from '../utilities/errors'
import { toClientError } from './errors'

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
 * Registers one event: rate-limits, validates the payload with zod, runs the
 * handler, acknowledges its result. A client that sends no acknowledgement
 * callback is ignored; nothing a client sends can throw out of here.
 */
export const handle = <E extends ClientEvent, S extends EventSchema<E>>(
  ctx: Context,
  socket: ChatSocket,
  event: E,
  schema: S,
  run: (input: z.output<S>) => Promise<EventReply<E>>,
) => {
  socket.on(event, (async (raw: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return
    const reply = ack as (result: Result<EventReply<E>>) => void
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
      if (!(await refreshSession(ctx, socket))) {
        reply({
          ok: false,
          error: { code: 'unauthorized', message: 'Your session has ended; sign in again' },
        })
        socket.disconnect(true)
        return
      }
      const input = schema.parse(raw)
      reply({ ok: true, ...(await run(input)) })
    } catch (error) {
      reply({ ok: false, error: toClientError(error, ctx.payload, event) })
    }
  }) as never)
}

/**
 * Verifies the socket's session with Payload again (a logout or an expired
 * token ends it) and refreshes the user, so role changes apply at once.
 */
export const refreshSession = async (ctx: Pick<Context, 'payload'>, socket: ChatSocket) => {
  const { user } = await ctx.payload.auth({
    headers: new Headers({ Authorization: `JWT ${socket.data.token}` }),
  })
  if (!user || user.collection !== 'users') return false
  socket.data.user = user as never
  return true
}

/** The user as Payload's Local API expects it on `user`. */
export const actor = (socket: ChatSocket) => ({ ...socket.data.user, collection: 'users' }) as never
