import { existsSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AUTH_LIMITS } from '../../collections/users/authLimits'
import { interrupt, startScript, waitForOk } from '../helpers/startProcess'
import { ensureCheckoutBuilt, removeStartDirs, startEnv } from '../helpers/startRun'

/** `npm start` with DATABASE_URL: that database, and no embedded PostgreSQL. */
let env: NodeJS.ProcessEnv
let dataDir: string
let base: () => string
beforeAll(async () => {
  await ensureCheckoutBuilt()
  ;({ env, dataDir, base } = await startEnv())
}, 900_000)
afterAll(removeStartDirs)

describe('npm start against an external PostgreSQL (DATABASE_URL)', () => {
  const server = process.env.EXTERNAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `hujra_start_${Date.now().toString(36)}`

  it('uses that database and leaves the embedded one alone', async () => {
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`create database ${name}`)
    const url = new URL(server)
    url.pathname = `/${name}`
    const run = startScript('start', {
      ...env,
      DATABASE_URL: url.toString(),
      EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'must-not-exist'),
      SEED_ADMIN_PASSWORD: 'an-admin-password-from-env',
      SEED_DEMO_RESOURCES: '20',
    })
    try {
      await waitForOk(`${base()}/api/health`, run, 180_000)
      expect(run.output()).toContain('password: (SEED_ADMIN_PASSWORD)')
      const direct = new pg.Client({ connectionString: url.toString() })
      await direct.connect()
      const count = await direct.query('select count(*)::int as n from resources')
      await direct.end()
      expect(count.rows[0].n).toBe(20)
      expect(existsSync(path.join(dataDir, 'must-not-exist'))).toBe(false)
      // The CMS is served behind its own HTTP server (server/index.ts): a caller naming a new
      // X-Forwarded-For on every attempt is still one address to the sign-in limit.
      const statuses: number[] = []
      const limit = AUTH_LIMITS.login.perAddress.points
      for (let i = 0; i <= limit; i++) {
        const answer = await fetch(`${base()}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${i + 1}` },
          body: JSON.stringify({ email: `nobody-${i}@test.hujra`, password: 'wrong-password-guess' }),
        })
        statuses.push(answer.status)
      }
      expect(statuses).toEqual([...Array(limit).fill(401), 429])
      // In the minified production build too, each failed sign-in is audited (by error class, not by name).
      const audited = new pg.Client({ connectionString: url.toString() })
      await audited.connect()
      const events = await audited.query(
        "select type::text as type, count(*)::int as n from audit_events where type in ('login-failed', 'sign-in-limited') group by type",
      )
      await audited.end()
      expect(Object.fromEntries(events.rows.map((row) => [row.type, row.n]))).toEqual({
        'login-failed': limit,
        'sign-in-limited': 1,
      })
    } finally {
      expect(await interrupt(run)).toContain('Stopping…')
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }, 240_000)
})
