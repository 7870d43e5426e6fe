import type { MultiSearchQuery } from 'meilisearch'

/** Words shorter than this are never corrected, as in PostgreSQL (postgres/conditions.ts). */
export const MIN_TYPO_LENGTH = 4
/** pg_trgm's default `similarity_threshold`: the `%` operator PostgreSQL corrects with. */
export const SIMILARITY_THRESHOLD = 0.3
/** How many candidate spellings are read per word: the prefixes and typos Meilisearch finds. */
export const CANDIDATES_PER_WORD = 50

/** A word's trigrams as pg_trgm makes them: padded with two spaces before and one after. */
export const trigrams = (word: string) => {
  const chars = Array.from(`  ${word.toLowerCase()} `)
  const set = new Set<string>()
  for (let i = 0; i + 3 <= chars.length; i += 1) set.add(chars.slice(i, i + 3).join(''))
  return set
}

/** pg_trgm's `similarity()` of two words: shared trigrams over all distinct trigrams. */
export const similarity = (a: string, b: string) => {
  const ta = trigrams(a)
  const tb = trigrams(b)
  let shared = 0
  for (const t of ta) if (tb.has(t)) shared += 1
  const all = ta.size + tb.size - shared
  return all === 0 ? 0 : shared / all
}

/**
 * The positions of query words that belong to a synonym phrase found in the
 * query: those matched as typed and are never corrected (as planQuery does).
 */
export const synonymPositions = (words: string[], phrases: string[][]) => {
  const fixed = new Set<number>()
  for (let at = 0; at < words.length; at += 1) {
    for (const phrase of phrases) {
      if (phrase.length > 0 && phrase.every((w, i) => words[at + i] === w)) {
        for (let i = 0; i < phrase.length; i += 1) fixed.add(at + i)
      }
    }
  }
  return fixed
}

/** The vocabulary keeps words of 3 letters or more (postgres/terms.ts). */
const MIN_TERM_LENGTH = 3

/**
 * The distinct words worth looking up in the vocabulary, and one vocabulary
 * search each: those long enough to be corrected, and the last word (whether
 * any document has it as typed tells an exact match from a prefix).
 */
export const termLookups = (termsUid: string, words: string[], fixed: Set<number>) => {
  const length = (w: string) => Array.from(w).length
  const worth = (w: string, i: number) =>
    !fixed.has(i) &&
    (length(w) >= MIN_TYPO_LENGTH || (i === words.length - 1 && length(w) >= MIN_TERM_LENGTH))
  const lookup = [...new Set(words.filter(worth))]
  const queries: MultiSearchQuery[] = lookup.map((word) => ({
    indexUid: termsUid,
    q: word,
    limit: CANDIDATES_PER_WORD,
    attributesToRetrieve: ['term'],
  }))
  return { lookup, queries }
}

/**
 * The best corrections for words the vocabulary does not contain, from the
 * candidates Meilisearch's typo tolerance found for each: only those of the
 * highest pg_trgm similarity (several only on a tie, alphabetical), so a
 * misspelling finds what the right spelling finds rather than every word a
 * typo or two away. A known word is never corrected, nor is a last word that
 * begins a known one (it is still being typed, and matches as a prefix).
 */
export const bestCorrections = (
  words: string[],
  fixed: Set<number>,
  candidates: Map<string, string[]>,
): Map<string, string[]> => {
  const similar = new Map<string, string[]>()
  words.forEach((word, at) => {
    const found = candidates.get(word)
    if (!found || fixed.has(at) || Array.from(word).length < MIN_TYPO_LENGTH || similar.has(word)) return
    if (found.includes(word)) return
    if (at === words.length - 1 && found.some((term) => term.startsWith(word))) return
    const scored = found
      .filter((term) => term !== word)
      .map((term) => ({ term, score: similarity(term, word) }))
      .filter((c) => c.score >= SIMILARITY_THRESHOLD)
    const best = Math.max(...scored.map((c) => c.score))
    const top = scored
      .filter((c) => c.score === best)
      .map((c) => c.term)
      .sort()
    if (top.length > 0) similar.set(word, [...new Set(top)])
  })
  return similar
}

/**
 * The query sent to Meilisearch: each corrected word replaced by its best
 * correction. The misspelling itself is dropped rather than kept beside it:
 * no document has it (that is why it was corrected), and Meilisearch's query
 * has no OR. On a tie the alphabetically first spelling is searched, the one
 * PostgreSQL names in `corrected` too. A corrected last word is matched
 * whole, not as a prefix (as PostgreSQL matches corrections): a query ending
 * in a space makes Meilisearch read its last word as complete.
 */
export const correctWords = (words: string[], similar: Map<string, string[]>) => {
  const fixed = words.map((w) => similar.get(w)?.[0] ?? w)
  const changed = fixed.some((w, i) => w !== words[i])
  const lastCorrected = words.length > 0 && fixed.at(-1) !== words.at(-1)
  return {
    words: fixed,
    q: fixed.join(' ') + (lastCorrected ? ' ' : ''),
    corrected: changed ? fixed.join(' ') : null,
  }
}

/**
 * Whether no document has the last word as typed (it was looked up and is
 * not in the vocabulary): then every hit reached it as a prefix, whatever
 * Meilisearch's `exactness` says (it skips a word no document has).
 */
export const lastWordUnknown = (words: string[], candidates: Map<string, string[]>) => {
  const last = words.at(-1)
  const found = last === undefined ? undefined : candidates.get(last)
  return found !== undefined && !found.includes(last!)
}
