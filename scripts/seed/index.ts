import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { reindexAll } from '../../plugins/search/reindex'
import { seedCampaigns } from './campaigns'
import { seedPledgeForm } from './pledgeForm'
import { generateResource } from './generateResource'
import { insertResources } from './insertResources'
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
}

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
  options.onProgress?.(done, options.resources)
  while (done < options.resources) {
    const size = Math.min(batchSize, options.resources - done)
    const batch = Array.from({ length: size }, () => generateResource(random, ids, taken))
    await insertResources(payload, batch, organizations)
    done += size
    options.onProgress?.(done, options.resources)
  }
  // The bulk insert bypasses the hooks that keep the search index in step.
  await reindexAll(payload)
  return { resources: done }
}
