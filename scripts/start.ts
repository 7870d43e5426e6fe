/**
 * The one start command.
 *
 *   npm start            production: build once (cached), then serve
 *   npm run dev          development: hot reload
 *   npm run build        build only
 *
 * Brings up PostgreSQL (embedded unless DATABASE_URL is set), applies pending
 * migrations and seeds an empty database (scripts/bootstrap.ts), then runs
 * the CMS (:3000) and, once they exist, the site (:4321) and the realtime
 * sidecar (:3001). Ctrl-C or SIGTERM stops the processes first, then the
 * database.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { hashInputs, isBuildCurrent, recordBuild } from './lib/buildCache'
import { onceAcrossWorkers } from './lib/buildLock'
import { type Database, repoRoot, shownPath, startDatabase } from './lib/database'
import { loadConfig, withDefaults } from './lib/env'
import { log } from './lib/log'
import { type Child, startNode, stopAll, waitForHttp } from './lib/processes'

const { values: flags } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, 'build-only': { type: 'boolean', default: false } },
})
const mode = flags.dev ? 'development' : 'production'

const bin = {
  next: 'node_modules/next/dist/bin/next',
  astro: 'node_modules/astro/bin/astro.mjs',
}
// TypeScript runs through tsx's loader in the same process: the tsx CLI would
// add a wrapper process that answers our graceful shutdown with SIGKILL.
const typescript = (file: string, watch = false) => [...(watch ? ['--watch'] : []), '--import', 'tsx', file]

/** Everything `next build` reads; a change to any of them triggers a rebuild. */
const CMS_BUILD_INPUTS = [
  'package-lock.json',
  'next.config.mjs',
  'tsconfig.json',
  'payload.config.ts',
  'app',
  'collections',
  'access',
  'fields',
  'hooks',
  'plugins',
  'endpoints',
  'utilities',
  'migrations',
]

// Before anything else: a bad value stops here with the one line naming it.
const { PORT: cmsPort, SITE_PORT: sitePort, REALTIME_PORT: realtimePort, HOST: host } = loadConfig()

const children: Child[] = []
let database: Promise<Database> | undefined
let stopping: Promise<never> | undefined

const shutdown = (code: number): Promise<never> =>
  (stopping ??= (async () => {
    log(code === 0 ? 'Stopping…' : 'Stopping after an error…')
    await stopAll(children)
    // A signal during PostgreSQL's start waits for it, so the server is not left behind.
    const started = await database?.catch(() => undefined)
    await started
      ?.stop()
      .catch((error: unknown) => log(`Could not stop PostgreSQL cleanly: ${String(error)}`))
    process.exit(code)
  })())

let firstSignalAt = 0
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A Ctrl-C reaches us twice (from the terminal and relayed by npm/tsx);
    // only a second press a moment later means "stop now, skip the cleanup".
    if (stopping) {
      if (Date.now() - firstSignalAt > 1500) process.exit(130)
      return
    }
    firstSignalAt = Date.now()
    void shutdown(0)
  })
}

/** A child that dies on its own takes the platform down with a clear message. */
const supervise = (child: Child) => {
  children.push(child)
  void child.exited.then((code) => {
    if (stopping) return
    log(`${child.name} exited unexpectedly (code ${code})`)
    void shutdown(1)
  })
  return child
}

/**
 * A step that runs to completion (bootstrap, builds). It is a child like the
 * servers, in a process group of its own, so a Ctrl-C or SIGTERM must stop it
 * explicitly: otherwise the bootstrap seeds on after `npm start` has exited.
 */
const runStep = async (name: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = startNode(name, args, env)
  children.push(child)
  const code = await child.exited
  children.splice(children.indexOf(child), 1)
  // Stopped by a signal: the shutdown under way decides the exit, not this step.
  if (stopping) await stopping
  return code
}

const maskPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

/**
 * Builds with `next build` unless the last build was made from the same
 * inputs. Two starts in one checkout never build at once: the second waits for
 * the first's build and reuses it.
 */
const buildCms = async (env: NodeJS.ProcessEnv) => {
  let built = false
  await onceAcrossWorkers(
    path.join(repoRoot, '.next'),
    () => isBuildCurrent('.next/hujra-build-hash', hashInputs(CMS_BUILD_INPUTS), '.next/BUILD_ID'),
    async () => {
      built = true
      log('Building the CMS (next build); later starts reuse this build until the code changes…')
      const started = performance.now()
      const code = await runStep('build', [bin.next, 'build'], { ...env, NODE_ENV: 'production' })
      if (code !== 0) throw new Error(`next build failed (exit code ${code})`)
      // Hashed again: next build rewrites tsconfig.json to its liking on first run.
      recordBuild('.next/hujra-build-hash', hashInputs(CMS_BUILD_INPUTS))
      log(`CMS built in ${Math.round((performance.now() - started) / 1000)} s`)
    },
    { onWait: () => log('Waiting for another start’s build of the CMS…') },
  )
  if (!built) log('CMS build is up to date')
}

