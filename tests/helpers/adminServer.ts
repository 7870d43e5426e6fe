import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort } from './startProcess'
import { ensureCheckoutBuilt } from './startRun'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const PREFIX = 'hujra-admin-build-'

/** The checkout's files as a fresh clone would have them plus uncommitted work: tracked and untracked, not ignored. */
const sourceFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(path.join(root, f)) && statSync(path.join(root, f)).isFile())
    .filter((f) => !f.startsWith('tests/') && !f.startsWith('bench/'))

/** What the build is made from; the same inputs reuse the same build. */
const inputsHash = (files: string[]) => {
  const hash = createHash('sha256')
  for (const file of files.sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
  return hash.digest('hex').slice(0, 16)
}

/** The environment a production CMS gets, without what vitest adds for itself. */
const productionEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[name]
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name]
  return env
}

/**
 * A production build of the CMS (Payload's admin inside Next), made in a copy
 * of the checkout under the system's temp folder so it never touches this
 * checkout's `.next` (which `npm start` uses) or races another build there.
 * node_modules is hard-linked, not copied. The copy's next.config skips
 * Next's type check: `npm run typecheck` does that, and a half-edited file
 * elsewhere in a shared checkout must not stop the admin's tests.
 * Reused while the inputs are unchanged; older builds are removed.
 */
export const buildAdmin = async (env: Record<string, string>): Promise<{ dir: string; builtMs: number }> => {
  // A build made beforehand by the same steps (see prebuildAdmin), taken as it is.
  const given = process.env.HUJRA_ADMIN_BUILD_DIR
  if (given && existsSync(path.join(given, '.next', 'BUILD_ID'))) return { dir: given, builtMs: 0 }
  const files = sourceFiles()
  const dir = given ?? path.join(os.tmpdir(), `${PREFIX}${inputsHash(files)}`)
  if (existsSync(path.join(dir, '.next', 'BUILD_ID'))) return { dir, builtMs: 0 }
  for (const other of given ? [] : readdirSync(os.tmpdir()))
    if (other.startsWith(PREFIX)) rmSync(path.join(os.tmpdir(), other), { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const file of files) cpSync(path.join(root, file), path.join(dir, file))
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  cpSync(path.join(root, 'next.config.mjs'), path.join(dir, 'next.config.checkout.mjs'))
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    [
      "import config from './next.config.checkout.mjs'",
      'export default { ...config, typescript: { ...config.typescript, ignoreBuildErrors: true } }',
      '',
    ].join('\n'),
  )
  const began = Date.now()
  try {
    await run(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      env: productionEnv(env),
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    rmSync(path.join(dir, '.next'), { recursive: true, force: true })
    throw new Error(`next build failed:\n${stdout?.slice(-4000)}\n${stderr?.slice(-4000)}`, { cause: error })
  }
  return { dir, builtMs: Date.now() - began }
}

export interface AdminServer {
  url: string
  builtMs: number
  output: () => string
  close: () => Promise<void>
}

/** Builds (or reuses) the CMS and serves it as `npm start` does on a free loopback port. */
/**
 * The build the admin tests serve. By default the checkout's own (`npm run
 * build`, made once per run under the lock `npm start` builds under, and
 * reused by the start tests), so a run pays for one `next build`, not two;
 * `HUJRA_ADMIN_SEPARATE_BUILD=1` builds a copy of its own (buildAdmin), as
 * when the checkout's must stay untouched (a developer's running `npm start`).
 */
const adminBuild = async (env: Record<string, string>): Promise<{ dir: string; builtMs: number }> => {
  if (process.env.HUJRA_ADMIN_BUILD_DIR || process.env.HUJRA_ADMIN_SEPARATE_BUILD === '1')
    return buildAdmin(env)
  const began = Date.now()
  await ensureCheckoutBuilt()
  return { dir: root, builtMs: Date.now() - began }
}

export const startAdmin = async (env: Record<string, string>): Promise<AdminServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const fullEnv = { ...env, SERVER_URL: url, PORT: String(port), JOBS_AUTORUN: 'false' }
  const { dir, builtMs } = await adminBuild(fullEnv)
  let output = ''
  // As `npm start` serves it: Next.js behind the CMS's own HTTP server (server/index.ts).
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(dir, 'server/index.ts')],
    { cwd: dir, env: productionEnv({ ...fullEnv, HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the CMS server exited:\n${output}`)
    const res = await fetch(`${url}/api/health`).catch(() => null)
    if (res?.ok) break
    if (Date.now() > deadline) throw new Error(`the CMS server did not answer in 60 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    url,
    builtMs,
    output: () => output,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
