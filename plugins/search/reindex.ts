import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import { bulkRecords } from './bulkRecords'
import { replaceRecords } from './postgres/writeRecords'
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
  { batchSize = 1000, only, onProgress }: ReindexOptions = {},
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
    let after = 0
    for (let page = 1; ; page++) {
      // A full rebuild walks the ids by keyset (an offset grows slower with every page);
      // a partial one asks Payload, which understands its `Where`.
      const ids = only
        ? (
            await payload.find({
              collection,
              where: only[collection],
              depth: 0,
              limit: batchSize,
              page,
              sort: 'id',
              select: {},
              overrideAccess: true,
            })
          ).docs.map((doc) => doc.id as number)
        : (
            await payload.db.pool.query<{ id: number }>(
              `select id from ${collection} where id > $1 order by id limit $2`,
              [after, batchSize],
            )
          ).rows.map((row) => row.id)
      after = ids.at(-1) ?? after
      if (ids.length > 0) {
        const req = await createLocalReq({}, payload)
        await payload.db.beginTransaction().then(async (id) => {
          req.transactionID = id ?? undefined
          try {
            await replaceRecords(req, collection, ids, await bulkRecords(req, collection, ids))
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
      if (ids.length < batchSize) break
    }
  }
  return { total: done }
}
