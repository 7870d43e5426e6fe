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

/** Words shorter than this are never corrected: their trigrams say too little. */
const MIN_TYPO_LENGTH = 4

/**
 * The best corrections from the vocabulary for words it does not contain:
 * only those of the highest similarity (several only on a tie), so a typo
 * finds what the right spelling finds rather than three words' worth of
 * documents. A known word is never corrected, nor is a last word that
 * begins a known one (it is still being typed, and matches as a prefix).
 */
export const similarWords = async (db: TransactionDb, terms: SQL, words: string[]) => {
  const similar = new Map<string, string[]>()
  if (words.length === 0) return similar
  const { rows } = await db.execute(sql`
    select word, term from (
      select w.word, t.term, t.score, max(t.score) over (partition by w.word) as best
      from unnest(${sql.param(words)}::text[]) with ordinality as w(word, n)
      cross join lateral (
        select term, similarity(term, w.word) as score from ${terms}
        where term % w.word and term <> w.word
        order by score desc, term
        limit 5
      ) t
      where length(w.word) >= ${MIN_TYPO_LENGTH}
        and not exists (select 1 from ${terms} e where e.term = w.word)
        and not (w.n = ${words.length} and exists (select 1 from ${terms} e where e.term like w.word || '%'))
    ) candidates
    where score = best
    order by word, term`)
  for (const row of rows) {
    const word = String(row.word)
    similar.set(word, [...(similar.get(word) ?? []), String(row.term)])
  }
  return similar
}

/**
 * A tsquery text as both configurations the index is built with: English
 * rows are stemmed (`english`), Urdu and Pashto rows are not (`simple`), so
 * each row must be matched with the query its own `fts` was built with.
 */
const perConfig = (text: string) => ({
  en: sql`to_tsquery('english'::regconfig, ${text})`,
  other: sql`to_tsquery('simple'::regconfig, ${text})`,
})

/** Whether an index row matches a tsquery text, in the row's own configuration (index-friendly). */
const matches = (text: string) => {
  const q = perConfig(text)
  return sql`((locale = 'en' and fts @@ ${q.en}) or (locale <> 'en' and fts @@ ${q.other}))`
}

/**
 * The WHERE parts of a search over the index table, shared by the search
 * endpoint and the map (which follows the same query and filters): `base`
 * (text match in any language, dates) and one condition per facet filter.
 * Without a query `base` keeps the reader's rows only (every document has one
 * per locale), so browsing reads a third of the rows; with one, a document
 * matches through any of its rows, and `tier` and `rank` say how well.
 */
export const searchConditions = async (
  payload: Payload,
  params: Omit<SearchParams, 'page' | 'limit'>,
  options: Pick<SanitizedSearchOptions, 'indexSlug' | 'synonymsSlug'>,
) => {
  const [synonyms, similar] = await Promise.all([
    loadSynonyms(payload, options.synonymsSlug),
    similarWords(
      poolDb(payload),
      searchTables(payload, options).terms,
      planQuery(params.q, [], new Map()).words,
    ),
  ])
  const plan = planQuery(params.q, synonyms, similar)
  const texts = plan.tsquery
  const match = texts ? matches(texts.typo) : null
  /** 0 exact, 1 prefix, 2 typo correction: the first order of results. */
  const tier = texts
    ? sql`case when ${matches(texts.exact)} then 0 when ${matches(texts.prefix)} then 1 else 2 end`
    : sql`0`
  const rankQuery = texts ? perConfig(texts.typo) : null
  const rank = rankQuery
    ? sql`ts_rank_cd(fts, case when locale = 'en' then ${rankQuery.en} else ${rankQuery.other} end, 32)`
    : sql`0`
  /** The query as the configuration of a row's `locale` column reads it (for snippets). */
  const queryFor = (locale: SQL) =>
    rankQuery ? sql`case when ${locale} = 'en' then ${rankQuery.en} else ${rankQuery.other} end` : null

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
    match ?? sql`locale = ${params.locale}`,
    ...(params.from ? [sql`published_at >= ${params.from}::date`] : []),
    ...(params.to ? [sql`published_at < (${params.to}::date + 1)`] : []),
  ]
  return { plan, similar, filters, base, tier, rank, queryFor }
}
