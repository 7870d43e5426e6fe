import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SearchParams } from '../searchParams'
import type { SanitizedSearchOptions } from '../types'

import { poolDb } from '../../../utilities/db'
import { searchTables } from '../tables'
import { escapeHtml, FRAGMENT_DELIMITER, withEllipses } from '../snippet'
import { type Facet, searchConditions } from './conditions'

export interface SearchHit {
  collection: string
  id: number
  slug: string | null
  /** In the reader's language, or English standing in for it (then `translated` is false). */
  title: string
  summary: string | null
  /** False when the title is English standing in for a missing translation. */
  translated: boolean
  snippet: string
  /** How the query matched: whole words, the last word as a prefix, or a corrected spelling. */
  match: 'exact' | 'prefix' | 'typo' | null
  score: number
  status: string | null
  category: number | null
  district: number | null
  publishedAt: string | null
}

export interface FacetValue {
  value: string | number
  count: number
}

export interface SearchResult {
  q: string
  locale: string
  page: number
  limit: number
  totalDocs: number
  totalPages: number
  hits: SearchHit[]
  facets: Record<'type' | 'category' | 'district' | 'tags' | 'status', FacetValue[]>
  didYouMean: string | null
  /** The query as corrected, when results include corrected spellings. */
  corrected: string | null
}

const escapeHtmlSql = (column: SQL) =>
  sql`replace(replace(replace(coalesce(${column}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`

const TIERS = ['exact', 'prefix', 'typo'] as const

/**
 * Full-text search over the index in PostgreSQL. A document matches through
 * its row in any language, and is listed once, in the reader's language.
 * The order is explicit: tier (exact words, then a prefix, then a corrected
 * spelling), then documents that match in the reader's own language (a row
 * actually translated, not English standing in), then ts_rank, then the most
 * recently updated. Facet counts count documents under the other active
 * filters (so choosing a district still shows how many there are per
 * category). Queries run in parallel on the pool.
 */
