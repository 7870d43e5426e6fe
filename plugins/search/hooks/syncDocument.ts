import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { SanitizedSearchOptions, SearchableCollection } from '../types'

import type { SearchSyncPayload } from '../meilisearch/sync'

import { config } from '../../../utilities/config'
import { enqueue } from '../../outbox'
import { buildRecords } from '../buildRecords'
import { replaceRecords } from '../postgres/writeRecords'

/**
 * Replaces documents' index rows with what is published now, in the same
 * transaction as the change, so the index never shows a rolled-back edit.
 */
export const reindexDocuments = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  ids: number[],
) => replaceRecords(req, collection, ids, await buildRecords(req, collection, ids))

/**
 * With Meilisearch configured, queue its update in the outbox, in the same
 * transaction: it is pushed once the edit has committed (never for a
 * rollback), and retried until Meilisearch takes it.
 */
const queueMeiliSync = async (req: PayloadRequest, collection: SearchableCollection, docId: number) => {
  if (config().searchBackend !== 'meilisearch') return
  await enqueue(req, 'search.sync', { collection, docId } satisfies SearchSyncPayload)
}

export const syncAfterChange =
  (options: SanitizedSearchOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    // Autosaves only touch a draft; the published text, and so the index, is unchanged.
    if (options.disabled || req.searchParams?.get('autosave') === 'true') return doc
    await reindexDocuments(req, collection.slug as SearchableCollection, [doc.id as number])
    await queueMeiliSync(req, collection.slug as SearchableCollection, doc.id as number)
    return doc
  }

export const syncAfterDelete =
  (options: SanitizedSearchOptions): CollectionAfterDeleteHook =>
  async ({ collection, id, req, doc }) => {
    if (options.disabled) return doc
    await replaceRecords(req, collection.slug as SearchableCollection, [Number(id)], [])
    await queueMeiliSync(req, collection.slug as SearchableCollection, Number(id))
    return doc
  }
