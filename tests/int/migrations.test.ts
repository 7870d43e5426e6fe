import type { Payload } from 'payload'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

interface DrizzleKit {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

describe('migrations', () => {
  it('match the collection config: a schema change without a migration fails here', async () => {
    // The same comparison `payload migrate:create` makes: the last committed
    // snapshot against the schema the current config produces.
    const adapter = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const kit = adapter.requireDrizzleKit()
    const dir = path.resolve('migrations')
    const latest = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, 'no migration snapshot committed').toBeDefined()
    let before = JSON.parse(readFileSync(path.join(dir, latest!), 'utf8'))
    const after = await kit.generateDrizzleJson(adapter.schema)
    if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
    const pending = await kit.generateMigration(before, after)
    expect(pending, 'run `npm run migrate:create` and commit the result').toEqual([])
  })

  it('are all applied to the test database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false })
    const files = readdirSync(path.resolve('migrations')).filter((f) => /^\d.*\.ts$/.test(f))
    expect(docs.map((d) => d.name).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort())
  })
})
