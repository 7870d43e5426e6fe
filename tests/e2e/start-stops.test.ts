import { existsSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { interrupt, processesWithEnv, startScript, waitForOutput } from '../helpers/startProcess'
import { countRows, freshStart, killLeftovers, removeStartDirs, startEnv } from '../helpers/startRun'

/**
 * `npm start` refusing and stopping: a bad value stops it before anything
 * else, and SIGTERM during the first seeding leaves nothing running or
 * writing. None of these reach the build.
 */
let env: NodeJS.ProcessEnv
beforeAll(async () => {
  ;({ env } = await startEnv())
})
afterAll(removeStartDirs)

describe('npm start as people really start it: refusals and stops', () => {
  it.each(['PORT=abc', 'MAX_UPLOAD_SIZE_MB=-1', 'SEARCH_BACKEND=elastic'])(
    'a bad value (%s) stops it before anything else: one line naming the variable, exit code 1',
    async (assignment) => {
      const [name, value] = assignment.split('=') as [string, string]
      const run = startScript('start', { ...env, [name]: value })
      expect(await run.exited).toBe(1)
      // npm's own header lines ("> hujra@… start") aside, what is printed is the one line.
      const lines = run
        .output()
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('> '))
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^Configuration error: ${name} must `))])
      expect(lines[0]).toContain(JSON.stringify(value))
    },
    60_000,
  )

  it("SIGTERM during the first start's seeding stops the bootstrap, then PostgreSQL", async () => {
    const { dir, marker, env: runEnv } = await freshStart({ SEED_DEMO_RESOURCES: '100000' })
    const run = startScript('start', runEnv)
    try {
      await waitForOutput(run, 'Seeding demo content', 120_000)
      expect(processesWithEnv(marker).some((p) => p.command.includes('scripts/bootstrap.ts'))).toBe(true)
      const out = await interrupt(run, 'SIGTERM')
      expect(out).toContain('Embedded PostgreSQL stopped')
      expect(out).not.toMatch(/Could not start|exited unexpectedly/)
      // Nothing it started is left: no bootstrap seeding on, no PostgreSQL.
      expect(processesWithEnv(marker)).toEqual([])
      const pidFile = path.join(dir, 'postgres', 'postmaster.pid')
      expect(existsSync(pidFile)).toBe(false)
    } finally {
      killLeftovers(marker)
    }
  }, 180_000)

  it('SIGTERM during seeding into DATABASE_URL leaves nothing writing to that database', async () => {
    const server = process.env.EXTERNAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
    const name = `hujra_start_sigterm_${Date.now().toString(36)}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`create database ${name}`)
    const url = new URL(server)
    url.pathname = `/${name}`
    const { marker, env: runEnv } = await freshStart({
      DATABASE_URL: url.toString(),
      SEED_DEMO_RESOURCES: '100000',
    })
    const run = startScript('start', runEnv)
    try {
      await waitForOutput(run, 'Seeding demo content', 120_000)
      await interrupt(run, 'SIGTERM')
      expect(processesWithEnv(marker)).toEqual([])
      const tables = ['resources', 'districts', 'categories', 'tags', 'posts']
      const before = await Promise.all(tables.map((t) => countRows(url.toString(), t)))
      await new Promise((r) => setTimeout(r, 3000))
      expect(await Promise.all(tables.map((t) => countRows(url.toString(), t)))).toEqual(before)
    } finally {
      killLeftovers(marker)
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }, 180_000)
})
