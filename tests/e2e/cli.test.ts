import { spawnSync } from 'node:child_process'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The CLIs against an external PostgreSQL (`DATABASE_URL`), as the README's
 * benchmark instructions run them: each must finish and exit by itself.
 */
const root = path.resolve(import.meta.dirname, '../..')
const server = process.env.EXTERNAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const name = `hujra_cli_${Date.now().toString(36)}_${process.pid}`
let url: string

const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  await admin(`create database ${name}`)
  const target = new URL(server)
  target.pathname = `/${name}`
  url = target.toString()
})

afterAll(async () => {
  await admin(`drop database if exists ${name} with (force)`)
})

const run = (script: string, args: string[]) => {
  // As a person runs it: none of the test run's own NODE_ENV.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url }
  for (const key of ['NODE_ENV']) delete env[key]
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    // A CLI that never exits is caught all the same; one that is slow beside the other workers
    // (seeding 3 takes about 25 s alone, several times that in a parallel run) is not killed.
    timeout: 240_000,
  })
}

describe('CLIs on DATABASE_URL', () => {
  it('npm run seed adds resources and exits by itself', () => {
    const seeded = run('scripts/seed.ts', ['--resources', '3'])
    expect(seeded.error, 'still running when the timeout killed it').toBeUndefined()
    expect(seeded.status, seeded.stderr).toBe(0)
    expect(seeded.stdout).toMatch(/Added 3 resources in/)
  }, 300_000)

  it('npm run search:reindex rebuilds the index and exits by itself', () => {
    const reindexed = run('scripts/search-reindex.ts', [])
    expect(reindexed.error, 'still running when the timeout killed it').toBeUndefined()
    expect(reindexed.status, reindexed.stderr).toBe(0)
  }, 300_000)
})
