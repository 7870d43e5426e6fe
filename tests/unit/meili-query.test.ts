import { describe, expect, it } from 'vitest'

import { ownField, READER_LOCALES } from '../../plugins/search/meilisearch/client'
import {
  bestCorrections,
  correctWords,
  lastWordUnknown,
  similarity,
  synonymPositions,
  termLookups,
} from '../../plugins/search/meilisearch/corrections'
import { meiliDocumentOf, vocabularyOf } from '../../plugins/search/meilisearch/documents'
import {
  mainIndexSettings,
  RANKING_RULES,
  termsIndexSettings,
} from '../../plugins/search/meilisearch/ranking'
import { matchOf, meiliQueries } from '../../plugins/search/meilisearch/request'
import { normalizeText, wordsOf } from '../../plugins/search/normalize'
import { searchParamsSchema } from '../../plugins/search/searchParams'

const params = (query: Record<string, string>) => searchParamsSchema.parse(query)

describe('index settings', () => {
  it('ranks exact words, then a prefix, then the reader’s language, then text rank, then recency', () => {
    const rules = [...RANKING_RULES]
    const at = (rule: string) => rules.indexOf(rule as (typeof rules)[number])
    // Zero typos holds exact words and prefixes alike; exactness then puts the words as typed first.
    expect(at('typo')).toBeLessThan(at('exactness'))
    // The own-language sort applies after the tier and before the text rank.
    expect(at('exactness')).toBeLessThan(at('sort'))
    expect(at('sort')).toBeLessThan(at('proximity'))
    expect(at('sort')).toBeLessThan(at('attribute'))
    expect(rules.at(-1)).toBe('docUpdatedAt:desc')
    const settings = mainIndexSettings([[['bhu'], ['basic', 'health', 'unit']]])
    expect(settings.rankingRules).toEqual(rules)
    expect(settings.distinctAttribute).toBe('docKey')
    // Corrections come from the vocabulary (best spelling only), never from Meilisearch's own tolerance.
    expect(settings.typoTolerance).toEqual({ enabled: false })
    expect(settings.sortableAttributes).toEqual(
      expect.arrayContaining(['docUpdatedAt', 'own_en', 'own_ur', 'own_ps']),
    )
    expect(settings.synonyms).toEqual({ bhu: ['basic health unit'], 'basic health unit': ['bhu'] })
    expect(termsIndexSettings()).toMatchObject({
      searchableAttributes: ['term'],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    })
  })
})

describe('the search request', () => {
  it('searches every language, needs every word, sorts the reader’s language first, counts facets', () => {
    const queries = meiliQueries(
      'search',
      params({ q: 'ignored: q is passed already planned', locale: 'ur', status: 'active', district: '4,5' }),
      'water point',
    )
    expect(queries).toHaveLength(6)
    const [main, ...facets] = queries
    expect(main).toMatchObject({
      indexUid: 'search',
      q: 'water point',
      matchingStrategy: 'all',
      sort: ['own_ur:desc'],
      page: 1,
      hitsPerPage: 20,
      showRankingScore: true,
      showRankingScoreDetails: true,
      filter: 'district IN [4, 5] AND status IN ["active"]',
    })
    // No locale filter with a query: a document is found through any of its rows.
    expect(main!.filter).not.toContain('locale')
    expect(facets.map((f) => f.facets)).toEqual([['type'], ['category'], ['district'], ['tags'], ['status']])
    for (const facet of facets)
      expect(facet).toMatchObject({ q: 'water point', matchingStrategy: 'all', limit: 0 })
    // Each facet counts under every filter but its own.
    expect(facets[2]!.filter).toBe('status IN ["active"]')
    expect(facets[4]!.filter).toBe('district IN [4, 5]')
  })

  it('browses the reader’s rows, most recently updated first', () => {
    const [main] = meiliQueries('search', params({ locale: 'ps', from: '2026-01-01' }), '')
    expect(main).toMatchObject({
      q: '',
      sort: ['docUpdatedAt:desc'],
      showRankingScoreDetails: false,
      filter: `locale = "ps" AND publishedAt >= ${Date.parse('2026-01-01') / 1000}`,
    })
  })

  it('tells exact, prefix and corrected matches apart from the ranking details', () => {
    const plain = { corrected: false, lastWordUnknown: false }
    expect(matchOf({ exactness: { order: 2, matchType: 'exactMatch', score: 1 } }, plain)).toBe('exact')
    const noExact = (matchingWords: number) => ({
      exactness: { order: 2, matchType: 'noExactMatch', matchingWords, maxMatchingWords: 2, score: 0.5 },
    })
    expect(matchOf(noExact(2), plain)).toBe('exact')
    expect(matchOf(noExact(1), plain)).toBe('prefix')
    expect(matchOf(noExact(2), { corrected: true, lastWordUnknown: false })).toBe('typo')
    // No document has the last word as typed: Meilisearch's exactness skipped it.
    expect(
      matchOf(
        { exactness: { order: 2, matchType: 'matchesStart', score: 0.6 } },
        { ...plain, lastWordUnknown: true },
      ),
    ).toBe('prefix')
    expect(matchOf(undefined, plain)).toBeNull()
  })
})

