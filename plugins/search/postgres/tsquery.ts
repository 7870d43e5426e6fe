import { wordsOf } from '../normalize'

/** A group of equivalent phrases, each a list of normalized words. */
export type SynonymGroup = string[][]

export interface QueryPlan {
  /**
   * Texts for `to_tsquery`, or null to match everything. Each is at least as
   * wide as the one before it, so a document's tier is the first it matches:
   * `exact` (whole words and synonyms), `prefix` (the last word as a prefix
   * too, so results follow typing) and `typo` (close spellings as well). The
   * search matches `typo`; when nothing was corrected it equals `prefix`.
   */
  tsquery: { exact: string; prefix: string; typo: string } | null
  /** The normalized query words, in order. */
  words: string[]
  /** The query with its corrections applied, when any word was corrected. */
  corrected: string | null
}

const phrase = (words: string[], prefix = false) =>
  words.map((w, i) => `'${w}'${prefix && i === words.length - 1 ? ':*' : ''}`).join(' <-> ')

const startsWithAt = (words: string[], at: number, candidate: string[]) =>
  candidate.length > 0 && candidate.every((w, i) => words[at + i] === w)

const anyOf = (alternatives: string[]) =>
  alternatives.length > 1 ? `(${alternatives.join(' | ')})` : alternatives[0]!

/**
 * Turns what the reader typed into tsqueries: every word must match (AND);
 * any synonym group whose phrase appears in the query matches as the whole
 * group; each unknown word may also match its best corrections (typo
 * tolerance); the last word matches as a prefix. Lexemes are letters and
 * digits only, so nothing typed can inject tsquery operators.
 */
export const planQuery = (q: string, synonyms: SynonymGroup[], similar: Map<string, string[]>): QueryPlan => {
  const words = wordsOf(q).slice(0, 12)
  if (words.length === 0) return { tsquery: null, words, corrected: null }
  const exact: string[] = []
  const prefix: string[] = []
  const typo: string[] = []
  // Words inside a synonym phrase are never "corrected": the phrase matched as typed.
  const fixed = [...words]
  for (let at = 0; at < words.length;) {
    const group = synonyms.find((g) => g.some((p) => startsWithAt(words, at, p)))
    const matched = group?.filter((p) => startsWithAt(words, at, p)).sort((a, b) => b.length - a.length)[0]
    if (group && matched) {
      const part = anyOf(group.map((p) => phrase(p)))
      exact.push(part)
      prefix.push(part)
      typo.push(part)
      at += matched.length
      continue
    }
    const word = words[at]!
    const last = at === words.length - 1
    exact.push(phrase([word]))
    prefix.push(phrase([word], last))
    const corrections = similar.get(word) ?? []
    typo.push(anyOf([phrase([word], last), ...corrections.map((w) => phrase([w]))]))
    if (corrections[0]) fixed[at] = corrections[0]
    at += 1
  }
  return {
    tsquery: { exact: exact.join(' & '), prefix: prefix.join(' & '), typo: typo.join(' & ') },
    words,
    corrected: fixed.some((w, i) => w !== words[i]) ? fixed.join(' ') : null,
  }
}
