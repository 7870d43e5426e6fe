import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { OutboxTopic } from '../../outbox'
import type { SearchableCollection } from '../types'
import type { MeiliDocument, MeiliSettings } from './client'

import { poolDb } from '../../../utilities/db'
import { searchOptionsOf } from '../options'
import { searchTables } from '../tables'
import { meiliId, meiliIndex, meiliSettings, meiliTermsIndex } from './client'
import { meiliDocumentOf, vocabularyOf } from './documents'

/** What a `search.sync` outbox entry carries. */
export interface SearchSyncPayload {
  collection: SearchableCollection
  docId: number
}

/** The PostgreSQL index rows of some documents, shaped for Meilisearch. */
export const readDocuments = async (
  payload: Payload,
  collection: SearchableCollection,
  ids: number[],
): Promise<MeiliDocument[]> => {
  const { index } = searchTables(payload, searchOptionsOf(payload))
  const { rows } = await poolDb(payload).execute(sql`
    select * from ${index} where doc_collection = ${collection} and doc_id = any(${sql.param(ids)}::numeric[])`)
  return rows.map((r) => meiliDocumentOf(collection, r))
}

/**
 * Mirrors documents' PostgreSQL index rows into Meilisearch: adds what is
 * there, deletes the locales that are not (unpublished or deleted), and adds
 * their words to the vocabulary index.
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
  if (documents.length > 0) {
    await index.addDocuments(documents, { primaryKey: 'id' })
    await meiliTermsIndex(settings).addDocuments(vocabularyOf(documents), { primaryKey: 'id' })
  }
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
