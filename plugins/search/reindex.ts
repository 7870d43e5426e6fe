import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import { bulkRecords } from './bulkRecords'
import { rebuildWriter } from './postgres/bulkWrite'
import { meiliSettings } from './meilisearch/client'
import { pushDocuments } from './meilisearch/sync'
import { SEARCHABLE_COLLECTIONS, type SearchableCollection } from './types'

export interface ReindexOptions {
  batchSize?: number
  /** Only documents matching these conditions (all documents of the listed collections otherwise). */
  only?: Partial<Record<SearchableCollection, Where>>
  /** Only the listed collections' documents with a greater id: the seed indexes what it added. */
  after?: Partial<Record<SearchableCollection, number>>
  /** Batches written at once, each on a connection of its own, while the next is read. @default 2 */
  writers?: number
  onProgress?: (done: number, total: number) => void
}

/**
 * Rebuilds the index in batches (one transaction each): everything, for
 * seeded data, a changed indexing rule or drift; or only the documents that
 * show a renamed category, district or tag. Reading a batch's rows (Node)
 * and writing the previous ones (PostgreSQL, which computes every row's
 * `tsvector`) overlap, so both of a machine's cores work.
 */
export const reindexAll = async (
  payload: Payload,
  { batchSize = 1000, only, after, writers = 2, onProgress }: ReindexOptions = {},
) => {
  const subset = only ?? after
  const collections = subset
    ? SEARCHABLE_COLLECTIONS.filter((c) => subset[c] !== undefined)
    : SEARCHABLE_COLLECTIONS
  const whereOf = (collection: SearchableCollection): Where | undefined =>
    only?.[collection] ?? (after ? { id: { greater_than: after[collection] } } : undefined)
  const totals = await Promise.all(
    collections.map((collection) =>
      payload.count({ collection, where: whereOf(collection), overrideAccess: true }),
    ),
  )
  const total = totals.reduce((sum, t) => sum + t.totalDocs, 0)
  const writer = rebuildWriter(payload)
  const meili = meiliSettings()
  // Reads go through the pool, outside any transaction: each write opens its own.
  const req = await createLocalReq({}, payload)
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  let done = 0
  onProgress?.(done, total)

  const write = (
    collection: SearchableCollection,
    ids: number[],
    records: Awaited<ReturnType<typeof bulkRecords>>,
  ) => {
    const task: Promise<void> = writer
      .write(collection, ids, records)
      .then(async () => {
        if (meili) await pushDocuments(payload, meili, collection, ids)
        done += ids.length
        onProgress?.(done, total)
      })
      .catch((error: unknown) => {
        failure ??= error
      })
      .finally(() => inFlight.delete(task))
    inFlight.add(task)
    return task
  }

  for (const collection of collections) {
    let last = after?.[collection] ?? 0
    for (let page = 1; failure === undefined; page++) {
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
              [last, batchSize],
            )
          ).rows.map((row) => row.id)
      last = ids.at(-1) ?? last
      if (ids.length > 0) {
        const records = await bulkRecords(req, collection, ids)
        while (inFlight.size >= writers) await Promise.race(inFlight)
        void write(collection, ids, records)
      }
      if (ids.length < batchSize) break
    }
  }
  await Promise.all(inFlight)
  if (failure !== undefined) throw failure
  // A rebuild may have written most of the table: fresh statistics keep its queries on their indexes
  // (where autovacuum is off, or has not come round yet, the planner would see the table as it was).
  if (!only && done > 0) await payload.db.pool.query(`analyze ${writer.table}`)
  return { total: done }
}
