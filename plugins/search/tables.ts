import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SanitizedSearchOptions } from './types'

/**
 * A slug as Payload's PostgreSQL adapter turns it into a table name (it uses
 * `to-snake-case`): separators and camel-case humps become one `_`, all in
 * lower case. `search-index` → `search_index`, `searchRecords` → `search_records`.
 */
export const snakeCase = (slug: string): string =>
  slug
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[\W_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()

/**
 * The table a collection's rows live in, as the adapter registered it: the
 * slug's snake-case name, or the collection's `dbName` when it sets one.
 */
export const tableNameOf = (payload: Pick<Payload, 'db'>, slug: string): string => {
  const name = snakeCase(slug)
  return payload.db.tableNameMap.get(name) ?? name
}

/**
 * The vocabulary typo tolerance looks words up in: a plain table of the
 * search migration's, not a collection, shared by every index.
 */
export const TERMS_TABLE = 'search_terms'

export interface SearchTables {
  /** The index collection's table. */
  index: SQL
  /** The vocabulary of indexed words. */
  terms: SQL
}

/** The SQL identifiers of the plugin's tables, from its options. */
export const searchTables = (
  payload: Pick<Payload, 'db'>,
  options: Pick<SanitizedSearchOptions, 'indexSlug'>,
): SearchTables => ({
  index: sql`${sql.identifier(tableNameOf(payload, options.indexSlug))}`,
  terms: sql`${sql.identifier(TERMS_TABLE)}`,
})