describe('corrections from the vocabulary', () => {
  it('scores spellings as pg_trgm’s similarity() does', () => {
    // Values PostgreSQL 17's pg_trgm gives for the same pairs.
    expect(similarity('helth', 'health')).toBeCloseTo(0.44444445, 6)
    expect(similarity('helth', 'heath')).toBeCloseTo(0.33333334, 6)
    expect(similarity('clinik', 'clinic')).toBeCloseTo(0.5555556, 6)
    expect(similarity('ہسپتال', 'ہسپتل')).toBeCloseTo(0.44444445, 6)
    expect(similarity('zorbaks', 'zorbak')).toBeCloseTo(0.6666667, 6)
    expect(similarity('aaaa', 'aaa')).toBe(1)
  })

  it('corrects an unknown word to its best spelling only, never a known word or a word being typed', () => {
    const words = ['zqword', 'helth', 'post']
    const candidates = new Map([
      ['zqword', ['zqword']],
      ['helth', ['health', 'heath', 'healthy']],
      ['post', ['post', 'posts']],
    ])
    const similar = bestCorrections(words, new Set(), candidates)
    expect([...similar]).toEqual([['helth', ['health']]])
    expect(correctWords(words, similar)).toEqual({
      words: ['zqword', 'health', 'post'],
      q: 'zqword health post',
      corrected: 'zqword health post',
    })
    // A corrected last word is searched whole (the trailing space), never as a prefix.
    expect(correctWords(['zqword', 'helth'], similar).q).toBe('zqword health ')
    // Spelt right, nothing is corrected and nothing is widened.
    const right = bestCorrections(['zqword', 'heath'], new Set(), new Map([['heath', ['heath', 'health']]]))
    expect(right.size).toBe(0)
    expect(correctWords(['zqword', 'heath'], right)).toEqual({
      words: ['zqword', 'heath'],
      q: 'zqword heath',
      corrected: null,
    })
    // The last word beginning a known word is still being typed.
    expect(bestCorrections(['clin'], new Set(), new Map([['clin', ['clinic', 'cling']]])).size).toBe(0)
    // Not the last word: corrected.
    expect([
      ...bestCorrections(['clinik', 'zq'], new Set(), new Map([['clinik', ['clinic', 'clinics']]])),
    ]).toEqual([['clinik', ['clinic']]])
    // Inside a synonym phrase, or too short, or nothing similar enough: left as typed.
    expect(bestCorrections(['helth'], new Set([0]), new Map([['helth', ['health']]])).size).toBe(0)
    expect(bestCorrections(['hlt'], new Set(), new Map([['hlt', ['halt']]])).size).toBe(0)
    expect(bestCorrections(['qqqq'], new Set(), new Map([['qqqq', ['quiz']]])).size).toBe(0)
  })

  it('keeps every spelling of a tie, alphabetically, and searches the first', () => {
    const similar = bestCorrections(['abcdx'], new Set(), new Map([['abcdx', ['abcdz', 'abcdy']]]))
    expect([...similar]).toEqual([['abcdx', ['abcdy', 'abcdz']]])
    expect(correctWords(['abcdx'], similar).corrected).toBe('abcdy')
  })

  it('looks up words long enough to correct and the last word, not synonym words', () => {
    const words = ['bhu', 'basic', 'helth', 'helth', 'cli']
    const fixed = synonymPositions(words, [['basic', 'health', 'unit'], ['bhu']])
    expect([...fixed]).toEqual([0])
    const { lookup, queries } = termLookups('search-terms', words, fixed)
    expect(lookup).toEqual(['basic', 'helth', 'cli'])
    expect(queries[1]).toEqual({
      indexUid: 'search-terms',
      q: 'helth',
      limit: 50,
      attributesToRetrieve: ['term'],
    })
    expect([...synonymPositions(['x', 'basic', 'health', 'unit'], [['basic', 'health', 'unit']])]).toEqual([
      1, 2, 3,
    ])
    expect(lastWordUnknown(words, new Map([['cli', ['click', 'clinic']]]))).toBe(true)
    expect(lastWordUnknown(words, new Map([['cli', ['cli']]]))).toBe(false)
    expect(lastWordUnknown(words, new Map())).toBe(false)
  })
})

describe('documents', () => {
  const row = {
    doc_id: '12',
    locale: 'ur',
    translated: true,
    title: 'چھوٹا ہسپتال',
    norm_title: normalizeText('چھوٹا ہسپتال 2026 ab'),
    norm_summary: 'small hospital',
    category: null,
    published_at: '2026-01-02T00:00:00.000Z',
  }

  it('marks the row of the reader’s own language, never English standing in', () => {
    const doc = meiliDocumentOf('resources', row)
    expect(doc).toMatchObject({
      id: 'resources-12-ur',
      docKey: 'resources-12',
      own_ur: 1,
      own_en: 0,
      own_ps: 0,
    })
    expect(doc.publishedAt).toBe(Date.parse('2026-01-02') / 1000)
    const standIn = meiliDocumentOf('resources', { ...row, locale: 'ps', translated: false })
    expect(READER_LOCALES.map((l) => standIn[ownField(l)])).toEqual([0, 0, 0])
  })

  it('adds the words PostgreSQL’s vocabulary keeps, with ids Meilisearch accepts', () => {
    const terms = vocabularyOf([meiliDocumentOf('resources', row)])
    // Rows hold folded text already; the numbers and two-letter words are not kept.
    expect(terms.map((t) => t.term)).toEqual(['hospital', 'small', ...wordsOf('چھوٹا ہسپتال')].sort())
    for (const t of terms) {
      expect(t.id).toMatch(/^[0-9a-f]+$/)
      expect(Buffer.from(t.id, 'hex').toString('utf8')).toBe(t.term)
    }
  })
})
