import { Meilisearch } from 'meilisearch'

export interface MeiliSettings {
  host: string
  apiKey?: string
  indexUid: string
}

/** Meilisearch is used when MEILISEARCH_HOST is set; PostgreSQL search otherwise. */
export const meiliSettings = (): MeiliSettings | null =>
  process.env.MEILISEARCH_HOST
    ? {
        host: process.env.MEILISEARCH_HOST,
        apiKey: process.env.MEILISEARCH_API_KEY || undefined,
        indexUid: process.env.MEILISEARCH_INDEX ?? 'hujra_search',
      }
    : null

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
  locale: string
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

export const meiliId = (collection: string, docId: number, locale: string) =>
  `${collection}-${docId}-${locale}`
