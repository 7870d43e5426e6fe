import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { inject } from 'vitest'

import { onceAcrossWorkers } from '../../scripts/lib/buildLock'
import { freePort } from './startProcess'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

/**
 * The environment without what vitest adds for its own Vite (DEV=1, MODE=test,
 * NODE_ENV=test…): Astro's build would take those and produce a dev build.
 */
const productionEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' }
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[name]
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name]
  return env
}

/**
 * The folder a test run builds the site into: its own (so a running
 * `npm start` keeps its build), one per run, so the browser test files of a
 * run share one build. The run's global teardown removes it.
 */
export const siteBuildDir = (runId: string) => path.join(root, '.data', `site-test-${runId}`)

/**
 * Builds the site (once per test run) and serves it with the standalone Node
 * adapter, as production does.
 */
export const startSite = async (env: Record<string, string>) => {
  const outDir = siteBuildDir(inject('runId'))
  // Files of other workers may want the build at the same moment: one builds, the others wait.
  // Built means the build finished: entry.mjs is written before the chunks it imports, and a
  // worker that started serving on seeing it once failed with a half-written manifest.
  const done = path.join(outDir, '.built')
  await onceAcrossWorkers(
    outDir,
    () => existsSync(done),
    async () => {
      await run(
        process.execPath,
        [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
        {
          cwd: path.join(root, 'site'),
          env: productionEnv(),
        },
      )
      writeFileSync(done, new Date().toISOString())
    },
  )
  const first = await serveBuild(outDir, env)
  const others: Served[] = []
  return {
    ...first,
    /** Another server from the same build, with other variables (a different configuration). */
    serve: async (other: Record<string, string>) => {
      const served = await serveBuild(outDir, other)
      others.push(served)
      return served
    },
    /** Runs the built server with `other` and waits for it to exit (a start that must fail). */
    run: (other: Record<string, string>, timeoutMs = 15_000) => runBuild(outDir, other, timeoutMs),
    stop: async () => {
      await Promise.all([first, ...others].map((served) => served.stop()))
    },
  }
}

interface Served {
  url: string
  output: () => string
  stop: () => Promise<void>
}

const serverEnv = (env: Record<string, string>, port: number): NodeJS.ProcessEnv => ({
  ...productionEnv(),
  ...env,
  PORT: String(port),
  HOST: '127.0.0.1',
})

const serveBuild = async (outDir: string, env: Record<string, string>): Promise<Served> => {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [path.join(outDir, 'server/entry.mjs')], {
    env: serverEnv(env, port),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      await fetch(`${url}/favicon.svg`)
      break
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`site did not start:\n${output}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    url,
    output: () => output,
    // Safe to call twice: a process ended by a signal has a signalCode, not an exitCode.
    stop: async () => {
      const ended = () => child.exitCode !== null || child.signalCode !== null
      if (ended()) return
      child.kill('SIGTERM')
      await new Promise((r) => (ended() ? r(null) : child.once('exit', r)))
    },
  }
}

const runBuild = async (outDir: string, env: Record<string, string>, timeoutMs: number) => {
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(outDir, 'server/entry.mjs')], {
    env: serverEnv(env, port),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)))
  clearTimeout(timer)
  return { code, output }
}
