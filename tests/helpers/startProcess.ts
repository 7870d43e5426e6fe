import { type ChildProcess, spawn } from 'node:child_process'
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
  /** Resolves with the exit code once the whole process group is gone. */
  exited: Promise<number | null>
}

/**
 * Runs an npm script as a user would from a terminal: its own process group,
 * so the test can send Ctrl-C (SIGINT) to everything it started.
 */
export const startScript = (script: 'start' | 'dev', env: NodeJS.ProcessEnv): Started => {
  let output = ''
  const child = spawn('npm', ['run', script], {
    cwd: process.cwd(),
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

export const interrupt = (started: Started) => {
  try {
    process.kill(-started.child.pid!, 'SIGINT')
  } catch {
    // Already gone.
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
