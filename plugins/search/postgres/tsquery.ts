import { wordsOf } from '../normalize'

/** A group of equivalent phrases, each a list of normalized words. */
export type SynonymGroup = string[][]

export interface QueryPlan {
  /** Text for `to_tsquery`, or null to match everything. */
  tsquery: string | null
  /** The normalized query words, in order. */
  words: string[]
}

const phrase = (words: string[], prefix = false) =>
  words.map((w, i) => `'${w}'${prefix && i === words.length - 1 ? ':*' : ''}`).join(' <-> ')

const startsWithAt = (words: string[], at: number, candidate: string[]) =>
  candidate.length > 0 && candidate.every((w, i) => words[at + i] === w)

/**
 * Turns what the reader typed into a tsquery: every word must match (AND);
 * each word may also match its close spellings (typo tolerance) and any
 * synonym group whose phrase appears in the query; the last word matches as
 * a prefix so results follow typing. Lexemes are letters and digits only, so
 * nothing typed can inject tsquery operators.
 */
export const planQuery = (q: string, synonyms: SynonymGroup[], similar: Map<string, string[]>): QueryPlan => {
  const words = wordsOf(q).slice(0, 12)
  if (words.length === 0) return { tsquery: null, words }
  const parts: string[] = []
  for (let at = 0; at < words.length;) {
    const group = synonyms.find((g) => g.some((p) => startsWithAt(words, at, p)))
    const matched = group?.filter((p) => startsWithAt(words, at, p)).sort((a, b) => b.length - a.length)[0]
    if (group && matched) {
      parts.push(`(${group.map((p) => phrase(p)).join(' | ')})`)
      at += matched.length
      continue
    }
    const word = words[at]!
    const last = at === words.length - 1
    const alternatives = [phrase([word], last), ...(similar.get(word) ?? []).map((w) => phrase([w]))]
    parts.push(alternatives.length > 1 ? `(${alternatives.join(' | ')})` : alternatives[0]!)
    at += 1
  }
  return { tsquery: parts.join(' & '), words }
}
