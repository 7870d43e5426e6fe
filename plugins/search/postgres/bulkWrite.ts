import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { SearchableCollection, SearchRecord } from '../types'

import { wordsOf } from '../normalize'
import { searchOptionsOf } from '../options'
import { clearBrowseCache } from '../resultCache'
import { TERMS_TABLE, tableNameOf } from '../tables'

/** The columns a record fills, in the order `rowOf` writes them. */
const COLUMNS = [
  'doc_collection',
  'doc_id',
  'locale',
  'slug',
  'title',
  'translated',
  'summary',
  'category',
  'district',
  'tags',
  'status',
  'published_at',
  'doc_updated_at',
  'norm_title',
  'norm_summary',
  'norm_body',
  'norm_terms',
] as const
/** The columns compared to tell an unchanged row from one to rewrite (every one but the key). */
const VALUES = COLUMNS.slice(3)

/** A record as a row of the index table (column names), for jsonb_populate_recordset. */
export const rowOf = (r: SearchRecord) => ({
  doc_collection: r.docCollection,
  doc_id: r.docId,
  locale: r.locale,
  slug: r.slug,
  title: r.title,
  translated: r.translated,
  summary: r.summary,
  category: r.category,
  district: r.district,
  tags: r.tags,
  status: r.status,
  published_at: r.publishedAt,
  doc_updated_at: r.docUpdatedAt,
  norm_title: r.normTitle,
  norm_summary: r.normSummary,
  norm_body: r.normBody,
  norm_terms: r.normTerms,
})

/** The vocabulary words of some records, as `recordTerms` picks them. */
export const termsOf = (records: readonly SearchRecord[], into = new Set<string>()) => {
  for (const r of records) {
    for (const word of wordsOf(`${r.normTitle} ${r.normSummary} ${r.normBody} ${r.normTerms}`)) {
      if (word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word)) into.add(word)
    }
  }
  return into
}

export interface RebuildWriter {
  /** The index table's quoted name. */
  table: string
  /** Makes the index rows of `ids` equal to `records`, in one transaction of its own. */
  write(collection: SearchableCollection, ids: number[], records: SearchRecord[]): Promise<void>
}

/**
 * The rebuild's write path, for batches of thousands of documents at a
 * time. What it saves over `replaceRecords`, which edits use:
 *
 * - rows that are already as they would be written are left alone (an
 *   up-to-date index costs one indexed look-up per row, not a rewrite of the
 *   row, its `tsvector` and a dozen index entries), and only rows that must
 *   go (a locale no longer published, an unpublished document) are deleted,
 *   instead of every row being deleted and inserted again;
 * - each vocabulary word is sent once per rebuild rather than once per batch
 *   it appears in (the seeded catalogue repeats a few thousand words);
 * - batches run on connections of their own, so two can be written at once
 *   while the next is read (see `reindexAll`).
 *
 * Rows are upserted, so rebuilds running at once, or an edit saved meanwhile,
 * never fail on the unique key; rows and words go in one order (document,
 * locale; words sorted) so that concurrent writers wait for each other
 * rather than deadlock.
 */
export const rebuildWriter = (payload: Payload): RebuildWriter => {
  const index = `"${tableNameOf(payload, searchOptionsOf(payload).indexSlug)}"`
  const sent = new Set<string>()
  const values = (alias: string) => VALUES.map((c) => `${alias}.${c}`).join(', ')
  const upsert = `
    insert into ${index} (${COLUMNS.join(', ')})
    select ${COLUMNS.map((c) => `s.${c}`).join(', ')}
      -- Rows of the index table's own type: every column, enums included, gets its type from the table.
      from jsonb_populate_recordset(null::${index}, $1::jsonb) as s
     where not exists (
       select 1 from ${index} i
        where i.doc_collection = s.doc_collection and i.doc_id = s.doc_id and i.locale = s.locale
          and (${values('i')}) is not distinct from (${values('s')}))
    on conflict (doc_collection, doc_id, locale) do update set
      ${VALUES.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = now()`
  const stale = `
    delete from ${index}
     where doc_collection = $1 and doc_id = any($2::numeric[])
       -- NOT IN a subquery hashes the keys once; \`<> all(array)\` would compare every row with every key.
       and (doc_id::text || ':' || locale::text) not in (select unnest($3::text[]))`
  return {
    table: index,
    async write(collection, ids, records) {
      if (ids.length === 0) return
      const sorted = [...records].sort((a, b) => a.docId - b.docId || a.locale.localeCompare(b.locale))
      const words = [...termsOf(sorted)].filter((word) => !sent.has(word)).sort()
      const client = await payload.db.pool.connect()
      try {
        await client.query('begin')
        await client.query(stale, [collection, ids, sorted.map((r) => `${r.docId}:${r.locale}`)])
        if (sorted.length > 0) await client.query(upsert, [JSON.stringify(sorted.map(rowOf))])
        if (words.length > 0)
          await client.query(
            `insert into "${TERMS_TABLE}" (term) select unnest($1::text[]) order by 1 on conflict do nothing`,
            [words],
          )
        await client.query('commit')
        for (const word of words) sent.add(word)
        clearBrowseCache()
      } catch (error) {
        await client.query('rollback').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
  }
}
