import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const holderOf = (lock: string) => {
  try {
    return Number(readFileSync(path.join(lock, 'pid'), 'utf8').trim()) || 0
  } catch {
    return 0
  }
}

/**
 * Runs `build` once across processes that want the same build at the same
 * time (two `npm start`s in one checkout, parallel test workers): the first
 * to take the lock (an atomic mkdir beside `target`) builds, the others wait
 * until `isBuilt()`. A holder that died mid-build (its pid gone) leaves the
 * lock to the next waiter, which builds again.
 */
export const onceAcrossWorkers = async (
  target: string,
  isBuilt: () => boolean,
  build: () => Promise<void>,
  options: { timeoutMs?: number; onWait?: () => void } = {},
): Promise<void> => {
  const { timeoutMs = 900_000, onWait } = options
  let waited = false
  const lock = `${target}.lock`
  const deadline = Date.now() + timeoutMs
  mkdirSync(path.dirname(lock), { recursive: true })
  for (;;) {
    if (isBuilt()) return
    try {
      mkdirSync(lock)
    } catch {
      const holder = holderOf(lock)
      // A lock without a pid is being taken right now; one whose holder is gone is stale.
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true })
      if (!waited) onWait?.()
      waited = true
      if (Date.now() > deadline) throw new Error(`gave up waiting for the build of ${target} (lock ${lock})`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      continue
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid))
      if (!isBuilt()) await build()
      return
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
}
