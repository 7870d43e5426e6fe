import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { reindexDocuments } from './hooks/syncDocument'
import { meiliSettings } from './meilisearch/client'
import { pushDocuments } from './meilisearch/sync'
import { SEARCHABLE_COLLECTIONS } from './types'

/**
 * Rebuilds the index of every searchable collection in batches (one
 * transaction each), for seeded data, a changed indexing rule, or drift.
 */
export const reindexAll = async (
  payload: Payload,
  {
    batchSize = 500,
    onProgress,
  }: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
) => {
  const totals = await Promise.all(
    SEARCHABLE_COLLECTIONS.map((collection) => payload.count({ collection, overrideAccess: true })),
  )
  const total = totals.reduce((sum, t) => sum + t.totalDocs, 0)
  let done = 0
  onProgress?.(done, total)
  for (const collection of SEARCHABLE_COLLECTIONS) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
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
