import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { OutboxTopic } from '../../outbox'
import type { SearchableCollection } from '../types'
import type { MeiliDocument, MeiliSettings } from './client'

import { poolDb } from '../../../utilities/db'
import { searchOptionsOf } from '../options'
import { searchTables } from '../tables'
import { meiliDocKey, meiliId, meiliIndex, meiliSettings } from './client'

/** What a `search.sync` outbox entry carries. */
export interface SearchSyncPayload {
  collection: SearchableCollection
  docId: number
}

const epoch = (value: unknown) => (value ? Math.floor(new Date(value as string).getTime() / 1000) : null)

/** The PostgreSQL index rows of some documents, shaped for Meilisearch. */
export const readDocuments = async (
  payload: Payload,
  collection: SearchableCollection,
  ids: number[],
): Promise<MeiliDocument[]> => {
  const { index } = searchTables(payload, searchOptionsOf(payload))
  const { rows } = await poolDb(payload).execute(sql`
    select * from ${index} where doc_collection = ${collection} and doc_id = any(${sql.param(ids)}::numeric[])`)
  return rows.map((r) => ({
    id: meiliId(collection, Number(r.doc_id), String(r.locale)),
    type: collection,
    docId: Number(r.doc_id),
    docKey: meiliDocKey(collection, Number(r.doc_id)),
    locale: String(r.locale),
    translated: r.translated !== false,
    slug: (r.slug as string | null) ?? null,
    title: String(r.title),
    summary: (r.summary as string | null) ?? null,
    category: r.category === null ? null : Number(r.category),
    district: r.district === null ? null : Number(r.district),
    tags: (r.tags as number[] | null) ?? [],
    status: (r.status as string | null) ?? null,
    publishedAt: epoch(r.published_at),
    docUpdatedAt: epoch(r.doc_updated_at),
    normTitle: String(r.norm_title ?? ''),
    normSummary: String(r.norm_summary ?? ''),
    normBody: String(r.norm_body ?? ''),
    normTerms: String(r.norm_terms ?? ''),
  }))
}

/**
 * Mirrors documents' PostgreSQL index rows into Meilisearch: adds what is
 * there, deletes the locales that are not (unpublished or deleted).
 */
export const pushDocuments = async (
  payload: Payload,
  settings: MeiliSettings,
  collection: SearchableCollection,
  ids: number[],
) => {
  const documents = await readDocuments(payload, collection, ids)
  const present = new Set(documents.map((d) => d.id))
  const locales = (payload.config.localization || { localeCodes: ['en'] }).localeCodes
  const gone = ids
    .flatMap((id) => locales.map((l) => meiliId(collection, id, l)))
    .filter((id) => !present.has(id))
  const index = meiliIndex(settings)
  if (gone.length > 0) await index.deleteDocuments(gone)
  if (documents.length > 0) await index.addDocuments(documents, { primaryKey: 'id' })
}

/**
 * The durable half of Meilisearch sync: the hooks write a `search.sync`
 * outbox entry in the edit's own transaction, and the outbox dispatcher
 * pushes it once the edit has committed, retrying with backoff until
 * Meilisearch accepts the change. Saving never waits for Meilisearch.
 */
export const searchSyncTopic: OutboxTopic = {
  topic: 'search.sync',
  backoffMs: 2000,
  maxBackoffMs: 60 * 60 * 1000,
  // Hourly once the backoff tops out: a Meilisearch outage of up to ~25 days is caught up.
  maxAttempts: 600,
  handle: async (entry, payload) => {
    const settings = meiliSettings()
    if (!settings) return
    const { collection, docId } = entry.payload as SearchSyncPayload
    await pushDocuments(payload, settings, collection, [docId])
  },
}
