import type { Settings } from 'meilisearch'

import type { SynonymGroup } from '../postgres/tsquery'

import { ownField, READER_LOCALES } from './client'

/**
 * The order of results, rule by rule (Meilisearch sorts by the first rule,
 * then breaks ties with the next), to match PostgreSQL's tier, own language,
 * rank, recency:
 * - `words`: every word must match anyway (`matchingStrategy: 'all'`).
 * - `typo`, `exactness`: exact words above a prefix of the last word. Both
 *   count as zero typos; `exactness` puts documents holding the words as
 *   typed above those reached through a prefix (or a synonym). Corrected
 *   spellings never meet the other two in one answer: a word is corrected
 *   only when no document has it (corrections.ts).
 * - `sort`: where the `own_<locale>:desc` sort of a query applies, so the
 *   reader's language comes right after the tier and before text rank.
 * - `proximity`, `attribute`: the text rank (words close together, in the
 *   title rather than the body), like ts_rank.
 * - `docUpdatedAt:desc`: the most recently updated last, as PostgreSQL does.
 */
export const RANKING_RULES = [
  'words',
  'typo',
  'exactness',
  'sort',
  'proximity',
  'attribute',
  'docUpdatedAt:desc',
] as const

/** Synonym groups as Meilisearch takes them: every phrase maps to the others of its group. */
export const synonymMap = (groups: SynonymGroup[]) => {
  const map: Record<string, string[]> = {}
  for (const group of groups) {
    const phrases = group.map((words) => words.join(' '))
    for (const phrase of phrases) map[phrase] = phrases.filter((other) => other !== phrase)
  }
  return map
}

/**
 * The search index's settings. Typo tolerance is off here: Meilisearch would
 * accept every word one or two edits away, all alike (so "helth" finds
 * "health" and "heath", and even "health" finds "heath"); corrections are
 * chosen instead from the vocabulary index, the best spelling only, as
 * PostgreSQL chooses them.
 */
export const mainIndexSettings = (synonyms: SynonymGroup[]): Settings => ({
  searchableAttributes: ['normTitle', 'normSummary', 'normBody', 'normTerms'],
  rankingRules: [...RANKING_RULES],
  // One hit per document whichever locale's row matched, as in PostgreSQL.
  distinctAttribute: 'docKey',
  filterableAttributes: ['docKey', 'locale', 'type', 'category', 'district', 'tags', 'status', 'publishedAt'],
  sortableAttributes: ['publishedAt', 'docUpdatedAt', ...READER_LOCALES.map(ownField)],
  typoTolerance: { enabled: false },
  synonyms: synonymMap(synonyms),
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 100 },
})

/**
 * The vocabulary index's settings: here typo tolerance finds the candidate
 * spellings of a word (from 4 letters, as PostgreSQL corrects, and two edits
 * from 8), the exact word and its prefixes first.
 */
export const termsIndexSettings = (): Settings => ({
  searchableAttributes: ['term'],
  rankingRules: ['words', 'typo', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 1000 },
})
