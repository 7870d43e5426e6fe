import type { MeiliSettings } from './client'

import { meiliIndex } from './client'

let cache: { key: string; at: number; phrases: string[][] } | undefined
const TTL_MS = 30_000

/** Forgets the cached phrases (called whenever settings, synonyms among them, are pushed). */
export const forgetMeiliSynonyms = () => {
  cache = undefined
}

/**
 * The synonym phrases Meilisearch holds, as word lists, cached briefly like
 * loadSynonyms: the query's words inside one are matched as typed, never
 * corrected. Read from Meilisearch itself, so the search needs nothing else.
 */
export const meiliSynonymPhrases = async (settings: MeiliSettings): Promise<string[][]> => {
  const key = `${settings.host}|${settings.indexUid}`
  if (cache?.key === key && Date.now() - cache.at < TTL_MS) return cache.phrases
  const synonyms = await meiliIndex(settings).getSynonyms()
  const phrases = Object.keys(synonyms ?? {}).map((phrase) => phrase.split(' ').filter(Boolean))
  cache = { key, at: Date.now(), phrases }
  return phrases
}
