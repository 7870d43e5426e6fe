import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import { reindexDocuments } from './hooks/syncDocument'
import { meiliSettings } from './meilisearch/client'
import { pushDocuments } from './meilisearch/sync'
import { SEARCHABLE_COLLECTIONS, type SearchableCollection } from './types'

export interface ReindexOptions {
  batchSize?: number
  /** Only documents matching these conditions (all documents of the listed collections otherwise). */
  only?: Partial<Record<SearchableCollection, Where>>
  onProgress?: (done: number, total: number) => void
}

/**
 * Rebuilds the index in batches (one transaction each): everything, for
 * seeded data, a changed indexing rule or drift; or only the documents that
 * show a renamed category, district or tag.
 */
export const reindexAll = async (
  payload: Payload,
  { batchSize = 500, only, onProgress }: ReindexOptions = {},
) => {
  const collections = only ? SEARCHABLE_COLLECTIONS.filter((c) => only[c]) : SEARCHABLE_COLLECTIONS
  const totals = await Promise.all(
    collections.map((collection) =>
      payload.count({ collection, where: only?.[collection], overrideAccess: true }),
    ),
  )
  const total = totals.reduce((sum, t) => sum + t.totalDocs, 0)
  let done = 0
  onProgress?.(done, total)
  for (const collection of collections) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        where: only?.[collection],
        depth: 0,
        limit: batchSize,
        page,
        sort: 'id',
        select: {},
        overrideAccess: true,
      })
      const ids = docs.map((doc) => doc.id as number)
      if (ids.length > 0) {
        const req = await createLocalReq({}, payload)
        await payload.db.beginTransaction().then(async (id) => {
          req.transactionID = id ?? undefined
          try {
            await reindexDocuments(req, collection, ids)
            if (id) await payload.db.commitTransaction(id)
          } catch (error) {
            if (id) await payload.db.rollbackTransaction(id)
            throw error
          }
        })
      }
      const meili = meiliSettings()
      if (meili && ids.length > 0) await pushDocuments(payload, meili, collection, ids)
      done += ids.length
      onProgress?.(done, total)
      if (!hasNextPage) break
    }
  }
  return { total: done }
}
