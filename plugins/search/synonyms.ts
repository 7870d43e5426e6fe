import type { Payload } from 'payload'

import type { SynonymGroup } from './postgres/tsquery'

import { wordsOf } from './normalize'

let cache: { at: number; groups: SynonymGroup[] } | undefined
const TTL_MS = 30_000

/** Forgets the cached groups (called when an admin edits synonyms). */
export const invalidateSynonyms = () => {
  cache = undefined
}

/** Synonym groups as normalized word lists, cached briefly: they change rarely. */
export const loadSynonyms = async (payload: Payload, slug: string): Promise<SynonymGroup[]> => {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.groups
  const { docs } = await payload.find({
    collection: slug as 'search-synonyms',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const groups = docs
    .map((doc) => ((doc.terms as string[] | null) ?? []).map(wordsOf).filter((words) => words.length > 0))
    .filter((group) => group.length > 1)
  cache = { at: Date.now(), groups }
  return groups
}