const SITE_INPUTS = ['package-lock.json', 'site', 'payload-types.ts']

const buildSite = (env: NodeJS.ProcessEnv) =>
  onceAcrossWorkers(
    path.join(repoRoot, 'site/dist'),
    () =>
      isBuildCurrent('site/dist/.hujra-build-hash', hashInputs(SITE_INPUTS), 'site/dist/server/entry.mjs'),
    async () => {
      log('Building the site (astro build)…')
      const code = await runStep('site-build', [bin.astro, 'build', '--root', 'site'], {
        ...env,
        NODE_ENV: 'production',
      })
      if (code !== 0) throw new Error(`astro build failed (exit code ${code})`)
      recordBuild('site/dist/.hujra-build-hash', hashInputs(SITE_INPUTS))
    },
    { onWait: () => log('Waiting for another start’s build of the site…') },
  )

const main = async () => {
  log(`Starting Hujra (${mode})`)
  database = startDatabase({ log })
  const { url, embedded, dataDir } = await database
  if (stopping) await stopping
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url }

  if (!flags['build-only']) {
    const code = await runStep('bootstrap', typescript('scripts/bootstrap.ts'), env)
    if (code !== 0) throw new Error('bootstrap failed: see the lines above')
  }

  const hasSite = ['site/astro.config.mjs', 'site/astro.config.ts'].some((f) =>
    existsSync(path.join(repoRoot, f)),
  )
  const hasRealtime = existsSync(path.join(repoRoot, 'realtime/index.ts'))

  if (!flags.dev) {
    await buildCms(env)
    if (hasSite) await buildSite(env)
  }
  if (flags['build-only']) return shutdown(0)

  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  // What `npm start` means when these are unset, unlike a bare `next start`
  // or a test; each child reads them through its own config(). The CMS tells
  // the site when content changes (plugins/site-cache): with no secret
  // configured, one made up for this run is shared by the two.
  const siteCacheSecret = randomBytes(24).toString('base64url')
  const cmsEnv = withDefaults(env, {
    SITE_CACHE_SECRET: siteCacheSecret,
    SITE_INTERNAL_URL: `http://127.0.0.1:${sitePort}`,
    // Scheduled publishing and other jobs run in the long-lived CMS process.
    JOBS_AUTORUN: 'true',
  })
  supervise(
    // Next.js behind our own HTTP server (server/index.ts), which settles the
    // client address from the connection before Next.js sees the request.
    // --expose-gc: uploads collect the Buffers they leave behind as they stream
    // (plugins/files/uploadGarbage.ts), so a large file does not lift memory.
    startNode('cms', ['--expose-gc', ...typescript('server/index.ts'), ...(flags.dev ? ['--dev'] : [])], {
      ...cmsEnv,
      NODE_ENV: mode,
      PORT: String(cmsPort),
      ...(host ? { HOST: host } : {}),
    }),
  )
  if (hasSite) {
    const siteEnv = withDefaults(
      { ...env, PORT: String(sitePort), HOST: host ?? '127.0.0.1' },
      { SITE_CACHE_SECRET: siteCacheSecret, CMS_URL: cmsUrl },
    )
    supervise(
      flags.dev
        ? startNode('site', [bin.astro, 'dev', '--root', 'site', '--port', String(sitePort)], siteEnv)
        : startNode('site', ['site/dist/server/entry.mjs'], { ...siteEnv, NODE_ENV: 'production' }),
    )
  }
  if (hasRealtime) {
    supervise(
      startNode(
        'realtime',
        typescript('realtime/index.ts', flags.dev),
        withDefaults({ ...env, REALTIME_PORT: String(realtimePort) }, { CMS_URL: cmsUrl }),
      ),
    )
  }

  await waitForHttp(`${cmsUrl}/api/health`, 180_000, () => Boolean(stopping))
  const shown = host && host !== '0.0.0.0' ? host : 'localhost'
  const lines = [
    '',
    `Hujra is running (${mode}).`,
    `  Admin     http://${shown}:${cmsPort}/admin`,
    `  REST      http://${shown}:${cmsPort}/api`,
    `  GraphQL   http://${shown}:${cmsPort}/api/graphql`,
    `  Health    http://${shown}:${cmsPort}/api/health`,
    ...(hasSite ? [`  Site      http://${shown}:${sitePort}`] : []),
    ...(hasRealtime ? [`  Realtime  ws://${shown}:${realtimePort}`] : []),
    embedded
      ? `  Database  embedded PostgreSQL, ${maskPassword(url)} (data in ${shownPath(dataDir!)})`
      : `  Database  ${maskPassword(url)} (DATABASE_URL)`,
    'Press Ctrl-C to stop.',
    '',
  ]
  for (const line of lines) log(line)
}

main().catch((error: unknown) => {
  // One line (StartError's say what to do), never a stack trace.
  log(`Could not start: ${error instanceof Error ? error.message : String(error)}`)
  void shutdown(1)
})
