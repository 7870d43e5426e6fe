/**
 * `npm run search:reindex`: rebuilds the search index of every published
 * resource and post, in batches, with a progress bar.
 */
import { SingleBar } from 'cli-progress'

import { reindexAll } from '../plugins/search/reindex'
import { resetConfig } from '../utilities/config'
import { StartError, startDatabase } from './lib/database'
import { loadConfig } from './lib/env'
import { applyMigrations } from './lib/migrate'
import { withPayload } from './lib/payloadInstance'

const main = async () => {
  loadConfig()
  const database = await startDatabase()
  process.env.DATABASE_URL = database.url
  // The Payload config reads it through config(), which has read the environment already.
  resetConfig()
  try {
    const bar = new SingleBar({ format: 'search index [{bar}] {percentage}% | {value}/{total} documents' })
    const started = performance.now()
    const { total } = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return reindexAll(payload, {
        onProgress: (done, all) => (done === 0 ? bar.start(all, 0) : bar.update(done)),
      })
    })
    bar.stop()
    console.log(`Reindexed ${total} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await database.stop()
  }
}

// Done is done: on an external DATABASE_URL a connection left open somewhere (not found yet) would
// otherwise keep the process waiting after its last line (stopping the embedded server closes it).
main().then(
  () => process.exit(0),
  (error: unknown) => {
    // A StartError says what to do in its one line; anything else keeps its stack.
    console.error('Reindex failed:', error instanceof StartError ? error.message : error)
    process.exit(1)
  },
)
