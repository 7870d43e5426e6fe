import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { from as copyFrom } from 'pg-copy-streams'

/**
 * A pg client as the adapter's pool hands it out. Structural: the adapter
 * bundles its own @types/pg, so its PoolClient is not the root one.
 */
export interface CopyClient {
  query: (query: never) => unknown
}

/** One value in COPY's text format: `\N` for null, backslash escapes for the separators. */
const field = (value: unknown): string => {
  if (value === null || value === undefined) return '\\N'
  const text =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value)
  return /[\\\n\r\t]/.test(text)
    ? text.replace(/[\\\n\r\t]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
      )
    : text
}

/** Lines are sent in pieces of about this size, so a batch never sits in memory as one huge string. */
const CHUNK = 1 << 20

/**
 * Writes rows with `COPY … FROM STDIN`, PostgreSQL's bulk load: one
 * statement and one pass over the data, instead of an INSERT that parses
 * every row as JSON or parameters. Columns left out get their defaults
 * (serial ids, `now()`); objects are written as JSON, so `json`/`jsonb`
 * columns take them as they are.
 */
export const copyRows = async (
  client: CopyClient,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> => {
  if (rows.length === 0) return
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
  const stream = client.query(
    copyFrom(`COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN`) as never,
  ) as NodeJS.WritableStream
  function* lines() {
    let chunk = ''
    for (const row of rows) {
      chunk += row.map(field).join('\t') + '\n'
      if (chunk.length >= CHUNK) {
        yield chunk
        chunk = ''
      }
    }
    if (chunk) yield chunk
  }
  await pipeline(Readable.from(lines()), stream)
}
