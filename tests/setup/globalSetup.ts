import type { TestProject } from 'vitest/node'

import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startDatabase } from '../../scripts/lib/database'
import { config, resetConfig } from '../../utilities/config'
import { siteBuildDir } from '../helpers/site'
import { migrateTestDatabase } from './migrate'
import { dropRunDatabases, sealTemplate } from './testDatabases'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/**
 * Gives the run databases of its own, never the developer's data, on a
 * throwaway embedded PostgreSQL by default or, when DATABASE_URL is set, on
 * that server (dropped afterwards): one migrated template, copied once per
 * worker by tests/setup/workerDatabase.ts.
 */
export default async function setup(project: TestProject) {
  const external = config().DATABASE_URL
  let teardown: () => Promise<void>

  if (external) {
    const name = `hujra_test_${Date.now().toString(36)}_${process.pid}`
    const admin = new pg.Client({ connectionString: external })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(external)
    url.pathname = `/${name}`
    process.env.DATABASE_URL = url.toString()
    resetConfig()
    const template = url.toString()
    teardown = () => dropRunDatabases(template)
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hujra-test-pg-'))
    process.env.EMBEDDED_POSTGRES_DIR = dir
    process.env.EMBEDDED_POSTGRES_PORT = String(await freePort())
    // Each write is read again: config() keeps what it parsed first.
    resetConfig()
    const database = await startDatabase()
    process.env.DATABASE_URL = database.url
    resetConfig()
    teardown = async () => {
      await database.stop()
      await rm(dir, { recursive: true, force: true })
    }
  }

  const databaseUrl = config().DATABASE_URL!
  const runId = createHash('sha256').update(databaseUrl).digest('hex').slice(0, 12)
  project.provide('templateDatabaseUrl', databaseUrl)
  project.provide('runId', runId)
  const stopDatabase = teardown
  // The site build the browser tests of this run shared (tests/helpers/site.ts).
  teardown = async () => {
    await rm(siteBuildDir(runId), { recursive: true, force: true })
    await stopDatabase()
  }
  try {
    await migrateTestDatabase()
    await sealTemplate(databaseUrl)
  } catch (error) {
    // Vitest runs no teardown for a setup that throws: stop the server (or drop the database) here,
    // or every run that fails to load the config leaves one behind.
    await teardown().catch(() => undefined)
    throw error
  }
  return teardown
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template; tests use their worker's copy (tests/helpers/database.ts). */
    templateDatabaseUrl: string
    /** Names what this run shares between its files (the site build). */
    runId: string
  }
}
