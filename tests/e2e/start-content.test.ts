import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { interrupt, startScript, waitForOk, waitForOutput } from '../helpers/startProcess'
import {
  countRows,
  ensureCheckoutBuilt,
  freshStart,
  killLeftovers,
  removeStartDirs,
} from '../helpers/startRun'

/** `npm start` on a database that `npm run seed` filled: no accounts, so it creates the admin and nothing else. */
let base: () => string
beforeAll(async () => {
  // The build is another file's to time; this one times the start on content.
  await ensureCheckoutBuilt()
}, 900_000)
afterAll(removeStartDirs)

describe('npm start as people really start it: on seeded content', () => {
  it('on content without accounts (as npm run seed leaves it) creates the admin, adds no demo content, serves in seconds', async () => {
    const {
      pgPort,
      marker,
      env: runEnv,
      base: at,
    } = await freshStart({
      SEED_ADMIN_PASSWORD: 'content-admin-password',
    })
    base = at
    const url = `postgres://postgres:postgres@127.0.0.1:${pgPort}/hujra`
    // Enough that the old reindex-everything path shows; the check itself must not grow with it.
    const seed = startScript('seed', runEnv, { args: ['--resources', '3000'] })
    expect(await seed.exited, seed.output()).toBe(0)
    // The seed command stops its PostgreSQL; count with it running again under npm start.
    const run = startScript('start', runEnv)
    try {
      const ms = await waitForOk(`${base()}/api/health`, run, 120_000)
      const out = await waitForOutput(run, 'Press Ctrl-C to stop')
      expect(out).toContain('already holds content: no demo content seeded')
      expect(out).not.toContain('Seeding demo content')
      expect(out).toContain('password: (SEED_ADMIN_PASSWORD)')
      expect(await countRows(url, 'resources')).toBe(3000)
      expect(await countRows(url, 'users')).toBe(1)
      const login = await fetch(`${base()}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@hujra.local', password: 'content-admin-password' }),
      })
      expect(login.status).toBe(200)
      console.log(`content without accounts: healthy after ${ms} ms`)
      // Seconds alone (the figure printed above); the ceiling allows for the files running beside it.
      expect(ms).toBeLessThan(45_000)
    } finally {
      expect(await interrupt(run)).toContain('Embedded PostgreSQL stopped')
      killLeftovers(marker)
    }
  }, 300_000)
})
