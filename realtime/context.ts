import type { Payload } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import type { Server, Socket } from 'socket.io'
import type { z } from 'zod'

import type { Ack, ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from './events'

import { ChatFailure, toClientError } from './errors'

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

type Body<T extends object> = { ok: true } & T extends infer R ? Omit<R, 'ok'> : never

const retryIn = (error: unknown) =>
  Math.max(1, Math.ceil(((error as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000))

/**
 * Registers one event: rate-limits, validates the payload with zod, runs the
 * handler, acknowledges its result. A client that sends no acknowledgement
 * callback is ignored; nothing a client sends can throw out of here.
 */
export const handle = <E extends keyof ClientToServerEvents, S extends z.ZodType, T extends object>(
  ctx: Context,
  socket: ChatSocket,
  event: E,
  schema: S,
  run: (input: z.infer<S>) => Promise<Body<T>>,
) => {
  socket.on(event, (async (raw: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return
    const reply = ack as Ack<T>
    try {
      try {
        await Promise.all([
          ctx.limiters.user.consume(String(socket.data.user.id)),
          ctx.limiters.ip.consume(socket.data.ip),
        ])
      } catch (error) {
        if (error instanceof Error) throw error
        throw new ChatFailure('rate_limited', `Too many requests: wait ${retryIn(error)} s and try again`)
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
      reply({ ok: true, ...(await run(input)) } as never)
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
