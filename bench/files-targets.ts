/**
 * The servers `npm run bench:files` can measure: its own child process
 * (Payload's REST handlers, memory measured from a collected heap) or a CMS
 * already running on this machine (`--cms`, e.g. `npm start`: the production
 * Next.js server), whose RSS is read from /proc.
 */
import { fork } from 'node:child_process'
import { readFileSync, readdirSync, readlinkSync } from 'node:fs'
import path from 'node:path'

import { withDefaults } from '../scripts/lib/env'

export interface Growth {
  /** Peak RSS growth since `mark`, MB. */
  rss: number
  /** Peak growth of Buffer (ArrayBuffer) memory, MB; only in the child process. */
  buffers?: number
}

export interface Target {
  api: string
  describe: string
  mark: () => Promise<void>
  report: () => Promise<Growth>
  /** Holds a file in the server's memory (the buffered baseline), when the target can. */
  hold?: (file: string) => Promise<void>
  stop: () => Promise<void>
}

const MB = 2 ** 20

interface Message {
  type: string
  port?: number
  rss?: number
  buffers?: number
}

export const childServer = async (): Promise<Target> => {
  const child = fork(path.join(import.meta.dirname, 'files-server.ts'), {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: withDefaults(process.env, { MAX_UPLOAD_SIZE_MB: '400' }),
  })
  const next = (type: string) =>
    new Promise<Message>((resolve, reject) => {
      const onMessage = (message: Message) => {
        if (message.type !== type) return
        child.off('message', onMessage)
        child.off('exit', onExit)
        resolve(message)
      }
      const onExit = (code: number | null) => reject(new Error(`the bench server exited (${code})`))
      child.on('message', onMessage)
      child.once('exit', onExit)
    })
  const ask = (message: { type: string; path?: string }, answer: string) => {
    const reply = next(answer)
    child.send(message)
    return reply
  }
  const { port } = await next('ready')
  return {
    api: `http://127.0.0.1:${port}/api`,
    describe: "Payload's REST handlers in a child process, from a collected heap",
    mark: async () => void (await ask({ type: 'mark' }, 'marked')),
    report: async () => {
      const { rss, buffers } = await ask({ type: 'report' }, 'report')
      return { rss: rss!, buffers }
    },
    hold: async (file) => void (await ask({ type: 'hold', path: file }, 'held')),
    stop: async () => void child.send({ type: 'stop' }),
  }
}

/** Processes come and go, and not all are ours to read. */
const readOr = <T>(read: () => T, fallback: T): T => {
  try {
    return read()
  } catch {
    return fallback
  }
}

/** The process listening on `port` on this machine (Linux: /proc/net/tcp, then each process's sockets). */
const pidListeningOn = (port: number) => {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = readOr(() => readFileSync(table, 'utf8').split('\n').slice(1), [])
    for (const line of lines) {
      const cols = line.trim().split(/\s+/)
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]!)
    }
  }
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    for (const fd of readOr(() => readdirSync(`/proc/${pid}/fd`), [])) {
      const link = readOr(() => readlinkSync(`/proc/${pid}/fd/${fd}`), '')
      if (inodes.has(link.slice('socket:['.length, -1))) return Number(pid)
    }
  }
  throw new Error(`no process on this machine is listening on port ${port} (or /proc cannot tell)`)
}

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024

export const runningServer = async (url: string): Promise<Target> => {
  const pid = pidListeningOn(Number(new URL(url).port || 80))
  let before = 0
  let peak = 0
  let sampler: NodeJS.Timeout | undefined
  return {
    api: `${url.replace(/\/$/, '')}/api`,
    describe: `the running CMS at ${url} (pid ${pid}), RSS read from /proc`,
    mark: async () => {
      before = peak = rssOf(pid)
      sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 5)
    },
    report: async () => {
      clearInterval(sampler)
      peak = Math.max(peak, rssOf(pid))
      return { rss: (peak - before) / MB }
    },
    stop: async () => undefined,
  }
}
