/**
 * PostgreSQL through the adapter's own types. `@payloadcms/db-postgres`
 * augments Payload's `DatabaseAdapter` with `drizzle`, `pool` and `sessions`,
 * so `payload.db.pool` and `payload.db.drizzle` are typed wherever that
 * module is part of the program (it is: `payload.config.ts` imports it, and
 * so does this file). What is left to say here is which transaction a
 * request's raw SQL must join.
 */
import type {} from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres'
import type { PgTransaction } from 'drizzle-orm/pg-core'
import type { Payload, PayloadRequest } from 'payload'
import type { QueryResult } from 'pg'

/** What raw SQL needs of a connection or transaction: `execute(sql\`…\`)` answering `{ rows }`. */
export interface TransactionDb {
  execute: (query: SQL) => Promise<QueryResult<Record<string, unknown>>>
}

/** A PostgreSQL transaction as Drizzle opens it for Payload's sessions. */
type PgSession = PgTransaction<NodePgQueryResultHKT, Record<string, unknown>>

/**
 * The Drizzle handle of the request's open transaction (or the pool when
 * there is none), for raw SQL that must see and be part of the same
 * transaction as the Local API calls made with `req`.
 */
export const transactionDb = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
): Promise<TransactionDb> => {
  const id = await req.transactionID
  const session = id === undefined || id === null ? undefined : req.payload.db.sessions?.[String(id)]
  // The adapter's session type also covers SQLite; this program only runs db-postgres.
  return ((session?.db as PgSession | undefined) ?? req.payload.db.drizzle) as TransactionDb
}

/** The pool's handle for raw SQL outside any request (jobs, start-up, CLIs). */
export const poolDb = (payload: Payload): TransactionDb => payload.db.drizzle as TransactionDb
