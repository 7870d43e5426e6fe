import type { MultiSearchParams } from 'meilisearch'

import type { SearchParams } from '../searchParams'
import type { SearchResult } from '../postgres/query'
import type { MeiliDocument, MeiliSettings, MeiliTerm } from './client'

import { wordsOf } from '../normalize'
import { meiliClient, meiliIndex, meiliTermsUid } from './client'
import { bestCorrections, correctWords, lastWordUnknown, synonymPositions, termLookups } from './corrections'
import { FACETS, matchOf, meiliQueries, POST, PRE } from './request'
import { meiliSynonymPhrases } from './synonymCache'

/** As many words as PostgreSQL reads of a query (postgres/tsquery.ts). */
const MAX_WORDS = 12

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
/** Meilisearch does not escape; mark with control characters, escape, then turn them into <mark>. */
const toSnippet = (text: string) => escapeHtml(text).replaceAll(PRE, '<mark>').replaceAll(POST, '</mark>')

const quote = (value: string) => JSON.stringify(value)

/**
 * The query's words with misspellings corrected from the vocabulary index:
 * one multi-search reads each word's candidate spellings.
 */
const planWords = async (settings: MeiliSettings, words: string[]) => {
  if (words.length === 0) return { words, q: '', corrected: null, lastWordUnknown: false }
  const fixed = synonymPositions(words, await meiliSynonymPhrases(settings))
  const { lookup, queries } = termLookups(meiliTermsUid(settings), words, fixed)
  const candidates = new Map<string, string[]>()
  if (queries.length > 0) {
    const { results } = await meiliClient(settings).multiSearch<MultiSearchParams, MeiliTerm>({ queries })
    results.forEach((result, i) => {
      candidates.set(
        lookup[i]!,
        result.hits.map((hit) => hit.term),
      )
    })
  }
  const corrected = correctWords(words, bestCorrections(words, fixed, candidates))
  return { ...corrected, lastWordUnknown: lastWordUnknown(words, candidates) }
}

/**
 * Meilisearch's answer to the same contract as `searchPostgres`: every
 * language's rows searched, one hit per document shown in the reader's
 * language, exact words above a prefix above a corrected spelling, the
 * reader's language first within each, a misspelling corrected to its best
 * spelling only (see ranking.ts and corrections.ts).
 */
export const searchMeilisearch = async (
  settings: MeiliSettings,
  params: SearchParams,
): Promise<SearchResult> => {
  const plan = await planWords(settings, wordsOf(params.q).slice(0, MAX_WORDS))
  const { q } = plan
  const { results } = await meiliClient(settings).multiSearch<MultiSearchParams, MeiliDocument>({
    queries: meiliQueries(settings.indexUid, params, q),
  })
  const [main, ...facetAnswers] = results

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
  const found = main?.hits ?? []
  const elsewhere = found.filter((hit) => hit.locale !== params.locale)
  const readerRows = new Map<string, MeiliDocument>()
  if (elsewhere.length > 0) {
    const rows = await meiliIndex(settings).search('', {
      filter: `locale = ${quote(params.locale)} AND docKey IN [${elsewhere.map((h) => quote(h.docKey)).join(', ')}]`,
      limit: elsewhere.length,
    })
    for (const row of rows.hits) readerRows.set(row.docKey, row)
  }

  const totalDocs = main?.totalHits ?? 0
  const how = { corrected: plan.corrected !== null, lastWordUnknown: plan.lastWordUnknown }
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
        match: q ? matchOf(hit._rankingScoreDetails, how) : null,
        score: hit._rankingScore ?? 0,
        status: doc.status,
        category: doc.category,
        district: doc.district,
        publishedAt: doc.publishedAt ? new Date(doc.publishedAt * 1000).toISOString() : null,
      }
    }),
    facets,
    // As PostgreSQL: the correction is offered when even it finds nothing, and named when it found the hits.
    didYouMean: totalDocs === 0 ? plan.corrected : null,
    corrected: totalDocs > 0 ? plan.corrected : null,
  }
}
