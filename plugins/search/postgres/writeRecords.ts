import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SanitizedSearchOptions, SearchableCollection, SearchRecord } from '../types'

import { transactionDb } from '../../../utilities/db'
import { searchOptionsOf } from '../options'
import { clearBrowseCache } from '../resultCache'
import { searchTables } from '../tables'
import { rowOf } from './bulkWrite'
import { recordTerms } from './terms'

/**
 * Replaces the index rows of `ids` with `records` in two statements, inside
 * the request's transaction. Plain SQL rather than Local API creates: a
 * reindex writes hundreds of thousands of rows.
 */
export const replaceRecords = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  ids: number[],
  records: SearchRecord[],
  options: Pick<SanitizedSearchOptions, 'indexSlug'> = searchOptionsOf(req.payload),
) => {
  const db = await transactionDb(req)
  const { index } = searchTables(req.payload, options)
  await db.execute(
    sql`delete from ${index} where doc_collection = ${collection} and doc_id = any(${sql.param(ids)}::numeric[])`,
  )
  if (records.length > 0) {
    await db.execute(sql`
      insert into ${index} (doc_collection, doc_id, locale, slug, title, translated, summary, category, district,
        tags, status, published_at, doc_updated_at, norm_title, norm_summary, norm_body, norm_terms)
      select doc_collection, doc_id, locale, slug, title, translated, summary, category, district, tags, status,
        published_at, doc_updated_at, norm_title, norm_summary, norm_body, norm_terms
      -- Rows of the index table's own type: every column, enums included, gets its type from the
      -- table, whatever the index slug made the table and its enums be called.
      from jsonb_populate_recordset(null::${index}, ${JSON.stringify(
        // Rows in one order (document, then locale) whoever writes them: two rebuilds of the
        // same documents then lock rows in the same order and cannot deadlock.
        [...records].sort((a, b) => a.docId - b.docId || a.locale.localeCompare(b.locale)).map(rowOf),
      )}::jsonb)
      -- Two jobs may rebuild the same document at once (a category and a tag
      -- renamed together): the later write wins instead of failing the job.
      on conflict (doc_collection, doc_id, locale) do update set
        slug = excluded.slug, title = excluded.title, translated = excluded.translated, summary = excluded.summary,
        category = excluded.category, district = excluded.district, tags = excluded.tags,
        status = excluded.status, published_at = excluded.published_at,
        doc_updated_at = excluded.doc_updated_at, norm_title = excluded.norm_title,
        norm_summary = excluded.norm_summary, norm_body = excluded.norm_body,
        norm_terms = excluded.norm_terms, updated_at = now()`)
  }
  await recordTerms(req, records)
  clearBrowseCache()
}
