import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from './database'

const SKIP = new Set(['node_modules', '.next', 'dist', '.astro', '.data'])

const filesUnder = (entry: string): string[] => {
  const full = path.join(repoRoot, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

/** A hash of every file a build reads, so a build is redone only when one changed. */
export const hashInputs = (entries: string[]): string => {
  const hash = createHash('sha256')
  for (const file of entries.flatMap(filesUnder)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(repoRoot, file)))
      .update('\0')
  }
  return hash.digest('hex')
}

/** Whether the build recorded in `stampFile` was made from these inputs. */
export const isBuildCurrent = (stampFile: string, hash: string, artefact: string) =>
  existsSync(path.join(repoRoot, artefact)) &&
  existsSync(path.join(repoRoot, stampFile)) &&
  readFileSync(path.join(repoRoot, stampFile), 'utf8') === hash

export const recordBuild = (stampFile: string, hash: string) =>
  writeFileSync(path.join(repoRoot, stampFile), hash)
