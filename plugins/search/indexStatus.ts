import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SanitizedSearchOptions } from './types'

import { config } from '../../utilities/config'
import { poolDb } from '../../utilities/db'
import { searchTables, tableNameOf } from './tables'
import { SEARCHABLE_COLLECTIONS } from './types'

export interface IndexStatus {
  backend: 'postgres' | 'meilisearch'
  inSync: boolean
  collections: { collection: string; locale: string; database: number; index: number; drift: number }[]
}

/**
 * Per collection and locale: published documents in the database against
 * rows in the search index. Two queries whatever the catalogue's size.
 */
export const indexStatus = async (
  payload: Payload,
  options: Pick<SanitizedSearchOptions, 'indexSlug'>,
): Promise<IndexStatus> => {
  const db = poolDb(payload)
  const { index } = searchTables(payload, options)
  const locales = (payload.config.localization || { localeCodes: ['en'] }).localeCodes
  const [published, indexed] = await Promise.all([
    db.execute(
      sql.join(
        SEARCHABLE_COLLECTIONS.map(
          (c) =>
            sql`select ${c}::text as collection, count(*)::int as n from ${sql.identifier(tableNameOf(payload, c))} where _status = 'published'`,
        ),
        sql` union all `,
      ),
    ),
    db.execute(
      sql`select doc_collection::text as collection, locale::text as locale, count(*)::int as n
          from ${index} group by 1, 2`,
    ),
  ])
  const inIndex = new Map(indexed.rows.map((r) => [`${r.collection}:${r.locale}`, Number(r.n)]))
  const collections = published.rows.flatMap((r) =>
    locales.map((locale) => {
      const database = Number(r.n)
      const index = inIndex.get(`${r.collection}:${locale}`) ?? 0
      return { collection: String(r.collection), locale, database, index, drift: database - index }
    }),
  )
  return {
    backend: config().searchBackend,
    inSync: collections.every((c) => c.drift === 0),
    collections,
  }
}
