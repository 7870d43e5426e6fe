/**
 * CPU time of other processes on this machine, read from /proc (Linux): a
 * process's user + system time, the process listening on a TCP port, and
 * the PostgreSQL backends serving one database.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'

import type pg from 'pg'

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux, whatever the kernel's HZ). */
const TICKS_PER_SECOND = 100

/** User + system CPU of a process in ms, or undefined once it has exited. */
export const processCpuMs = (pid: number): number | undefined => {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name (state is 3).
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1000) / TICKS_PER_SECOND
}

/**
 * How long a process's main thread has waited on a run queue for a CPU, in ms
 * (`/proc/<pid>/schedstat`, second field, ns): time it was ready to run but
 * other processes had the cores. Undefined once it has exited.
 */
export const runQueueWaitMs = (pid: number): number | undefined => {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6
  } catch {
    return undefined
  }
}

/** The pid of the process listening on 127.0.0.1/:: `port`, from `ss -ltnp`. */
export const pidListeningOn = async (port: number): Promise<number> => {
  const { stdout } = await promisify(execFile)('ss', ['-Hltnp', `sport = :${port}`])
  const match = /pid=(\d+)/.exec(stdout)
  if (!match) throw new Error(`No process of ours is listening on port ${port} (ss -ltnp sport = :${port})`)
  return Number(match[1])
}

/** CPU ms per pid for a set of pids (exited ones left out). */
const sample = (pids: readonly number[]) => {
  const times = new Map<number, number>()
  for (const pid of pids) {
    const ms = processCpuMs(pid)
    if (ms !== undefined) times.set(pid, ms)
  }
  return times
}

/**
 * The backends of the database `client` is connected to, except its own:
 * what the application's connections cost PostgreSQL. Shared processes
 * (WAL writer, checkpointer) serve every database on the server and are
 * left out.
 */
export const databaseBackends = async (client: pg.Client): Promise<number[]> => {
  const { rows } = await client.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  )
  return rows.map((row) => row.pid)
}

/** Run-queue wait of one process over a window, in ms (see runQueueWaitMs). */
export const waitMeter = (pid: number): CpuMeter => {
  let before = 0
  return {
    start: async () => {
      before = runQueueWaitMs(pid) ?? 0
    },
    stop: async () => (runQueueWaitMs(pid) ?? before) - before,
  }
}

/** A running sum of CPU ms over a changing set of processes (backends come and go). */
export interface CpuMeter {
  /** Starts a window: remembers each process's CPU now. */
  start: () => Promise<void>
  /** CPU ms used since `start`. */
  stop: () => Promise<number>
}

/**
 * CPU of a set of processes over a window. The set is listed again every
 * `everyMs` and each process's CPU read: a process that exits during the
 * window (a pool connection closed when idle) keeps what it used up to its
 * last reading, and one that appears counts from 0.
 */
export const cpuMeter = (
  pids: () => Promise<readonly number[]> | readonly number[],
  { everyMs = 500 }: { everyMs?: number } = {},
): CpuMeter => {
  let base = new Map<number, number>()
  let last = new Map<number, number>()
  let timer: NodeJS.Timeout | undefined
  const read = async () => {
    for (const [pid, ms] of sample(await pids())) {
      if (!base.has(pid)) base.set(pid, 0)
      last.set(pid, ms)
    }
  }
  return {
    start: async () => {
      clearInterval(timer)
      base = sample(await pids())
      last = new Map(base)
      timer = setInterval(() => void read().catch(() => undefined), everyMs)
    },
    stop: async () => {
      clearInterval(timer)
      await read()
      let used = 0
      for (const [pid, ms] of last) used += ms - (base.get(pid) ?? 0)
      return used
    },
  }
}

/** The CPU this process itself used, in ms, for the same kind of window. */
export const ownCpuMeter = (): CpuMeter => {
  let before = process.cpuUsage()
  return {
    start: async () => {
      before = process.cpuUsage()
    },
    stop: async () => {
      const used = process.cpuUsage(before)
      return (used.user + used.system) / 1000
    },
  }
}
