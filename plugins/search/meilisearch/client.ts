import { Meilisearch } from 'meilisearch'

import { config } from '../../../utilities/config'

export interface MeiliSettings {
  host: string
  apiKey?: string
  indexUid: string
}

/**
 * Where Meilisearch is, when it is the search backend (`config().searchBackend`:
 * SEARCH_BACKEND, or unset, whether MEILISEARCH_HOST is); null means
 * PostgreSQL answers and nothing is sent to Meilisearch.
 */
export const meiliSettings = (): MeiliSettings | null => {
  const { searchBackend, MEILISEARCH_HOST, MEILISEARCH_API_KEY, MEILISEARCH_INDEX } = config()
  if (searchBackend !== 'meilisearch' || !MEILISEARCH_HOST) return null
  return { host: MEILISEARCH_HOST, apiKey: MEILISEARCH_API_KEY, indexUid: MEILISEARCH_INDEX }
}

let client: { key: string; value: Meilisearch } | undefined

export const meiliIndex = (settings: MeiliSettings) => {
  const key = `${settings.host}|${settings.apiKey ?? ''}`
  if (client?.key !== key) {
    // Explicit timeout: a hung Meilisearch must not hold a search request open.
    client = { key, value: new Meilisearch({ host: settings.host, apiKey: settings.apiKey, timeout: 5000 }) }
  }
  return client.value.index<MeiliDocument>(settings.indexUid)
}

/** A search-index row as Meilisearch stores it; dates as epoch seconds so they filter and sort. */
export interface MeiliDocument {
  id: string
  type: string
  docId: number
  /** The document across its locales (`resources-12`): results are distinct on it. */
  docKey: string
  locale: string
  translated: boolean
  slug: string | null
  title: string
  summary: string | null
  category: number | null
  district: number | null
  tags: number[]
  status: string | null
  publishedAt: number | null
  docUpdatedAt: number | null
  normTitle: string
  normSummary: string
  normBody: string
  normTerms: string
}

export const meiliDocKey = (collection: string, docId: number) => `${collection}-${docId}`

export const meiliId = (collection: string, docId: number, locale: string) =>
  `${collection}-${docId}-${locale}`
