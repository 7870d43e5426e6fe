import { readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { config } from '../../utilities/config'

const PREFIX = 'hujra-uploads-'
/** An upload still being checked is minutes old at most. */
const STALE_MS = 60 * 60 * 1000

export const uploadTempDir = () => config().UPLOAD_TEMP_DIR ?? path.join(tmpdir(), `${PREFIX}${process.pid}`)

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, it just is not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const removeStale = async (dir: string, now: number) => {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name)
    const info = await stat(file).catch(() => null)
    if (info?.isFile() && now - info.mtimeMs > STALE_MS) await rm(file, { force: true })
  }
}

/**
 * Temporary uploads left behind by a crash: the folders of processes that
 * are gone, and files older than an hour in a configured UPLOAD_TEMP_DIR.
 * Run once when the CMS starts; returns what it removed, for the log.
 */
export const sweepUploadTemp = async (now = Date.now()) => {
  const configured = config().UPLOAD_TEMP_DIR
  if (configured) {
    await removeStale(configured, now)
    return []
  }
  const removed: string[] = []
  for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
    const pid = Number(name.slice(PREFIX.length))
    if (!name.startsWith(PREFIX) || !Number.isInteger(pid) || pid === process.pid || alive(pid)) continue
    await rm(path.join(tmpdir(), name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}
