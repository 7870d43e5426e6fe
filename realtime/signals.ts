import pg from 'pg'
import { z } from 'zod'

import { CHANNEL, type Signal } from '../plugins/realtime-signals/signals'

const id = z.number().int().positive()
const signalSchema: z.ZodType<Signal> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('member-removed'), room: id, user: id }),
  z.object({ type: z.literal('member-muted'), room: id, user: id, mutedUntil: z.string().nullable() }),
  z.object({ type: z.literal('message-deleted'), room: id, id }),
  z.object({ type: z.literal('room-deleted'), room: id }),
  z.object({ type: z.literal('user-changed'), user: id }),
])

export interface SignalListener {
  close: () => Promise<void>
}

interface Handlers {
  onSignal: (signal: Signal) => void | Promise<void>
  /** After a reconnect: signals may have been missed while the connection was down. */
  onResync: () => void | Promise<void>
  log: (message: string) => void
}

/**
 * Listens for the CMS's signals (PostgreSQL NOTIFY, see
 * plugins/realtime-signals) on a connection of its own, reconnecting with
 * backoff; every realtime node listens, so each acts on its own sockets.
 */
export const listenForSignals = async (databaseUrl: string, handlers: Handlers): Promise<SignalListener> => {
  let client: pg.Client | undefined
  let closed = false
  let retry: NodeJS.Timeout | undefined
  let attempt = 0

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl })
    next.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return
      const parsed = signalSchema.safeParse(JSON.parse(message.payload))
      if (!parsed.success) return handlers.log(`realtime: ignored a malformed signal: ${message.payload}`)
      void Promise.resolve(handlers.onSignal(parsed.data)).catch((error: Error) =>
        handlers.log(`realtime: signal ${parsed.data.type} failed: ${error.message}`),
      )
    })
    next.on('error', (error) => {
      handlers.log(`realtime: signal connection lost: ${error.message}`)
      schedule()
    })
    await next.connect()
    await next.query(`LISTEN ${CHANNEL}`)
    client = next
    if (attempt > 0) await handlers.onResync()
    attempt = 0
  }

  const schedule = () => {
    if (closed || retry) return
    void client?.end().catch(() => undefined)
    client = undefined
    attempt += 1
    retry = setTimeout(
      () => {
        retry = undefined
        connect().catch((error: Error) => {
          handlers.log(`realtime: cannot listen for signals: ${error.message}`)
          schedule()
        })
      },
      Math.min(30_000, 250 * 2 ** attempt),
    )
    retry.unref()
  }

  await connect()
  return {
    close: async () => {
      closed = true
      clearTimeout(retry)
      await client?.end().catch(() => undefined)
    },
  }
}
