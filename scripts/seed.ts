/**
 * `npm run seed [-- --resources N]`: adds demo content (districts, categories,
 * tags and posts once; N new resources every run, 300 by default) with a
 * progress bar. Large N goes through batched inserts: 100,000 in seconds.
 */
import { parseArgs } from 'node:util'

import { SingleBar } from 'cli-progress'

import { resetConfig } from '../utilities/config'
import { StartError, startDatabase } from './lib/database'
import { loadConfig } from './lib/env'
import { applyMigrations } from './lib/migrate'
import { withPayload } from './lib/payloadInstance'
import { seedDemo } from './seed/index'

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: '300' },
    'batch-size': { type: 'string', default: '1000' },
  },
})

const resources = Number(values.resources)
const batchSize = Number(values['batch-size'])
if (!Number.isInteger(resources) || resources < 0 || !Number.isInteger(batchSize) || batchSize < 1) {
  console.error('Usage: npm run seed -- [--resources N] [--batch-size M]   (whole numbers, M ≥ 1)')
  process.exit(2)
}

const main = async () => {
  loadConfig()
  const database = await startDatabase()
  process.env.DATABASE_URL = database.url
  // The Payload config reads it through config(), which has read the environment already.
  resetConfig()
  try {
    // Imported after DATABASE_URL is set: the config reads it at load time.
    const bar = new SingleBar({
      format: 'resources    [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left',
      hideCursor: true,
    })
    const indexBar = new SingleBar({
      format: 'search index [{bar}] {percentage}% | {value}/{total} documents | {eta_formatted} left',
      hideCursor: true,
    })
    const started = performance.now()
    const result = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return seedDemo(payload, {
        resources,
        batchSize,
        onProgress: (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done)),
        onIndexProgress: (done, total) => {
          if (done > 0) return indexBar.update(done)
          bar.stop()
          indexBar.start(total, 0)
        },
      })
    })
    bar.stop()
    indexBar.stop()
    const seconds = (performance.now() - started) / 1000
    console.log(`Added ${result.resources} resources in ${seconds.toFixed(1)} s`)
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
    console.error('Seed failed:', error instanceof StartError ? error.message : error)
    process.exit(1)
  },
)
