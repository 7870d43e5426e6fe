import type { SearchParams } from '../searchParams'
import type { SearchResult } from '../postgres/query'
import type { MeiliDocument, MeiliSettings } from './client'

import { normalizeText } from '../normalize'
import { meiliIndex } from './client'

type Facet = keyof SearchResult['facets']
const FACETS: Facet[] = ['type', 'category', 'district', 'tags', 'status']

const PRE = '\u0001'
const POST = '\u0002'
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
/** Meilisearch does not escape; mark with control characters, escape, then turn them into <mark>. */
const toSnippet = (text: string) => escapeHtml(text).replaceAll(PRE, '<mark>').replaceAll(POST, '</mark>')

const quote = (value: string | number) => (typeof value === 'number' ? String(value) : JSON.stringify(value))

/** Meilisearch's answer to the same contract as `searchPostgres`. */
export const searchMeilisearch = async (
  settings: MeiliSettings,
  params: SearchParams,
): Promise<SearchResult> => {
  const index = meiliIndex(settings)
  const filters: Record<Facet, string | null> = {
    type: params.type ? `type IN [${params.type.map(quote).join(', ')}]` : null,
    category: params.category ? `category IN [${params.category.join(', ')}]` : null,
    district: params.district ? `district IN [${params.district.join(', ')}]` : null,
    tags: params.tags ? `tags IN [${params.tags.join(', ')}]` : null,
    status: params.status ? `status IN [${params.status.map(quote).join(', ')}]` : null,
  }
  const q = normalizeText(params.q).trim()
  // With a query every locale's rows are searched (results are distinct per
  // document, see settings.ts); browsing reads the reader's rows only.
  const base = [
    ...(q ? [] : [`locale = ${quote(params.locale)}`]),
    ...(params.from ? [`publishedAt >= ${Date.parse(params.from) / 1000}`] : []),
    ...(params.to ? [`publishedAt < ${Date.parse(params.to) / 1000 + 86_400}`] : []),
  ]
  const filterExcept = (except?: Facet) =>
    [
      ...base,
      ...Object.entries(filters)
        .filter(([f, c]) => c && f !== except)
        .map(([, c]) => c!),
    ].join(' AND ')

  const [main, ...facetAnswers] = await Promise.all([
    index.search(q, {
      filter: filterExcept(),
      page: params.page,
      hitsPerPage: params.limit,
      ...(q ? {} : { sort: ['docUpdatedAt:desc'] }),
      showRankingScore: true,
      attributesToCrop: ['summary'],
      cropLength: 30,
      attributesToHighlight: ['summary'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    }),
    ...FACETS.map((facet) => index.search(q, { filter: filterExcept(facet), facets: [facet], limit: 0 })),
  ])

  const facets = Object.fromEntries(
    FACETS.map((facet, i) => {
      const distribution = facetAnswers[i]?.facetDistribution?.[facet] ?? {}
      const values = Object.entries(distribution)
        .map(([value, count]) => ({
          value: facet === 'type' || facet === 'status' ? value : Number(value),
          count,
        }))
        .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
      return [facet, values]
    }),
  ) as SearchResult['facets']

  // A hit found through another locale's row is shown from the reader's row.
  const found = main.hits as (MeiliDocument & { _formatted?: { summary?: string }; _rankingScore?: number })[]
  const elsewhere = found.filter((hit) => hit.locale !== params.locale)
  const readerRows = new Map<string, MeiliDocument>()
  if (elsewhere.length > 0) {
    const rows = await index.search('', {
      filter: `locale = ${quote(params.locale)} AND docKey IN [${elsewhere.map((h) => quote(h.docKey)).join(', ')}]`,
      limit: elsewhere.length,
    })
    for (const row of rows.hits as MeiliDocument[]) readerRows.set(row.docKey, row)
  }

  const totalDocs = main.totalHits ?? 0
  return {
    q: params.q,
    locale: params.locale,
    page: params.page,
    limit: params.limit,
    totalDocs,
    totalPages: Math.ceil(totalDocs / params.limit),
    hits: found.map((hit) => {
      const own = readerRows.get(hit.docKey)
      const doc = own ?? hit
      return {
        collection: doc.type,
        id: doc.docId,
        slug: doc.slug,
        title: doc.title,
        summary: doc.summary,
        translated: doc.translated !== false,
        snippet: own
          ? escapeHtml(own.summary ?? '')
          : toSnippet(hit._formatted?.summary ?? hit.summary ?? ''),
        // Meilisearch ranks typos and prefixes itself and does not say which it used.
        match: null,
        score: hit._rankingScore ?? 0,
        status: doc.status,
        category: doc.category,
        district: doc.district,
        publishedAt: doc.publishedAt ? new Date(doc.publishedAt * 1000).toISOString() : null,
      }
    }),
    facets,
    // Meilisearch already corrects typos itself; it has no separate suggestion.
    didYouMean: null,
    corrected: null,
  }
}
