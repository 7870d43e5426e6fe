import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../../utilities/db'
import type { SearchParams } from '../searchParams'
import type { SanitizedSearchOptions } from '../types'

import { poolDb } from '../../../utilities/db'
import { loadSynonyms } from '../synonyms'
import { searchTables } from '../tables'
import { planQuery } from './tsquery'

export type Facet = 'type' | 'category' | 'district' | 'tags' | 'status'

/** Close spellings from the vocabulary for words it does not contain. */
export const similarWords = async (db: TransactionDb, terms: SQL, words: string[]) => {
  const similar = new Map<string, string[]>()
  if (words.length === 0) return similar
  const { rows } = await db.execute(sql`
    select w.word, t.term
    from unnest(${sql.param(words)}::text[]) as w(word)
    cross join lateral (
      select term from ${terms}
      where term % w.word and term <> w.word
        and not exists (select 1 from ${terms} e where e.term = w.word)
      order by similarity(term, w.word) desc
      limit 3
    ) t`)
  for (const row of rows) {
    const word = String(row.word)
    similar.set(word, [...(similar.get(word) ?? []), String(row.term)])
  }
  return similar
}

/**
 * The WHERE parts of a search over the index table, shared by the search
 * endpoint and the map (which follows the same query and filters): `base`
 * (locale, text match, dates) and one condition per facet filter.
 */
export const searchConditions = async (
  payload: Payload,
  params: Omit<SearchParams, 'page' | 'limit'>,
  options: Pick<SanitizedSearchOptions, 'indexSlug' | 'synonymsSlug'>,
) => {
  const config = sql.raw(params.locale === 'en' ? `'english'::regconfig` : `'simple'::regconfig`)
  const [synonyms, similar] = await Promise.all([
    loadSynonyms(payload, options.synonymsSlug),
    similarWords(
      poolDb(payload),
      searchTables(payload, options).terms,
      planQuery(params.q, [], new Map()).words,
    ),
  ])
  const plan = planQuery(params.q, synonyms, similar)
  const query = plan.tsquery === null ? null : sql`to_tsquery(${config}, ${plan.tsquery})`

  const filters: Record<Facet, SQL | null> = {
    type: params.type ? sql`type = any(${sql.param(params.type)}::text[])` : null,
    category: params.category ? sql`category = any(${sql.param(params.category)}::numeric[])` : null,
    district: params.district ? sql`district = any(${sql.param(params.district)}::numeric[])` : null,
    tags: params.tags
      ? sql`tags @> any(${sql.param(params.tags.map((t: number) => JSON.stringify([t])))}::jsonb[])`
      : null,
    status: params.status ? sql`status = any(${sql.param(params.status)}::text[])` : null,
  }
  const base = [
    sql`locale = ${params.locale}`,
    ...(query ? [sql`fts @@ ${query}`] : []),
    ...(params.from ? [sql`published_at >= ${params.from}::date`] : []),
    ...(params.to ? [sql`published_at < (${params.to}::date + 1)`] : []),
  ]
  return { config, query, plan, similar, filters, base }
}