export const searchPostgres = async (
  payload: Payload,
  params: SearchParams,
  options: Pick<SanitizedSearchOptions, 'indexSlug' | 'synonymsSlug'>,
): Promise<SearchResult> => {
  const db = poolDb(payload)
  const { index } = searchTables(payload, options)
  const { plan, similar, filters, base, tier, rank, queryFor } = await searchConditions(
    payload,
    params,
    options,
  )

  const active = (except?: Facet) =>
    Object.entries(filters)
      .filter(([f, c]) => c && f !== except)
      .map(([, c]) => c!)
  /** Every filter but `except`, over the CTE's columns. */
  const others = (except?: Facet) => sql.join([sql`true`, ...active(except)], sql` and `)
  /**
   * One row per matching document. Facet columns are the document's, the
   * same in every locale's row, so any row's value will do. Scored (for the
   * hits), every filter applies at once, before the costlier tier and rank.
   */
  const documents = (scored: boolean) => sql`
    matched as materialized (
      select doc_collection, doc_id, type, category, district, tags, status,
        ${scored ? sql`${tier} as tier, ${rank} as rank, locale = ${params.locale} and coalesce(translated, true) as own` : sql`0 as tier`}
      from (select *, doc_collection::text as type from ${index}) as indexed
      where ${sql.join(scored ? [...base, ...active()] : base, sql` and `)}
    ),
    docs as (
      select doc_collection, doc_id, min(type) as type, min(category) as category,
        min(district) as district, (array_agg(tags))[1] as tags, min(status) as status
        ${scored ? sql`, min(tier) as tier, max(rank) as score, bool_or(own) as own` : sql``}
      from matched group by doc_collection, doc_id
    )`

  const offset = (params.page - 1) * params.limit
  const snippetQuery = queryFor(sql`page.locale`)
  // Rank and cut to one page first; snippets (costly) only for that page.
  const hitsQuery = db.execute(sql`
    with ${documents(true)}
    select page.*,
      ${
        snippetQuery
          ? sql`ts_headline(case when page.locale = 'en' then 'english'::regconfig else 'simple'::regconfig end,
              ${escapeHtmlSql(sql`page.summary`)}, ${snippetQuery},
              ${`StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`})`
          : escapeHtmlSql(sql`page.summary`)
      } as snippet
    from (
      select docs.tier, docs.score, docs.own, shown.doc_collection, shown.doc_id, shown.locale, shown.slug,
        shown.title, shown.summary, shown.translated, shown.status, shown.category, shown.district,
        shown.published_at, shown.doc_updated_at, shown.id
      from docs
      -- The reader's row (English when, unexpectedly, there is none).
      cross join lateral (
        select * from ${index} r
        where r.doc_collection = docs.doc_collection and r.doc_id = docs.doc_id
        order by r.locale = ${params.locale} desc, r.locale = 'en' desc
        limit 1
      ) shown
      order by docs.tier, docs.own desc, docs.score desc, shown.doc_updated_at desc, shown.id
      limit ${params.limit} offset ${offset}
    ) as page
    order by page.tier, page.own desc, page.score desc, page.doc_updated_at desc, page.id`)
  // Facet counts and the total from one scan of the matching documents;
  // each facet applies every filter but its own.
  const facetsQuery = db.execute(sql`
    with ${documents(false)},
    counted as (
      select 'total' as facet, null::text as value, count(*)::int as count from docs where ${others()}
      union all
      select 'type', type, count(*)::int from docs where ${others('type')} group by 2
      union all
      select 'category', category::text, count(*)::int from docs where ${others('category')} group by 2
      union all
      select 'district', district::text, count(*)::int from docs where ${others('district')} group by 2
      union all
      select 'status', status, count(*)::int from docs where ${others('status')} group by 2
      union all
      select 'tags', tag.value::text, count(*)::int
        from docs cross join jsonb_array_elements(docs.tags) as tag where ${others('tags')} group by 2
    )
    select facet, value, count from counted order by facet, count desc, value`)

  const [hits, counts] = await Promise.all([hitsQuery, facetsQuery])
  const facets: SearchResult['facets'] = { type: [], category: [], district: [], tags: [], status: [] }
  let total = 0
  for (const row of counts.rows) {
    const facet = String(row.facet)
    if (facet === 'total') total = Number(row.count)
    else if (row.value !== null && facets[facet as Facet].length < 100) {
      const value = String(row.value)
      facets[facet as Facet].push({
        value: facet === 'type' || facet === 'status' ? value : Number(value),
        count: Number(row.count),
      })
    }
  }
  const totalDocs = total

  let didYouMean: string | null = null
  if (totalDocs === 0 && plan.words.length > 0) {
    const corrected = plan.words.map((w) => similar.get(w)?.[0] ?? w)
    if (corrected.some((w, i) => w !== plan.words[i])) didYouMean = corrected.join(' ')
  }
  const mapped = hits.rows.map((r) => {
    const summary = (r.summary as string | null) ?? null
    return {
      collection: String(r.doc_collection),
      id: Number(r.doc_id),
      slug: (r.slug as string | null) ?? null,
      title: String(r.title),
      summary,
      translated: r.translated !== false,
      snippet: withEllipses(String(r.snippet ?? ''), escapeHtml(summary ?? '')),
      match: plan.tsquery ? (TIERS[Number(r.tier)] ?? null) : null,
      score: Number(r.score),
      status: (r.status as string | null) ?? null,
      category: r.category === null ? null : Number(r.category),
      district: r.district === null ? null : Number(r.district),
      publishedAt: r.published_at ? new Date(r.published_at as string).toISOString() : null,
    }
  })

  return {
    q: params.q,
    locale: params.locale,
    page: params.page,
    limit: params.limit,
    totalDocs,
    totalPages: Math.ceil(totalDocs / params.limit),
    hits: mapped,
    facets,
    didYouMean,
    corrected: totalDocs > 0 && mapped.some((h) => h.match === 'typo') ? plan.corrected : null,
  }
}
