import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { reindexAll } from '../../plugins/search/reindex'
import { seedCampaigns } from './campaigns'
import { seedPledgeForm } from './pledgeForm'
import { generateResource } from './generateResource'
import { analyzeResourceTables, insertResources } from './insertResources'
import { seedPosts } from './posts'
import { seedOrganizations } from './profile'
import { createRandom } from './random'
import { seedSynonyms } from './synonyms'
import { seedTaxonomy } from './taxonomy'

export interface SeedOptions {
  /** How many resources to add. */
  resources: number
  /** Rows per transaction for the bulk insert. */
  batchSize?: number
  /** PRNG seed, so the same run produces the same catalogue. */
  seed?: number
  onProgress?: (done: number, total: number) => void
  /** The search index of the new resources, built once they are all written. */
  onIndexProgress?: (done: number, total: number) => void
}

/** Batches written at once, each in a transaction of its own, while the next is generated. */
const WRITERS = 2

/**
 * Demo content: the districts, categories and tags of the catalogue (created
 * once, matched by slug), a few posts, and `resources` new resources.
 */
export const seedDemo = async (payload: Payload, options: SeedOptions): Promise<{ resources: number }> => {
  const ids = await seedTaxonomy(payload)
  await seedSynonyms(payload)
  await seedPosts(payload)
  const pledgeForm = await seedPledgeForm(payload)
  await seedCampaigns(payload, { extra: async (seed) => (seed.pledgeForm ? { form: pledgeForm } : {}) })
  const organizations = await seedOrganizations(payload)

  const pool = payload.db.pool
  const existing = await pool.query<{ slug: string }>('select slug from resources where slug is not null')
  const taken = new Set(existing.rows.map((row) => row.slug))
  // Continue the sequence on later runs so `seed --resources N` adds N new ones.
  const random = createRandom((options.seed ?? 2026) + taken.size)
  const batchSize = options.batchSize ?? 1000

  let done = 0
  let first = Infinity
  options.onProgress?.(done, options.resources)
  // Generating a batch (Node) and writing the previous ones (PostgreSQL) overlap, so both cores work.
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  for (let start = 0; start < options.resources && failure === undefined; start += batchSize) {
    const size = Math.min(batchSize, options.resources - start)
    const batch = Array.from({ length: size }, () => generateResource(random, ids, taken))
    while (inFlight.size >= WRITERS) await Promise.race(inFlight)
    const task: Promise<void> = insertResources(payload, batch, organizations)
      .then((written) => {
        first = Math.min(first, ...written)
        done += written.length
        options.onProgress?.(done, options.resources)
      })
      .catch((error: unknown) => {
        failure ??= error
      })
      .finally(() => inFlight.delete(task))
    inFlight.add(task)
  }
  await Promise.all(inFlight)
  if (failure !== undefined) throw failure
  // The bulk insert bypasses the hooks that keep the search index in step: index what it added
  // (posts and campaigns went through Payload, whose hooks indexed them).
  if (done > 0) {
    await analyzeResourceTables(payload)
    await reindexAll(payload, { after: { resources: first - 1 }, onProgress: options.onIndexProgress })
  }
  return { resources: done }
}
