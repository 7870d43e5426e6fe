import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SearchParams } from '../searchParams'
import type { SanitizedSearchOptions } from '../types'

import { poolDb } from '../../../utilities/db'
import { searchTables } from '../tables'
import { type Facet, searchConditions } from './conditions'

export interface SearchHit {
  collection: string
  id: number
  slug: string | null
  title: string
  summary: string | null
  snippet: string
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
}

const escapeHtml = (column: SQL) =>
  sql`replace(replace(replace(coalesce(${column}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`

/**
 * Full-text search over the index in PostgreSQL: ranked matches with
 * highlighted snippets, and for each facet the counts under the other active
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
  const { config, query, plan, similar, filters, base } = await searchConditions(payload, params, options)

  const active = (except?: Facet) =>
    Object.entries(filters)
      .filter(([f, c]) => c && f !== except)
      .map(([, c]) => c!)
  /** Every filter but `except`, over the CTE's columns. */
  const others = (except?: Facet) => sql.join([sql`true`, ...active(except)], sql` and `)

  const offset = (params.page - 1) * params.limit
  // Rank and cut to one page first; snippets (costly) only for that page.
  const hitsQuery = db.execute(sql`
    select page.*,
      ${
        query
          ? sql`ts_headline(${config}, ${escapeHtml(sql`page.summary`)}, ${query},
              'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2')`
          : escapeHtml(sql`page.summary`)
      } as snippet
    from (
      select doc_collection, doc_id, slug, title, summary, status, category, district, published_at,
        doc_updated_at, id, ${query ? sql`ts_rank_cd(fts, ${query}, 32)` : sql`0`} as score
      from (select *, doc_collection::text as type from ${index}) as indexed
      where ${sql.join([...base, ...active()], sql` and `)}
      order by ${query ? sql`score desc,` : sql``} doc_updated_at desc, id
      limit ${params.limit} offset ${offset}
    ) as page
    order by page.score desc, page.doc_updated_at desc, page.id`)
  // Facet counts and the total from one scan: the text match is computed
  // once into a CTE, then each facet applies every filter but its own.
  const facetsQuery = db.execute(sql`
    with matched as materialized (
      select doc_collection::text as type, category, district, tags, status from ${index}
      where ${sql.join(base, sql` and `)}
    ),
    counted as (
      select 'total' as facet, null::text as value, count(*)::int as count from matched where ${others()}
      union all
      select 'type', type, count(*)::int from matched where ${others('type')} group by 2
      union all
      select 'category', category::text, count(*)::int from matched where ${others('category')} group by 2
      union all
      select 'district', district::text, count(*)::int from matched where ${others('district')} group by 2
      union all
      select 'status', status, count(*)::int from matched where ${others('status')} group by 2
      union all
      select 'tags', tag.value::text, count(*)::int
        from matched cross join jsonb_array_elements(matched.tags) as tag where ${others('tags')} group by 2
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

  return {
    q: params.q,
    locale: params.locale,
    page: params.page,
    limit: params.limit,
    totalDocs,
    totalPages: Math.ceil(totalDocs / params.limit),
    hits: hits.rows.map((r) => ({
      collection: String(r.doc_collection),
      id: Number(r.doc_id),
      slug: (r.slug as string | null) ?? null,
      title: String(r.title),
      summary: (r.summary as string | null) ?? null,
      snippet: String(r.snippet ?? ''),
      score: Number(r.score),
      status: (r.status as string | null) ?? null,
      category: r.category === null ? null : Number(r.category),
      district: r.district === null ? null : Number(r.district),
      publishedAt: r.published_at ? new Date(r.published_at as string).toISOString() : null,
    })),
    facets,
    didYouMean,
  }
}
