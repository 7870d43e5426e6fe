import type { SQL } from 'drizzle-orm'
import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { PgDialect } from 'drizzle-orm/pg-core'

const dialect = new PgDialect()

/** The adapter's pg pool (typed by `@payloadcms/db-postgres`'s augmentation). */
export type Pool = Payload['db']['pool']

/**
 * Runs a public API query on the pool. A query of the default projection is
 * a named prepared statement: each connection plans it once and PostgreSQL
 * moves to a generic plan after five runs, and planning the projection's
 * subqueries costs more than running them for a page of 20. Queries with
 * `fields=` stay unnamed, since their shapes are unbounded and every named
 * statement stays in its connection.
 */
export const runQuery = async (pool: Pool, query: SQL, { prepared }: { prepared: boolean }) => {
  const { sql: text, params } = dialect.sqlToQuery(query)
  const name = prepared
    ? `public_api_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
    : undefined
  return pool.query<Record<string, unknown>>({ text, values: params as unknown[], ...(name ? { name } : {}) })
}
