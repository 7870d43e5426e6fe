import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { config } from './config'

/**
 * PAYLOAD_SECRET (or its alias SECRET_KEY) from the configuration, or, so a fresh clone starts with no
 * configuration, a random one generated once and kept under the git-ignored
 * data folder (readable by the owner only).
 */
export const resolveSecret = (dataDir = config().DATA_DIR): string => {
  const configured = config().PAYLOAD_SECRET
  if (configured) return configured
  const file = path.resolve(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return secret
}
