import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort, processesWithEnv, startScript } from './startProcess'

/**
 * What the `npm start` test files share: a start of their own with what a
 * fresh clone has (none of the test run's settings), its own data folder and
 * ports, so the files can run side by side in one checkout. The checkout's
 * builds are shared: `npm start` takes a lock while it builds, so a second
 * start waits and reuses the build (scripts/lib/buildLock.ts).
 */
export interface StartEnv {
  dataDir: string
  port: number
  env: NodeJS.ProcessEnv
  base: () => string
}

const dirs: string[] = []

/** Removes every data folder this file's starts made. */
export const removeStartDirs = async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
}

export const startEnv = async (extra: Record<string, string> = {}): Promise<StartEnv> => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hujra-start-'))
  // Run as root, PostgreSQL runs as the `postgres` user, which must reach its data folder.
  await chmod(dataDir, 0o755)
  dirs.push(dataDir)
  const port = await freePort()
  // What a fresh clone has: none of the test run's own settings.
  const inherited = { ...process.env }
  for (const key of [
    'NODE_ENV',
    'DATABASE_URL',
    'PAYLOAD_SECRET',
    'SEED_ADMIN_PASSWORD',
    'SEED_ADMIN_EMAIL',
    'FILES_DIR',
    'HUJRA_TEST_DATABASE_URL',
    // vitest's own (jobs off in-process); npm start turns the runner on when it is unset.
    'JOBS_AUTORUN',
  ]) {
    delete inherited[key]
  }
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'postgres'),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    PORT: String(port),
    SITE_PORT: String(await freePort()),
    REALTIME_PORT: String(await freePort()),
    SERVER_URL: `http://localhost:${port}`,
    ...extra,
  }
  return { dataDir, port, env, base: () => `http://127.0.0.1:${port}` }
}

/**
 * A start of its own plus a marker in the environment that every process it
 * starts inherits, so the test can find them all afterwards (whatever process
 * group they are in).
 */
export const freshStart = async (extra: Record<string, string> = {}) => {
  const started = await startEnv()
  const marker = randomBytes(8).toString('hex')
  const pgPort = Number(started.env.EMBEDDED_POSTGRES_PORT)
  return {
    ...started,
    dir: started.dataDir,
    pgPort,
    marker: `HUJRA_TEST_RUN=${marker}`,
    env: <NodeJS.ProcessEnv>{ ...started.env, HUJRA_TEST_RUN: marker, ...extra },
  }
}

export const killLeftovers = (marker: string) => {
  for (const { pid } of processesWithEnv(marker)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Gone.
    }
  }
}

export const countRows = async (url: string, table: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(`select count(*)::int as n from ${table}`)).rows[0].n as number
  } finally {
    await client.end()
  }
}

export const json = async (url: string, init?: RequestInit) => (await fetch(url, init)).json()

/**
 * Makes sure the checkout's CMS and site builds are current (`npm run build`,
 * which waits for a build another start is making), so a test that times a
 * start does not time a build.
 */
export const ensureCheckoutBuilt = async () => {
  const { env } = await startEnv()
  const run = startScript('build', env)
  const code = await run.exited
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${run.output()}`)
}
