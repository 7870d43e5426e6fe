import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

export interface Started {
  child: ChildProcess
  output: () => string
  /** Resolves once npm has exited (npm re-raises a Ctrl-C, so its code may be null). */
  exited: Promise<number | null>
}

/**
 * Runs an npm script as a user would from a terminal: its own process group,
 * so the test can send Ctrl-C (SIGINT) to everything it started. `cwd` is the
 * checkout it runs in (this one by default); `args` go after `--`.
 */
export const startScript = (
  script: 'start' | 'dev' | 'seed' | 'build',
  env: NodeJS.ProcessEnv,
  { cwd = process.cwd(), args = [] }: { cwd?: string; args?: string[] } = {},
): Started => {
  let output = ''
  const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Ctrl-C (or a service manager's SIGTERM) to the whole group, as a terminal would. */
export const interrupt = async (started: Started, signal: NodeJS.Signals = 'SIGINT') => {
  try {
    process.kill(-started.child.pid!, signal)
  } catch {
    // Already gone.
  }
  await started.exited
  // npm exits as soon as its child does; the group is empty once the start
  // script has finished its own shutdown.
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline && groupAlive(started.child.pid!)) await new Promise((r) => setTimeout(r, 200))
  return started.output()
}

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Polls a URL until it answers 200, or fails with the process output for context. */
export const waitForOk = async (url: string, started: Started, timeoutMs: number): Promise<number> => {
  const begin = Date.now()
  let exitCode: number | null | undefined
  void started.exited.then((code) => (exitCode = code))
  while (Date.now() - begin < timeoutMs) {
    if (exitCode !== undefined)
      throw new Error(`process exited (${exitCode}) before ${url} answered:\n${started.output()}`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.status === 200) return Date.now() - begin
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${started.output().slice(-4000)}`)
}

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits until the process has printed `text` (e.g. its ready banner). */
export const waitForOutput = async (started: Started, text: string, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  while (!started.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`never printed "${text}":\n${started.output().slice(-4000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return started.output()
}

export interface ProcessInfo {
  pid: number
  command: string
}

/**
 * Every process whose environment holds `entry` (`NAME=value`): with a marker
 * variable given to `npm start`, that is everything it started and all their
 * children, whatever process group or session they moved to.
 */
export const processesWithEnv = (entry: string): ProcessInfo[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .flatMap((name) => {
      try {
        const environ = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0')
        if (!environ.includes(entry)) return []
        const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim()
        return [{ pid: Number(name), command }]
      } catch {
        return [] // Gone meanwhile, or a kernel thread.
      }
    })
