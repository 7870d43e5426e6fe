/**
 * `tsx scripts/with-database.ts <command> [args…]`: runs a command (e.g. the
 * Payload CLI) with DATABASE_URL pointing at the platform's database,
 * starting the embedded PostgreSQL for it when DATABASE_URL is not set.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { repoRoot, StartError, startDatabase } from './lib/database'
import { loadConfig } from './lib/env'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage: tsx scripts/with-database.ts <command> [args…]')
  process.exit(2)
}
loadConfig()

const database = await startDatabase().catch((error: unknown) => {
  if (!(error instanceof StartError)) throw error
  console.error(error.message)
  process.exit(1)
})
const binDir = path.join(repoRoot, 'node_modules/.bin')
const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url, PATH: `${binDir}${path.delimiter}${process.env.PATH}` },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', async (code, signal) => {
  await database.stop()
  process.exit(code ?? (signal ? 1 : 0))
})
