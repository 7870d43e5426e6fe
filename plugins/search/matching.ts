import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SearchParams } from './searchParams'
import type { SearchableCollection } from './types'

import { searchOptionsOf } from './options'
import { searchConditions } from './postgres/conditions'
import { searchTables } from './tables'

/** The search filters other plugins follow: a query, a locale, facets and dates. */
export type SearchFilters = Omit<SearchParams, 'page' | 'limit' | 'type'>

/**
 * The published documents of one collection that match a search, as a
 * subquery for other plugins to join on `doc_id`: one row per document, with
 * `title`, `slug`, `summary` and `status` as the index has them in the
 * filters' locale, whichever language the match was found in. It reads the
 * index, so drafts never appear, and it is the search's own matching
 * (synonyms, typo tolerance, facets, every language), so a map shows what the
 * search shows. Other plugins go through this instead of the index's tables.
 */
export const matchingDocuments = async (
  payload: Payload,
  collection: SearchableCollection,
  filters: SearchFilters,
): Promise<SQL> => {
  const options = searchOptionsOf(payload)
  const { base, filters: facets } = await searchConditions(payload, { ...filters, type: undefined }, options)
  const { index } = searchTables(payload, options)
  const conditions = [
    sql`m.doc_collection = shown.doc_collection`,
    sql`m.doc_id = shown.doc_id`,
    ...base,
    ...Object.values(facets).filter((c): c is SQL => c !== null),
  ]
  // Unqualified columns in the conditions are the matching row's (m): the
  // innermost table that has them.
  return sql`select shown.doc_id, shown.title, shown.slug, shown.summary, shown.status
    from ${index} shown
    where shown.doc_collection = ${collection} and shown.locale = ${filters.locale}
      and exists (select 1 from ${index} m where ${sql.join(conditions, sql` and `)})`
}
