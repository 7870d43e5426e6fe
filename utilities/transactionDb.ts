import type { PayloadRequest } from 'payload'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * The Drizzle handle of the request's open transaction (or the pool when there
 * is none), for raw SQL that must see and be part of the same transaction.
 */
export const transactionDb = async (req: PayloadRequest): Promise<Executor> => {
  const adapter = req.payload.db as unknown as {
    drizzle: Executor
    sessions?: Record<string, { db: Executor }>
  }
  const id = await req.transactionID
  return (id !== undefined && id !== null && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}
