import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export const SEARCHABLE_COLLECTIONS = ['resources', 'posts'] as const
export type SearchableCollection = (typeof SEARCHABLE_COLLECTIONS)[number]

/** One row of the search index: a published document in one locale. */
export interface SearchRecord {
  docCollection: SearchableCollection
  docId: number
  locale: 'en' | 'ur' | 'ps'
  slug: string | null
  title: string
  /** False when `title` is English standing in for a missing translation. */
  translated: boolean
  summary: string | null
  category: number | null
  district: number | null
  tags: number[]
  status: string | null
  publishedAt: string | null
  docUpdatedAt: string | null
  normTitle: string
  normSummary: string
  normBody: string
  normTerms: string
}

export interface SearchPluginOptions {
  /**
   * Slug of the index collection the plugin adds.
   * @default 'search-index'
   */
  indexSlug?: string
  /**
   * Slug of the admin-editable synonyms collection.
   * @default 'search-synonyms'
   */
  synonymsSlug?: string
  /** Keeps the collections (and so the schema) but stops syncing. @default false */
  disabled?: boolean
}

export interface SanitizedSearchOptions {
  indexSlug: CollectionSlug
  synonymsSlug: CollectionSlug
  disabled: boolean
}

export type SyncContext = { payload: Payload; req: PayloadRequest; options: SanitizedSearchOptions }
