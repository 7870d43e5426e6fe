import { Meilisearch } from 'meilisearch'

import { config } from '../../../utilities/config'
import { localization } from '../../../utilities/localization'

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

export const meiliClient = (settings: MeiliSettings) => {
  const key = `${settings.host}|${settings.apiKey ?? ''}`
  if (client?.key !== key) {
    // Explicit timeout: a hung Meilisearch must not hold a search request open.
    client = { key, value: new Meilisearch({ host: settings.host, apiKey: settings.apiKey, timeout: 5000 }) }
  }
  return client.value
}

export const meiliIndex = (settings: MeiliSettings) =>
  meiliClient(settings).index<MeiliDocument>(settings.indexUid)

/** The vocabulary's index: every word of the index, the candidates for a correction. */
export const meiliTermsUid = (settings: Pick<MeiliSettings, 'indexUid'>) => `${settings.indexUid}-terms`
export const meiliTermsIndex = (settings: MeiliSettings) =>
  meiliClient(settings).index<MeiliTerm>(meiliTermsUid(settings))

/** The languages a reader can read the site in; each has its own `own_<locale>` field. */
export const READER_LOCALES = localization.locales.map((l) => (typeof l === 'string' ? l : l.code))

/**
 * The field that is 1 on a row written in `locale` (actually translated, not
 * English standing in) and 0 on every other row: sorting on it puts the
 * reader's own language first (see ranking.ts).
 */
export const ownField = (locale: string) => `own_${locale}` as const

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
  [own: `own_${string}`]: number
}

/** One word of the vocabulary; the id is the word's UTF-8 in hex (ids allow only [A-Za-z0-9_-]). */
export interface MeiliTerm {
  id: string
  term: string
}

export const meiliTermId = (term: string) => Buffer.from(term, 'utf8').toString('hex')

export const meiliDocKey = (collection: string, docId: number) => `${collection}-${docId}`

export const meiliId = (collection: string, docId: number, locale: string) =>
  `${collection}-${docId}-${locale}`
