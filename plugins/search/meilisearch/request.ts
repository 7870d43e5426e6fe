import type { MultiSearchQuery, RankingScoreDetails } from 'meilisearch'

import type { SearchHit } from '../postgres/query'
import type { SearchParams } from '../searchParams'

import { ownField } from './client'

export type Facet = 'type' | 'category' | 'district' | 'tags' | 'status'
export const FACETS: Facet[] = ['type', 'category', 'district', 'tags', 'status']

/** Marks Meilisearch puts around matches; control characters, so escaping the text leaves them be. */
export const PRE = '\u0001'
export const POST = '\u0002'

const quote = (value: string | number) => (typeof value === 'number' ? String(value) : JSON.stringify(value))

/**
 * The filter of every query: each facet filter but `except`. With a query
 * every locale's rows are searched (results are distinct per document); a
 * browse reads the reader's rows only.
 */
export const meiliFilter = (params: SearchParams, q: string, except?: Facet) => {
  const facets: Record<Facet, string | null> = {
    type: params.type ? `type IN [${params.type.map(quote).join(', ')}]` : null,
    category: params.category ? `category IN [${params.category.join(', ')}]` : null,
    district: params.district ? `district IN [${params.district.join(', ')}]` : null,
    tags: params.tags ? `tags IN [${params.tags.join(', ')}]` : null,
    status: params.status ? `status IN [${params.status.map(quote).join(', ')}]` : null,
  }
  return [
    ...(q ? [] : [`locale = ${quote(params.locale)}`]),
    ...(params.from ? [`publishedAt >= ${Date.parse(params.from) / 1000}`] : []),
    ...(params.to ? [`publishedAt < ${Date.parse(params.to) / 1000 + 86_400}`] : []),
    ...Object.entries(facets)
      .filter(([f, c]) => c && f !== except)
      .map(([, c]) => c!),
  ].join(' AND ')
}

/**
 * The requests of one search, sent together in one multi-search: the page of
 * hits first, then one facet count per facet under the other filters. `q` is
 * the query as words (corrected where it was), so no Meilisearch operator
 * ("…", -word) typed by a reader reaches it. Every word must match, as in
 * PostgreSQL; the reader's own language is sorted first (see ranking.ts for
 * where that sort sits among the ranking rules); a browse lists the most
 * recently updated first.
 */
export const meiliQueries = (indexUid: string, params: SearchParams, q: string): MultiSearchQuery[] => [
  {
    indexUid,
    q,
    filter: meiliFilter(params, q),
    matchingStrategy: 'all',
    page: params.page,
    hitsPerPage: params.limit,
    sort: q ? [`${ownField(params.locale)}:desc`] : ['docUpdatedAt:desc'],
    showRankingScore: true,
    showRankingScoreDetails: Boolean(q),
    attributesToCrop: ['summary'],
    cropLength: 30,
    attributesToHighlight: ['summary'],
    highlightPreTag: PRE,
    highlightPostTag: POST,
  },
  ...FACETS.map((facet): MultiSearchQuery => ({
    indexUid,
    q,
    filter: meiliFilter(params, q, facet),
    matchingStrategy: 'all',
    facets: [facet],
    limit: 0,
  })),
]

/**
 * How a hit matched, from Meilisearch's ranking details: a corrected query
 * matched by correction; a last word no document has as typed, as a prefix;
 * otherwise every word as typed is `exact` (the `exactness` rule counts
 * words found as typed) and fewer is the last word as a prefix (or a
 * synonym, which Meilisearch does not count as exact).
 */
export const matchOf = (
  details: RankingScoreDetails | undefined,
  how: { corrected: boolean; lastWordUnknown: boolean },
): SearchHit['match'] => {
  if (how.corrected) return 'typo'
  const exactness = details?.exactness as
    { matchType?: string; matchingWords?: number; maxMatchingWords?: number } | undefined
  if (!exactness) return null
  if (how.lastWordUnknown) return 'prefix'
  if (exactness.matchType === 'exactMatch' || exactness.matchType === 'matchesStart') return 'exact'
  return exactness.matchingWords !== undefined && exactness.matchingWords === exactness.maxMatchingWords
    ? 'exact'
    : 'prefix'
}
