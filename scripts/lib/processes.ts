import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

import { repoRoot } from './database'

export interface Child {
  name: string
  process: ChildProcess
  exited: Promise<number | null>
}

/**
 * Starts a Node program on the same Node binary as this script (the pinned
 * Node 24, whatever the system Node is), with each output line prefixed by
 * the child's name so three processes' logs stay readable in one terminal.
 * Children get their own process group: a Ctrl-C reaches them through us, in
 * the order we choose, rather than all at once.
 */
export const startNode = (name: string, args: string[], env: NodeJS.ProcessEnv): Child => {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`))
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { name, process: child, exited }
}

const signalGroup = (child: Child, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.process.pid!, signal)
  } catch {
    // Already gone.
  }
}

/** SIGTERM every child's group, SIGKILL what is left after the grace period. */
export const stopAll = async (children: Child[], graceMs = 10_000) => {
  const running = children.filter((c) => c.process.exitCode === null && c.process.signalCode === null)
  for (const child of running) signalGroup(child, 'SIGTERM')
  const timer = setTimeout(() => running.forEach((child) => signalGroup(child, 'SIGKILL')), graceMs)
  await Promise.all(running.map((child) => child.exited))
  clearTimeout(timer)
}

/** Resolves once `url` answers at all (any HTTP status), or rejects after `timeoutMs`. */
export const waitForHttp = async (url: string, timeoutMs: number, isAborted: () => boolean) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !isAborted()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      return res.status
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
