import pg from 'pg'

/**
 * The run's databases: one template, migrated once by the global setup, and
 * one copy of it per vitest worker (`<template>_w<N>`), so files running at
 * the same time never share rows, counts or LISTEN channels. A copy is a
 * file-level clone (CREATE DATABASE … TEMPLATE), far faster than migrating.
 */

/** The same server's maintenance database, for CREATE/DROP DATABASE. */
export const maintenanceUrl = (databaseUrl: string) => {
  const url = new URL(databaseUrl)
  url.pathname = '/postgres'
  return url.toString()
}

export const databaseName = (databaseUrl: string) => new URL(databaseUrl).pathname.slice(1)

export const workerDatabaseUrl = (templateUrl: string, worker: string) => {
  const url = new URL(templateUrl)
  url.pathname = `/${databaseName(templateUrl)}_w${worker}`
  return url.toString()
}

const withMaintenance = async <T>(databaseUrl: string, task: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: maintenanceUrl(databaseUrl) })
  await client.connect()
  try {
    return await task(client)
  } finally {
    await client.end()
  }
}

/**
 * Seals the migrated database as the run's template: no connection may stay
 * open on it (PostgreSQL copies only an idle database) and none may open later,
 * so no test writes to it by mistake.
 */
export const sealTemplate = (templateUrl: string) =>
  withMaintenance(templateUrl, async (client) => {
    const name = databaseName(templateUrl)
    await client.query(`alter database "${name}" with is_template true allow_connections false`)
    await client.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    )
  })

/** Creates this worker's copy unless an earlier file of the same worker did. */
export const ensureWorkerDatabase = (templateUrl: string, workerUrl: string) =>
  withMaintenance(templateUrl, async (client) => {
    const name = databaseName(workerUrl)
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (rowCount) return
    // Two workers copying one template at once can meet PostgreSQL's
    // "source database is being accessed by other users": wait and retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database "${name}" template "${databaseName(templateUrl)}"`)
        return
      } catch (error) {
        const code = (error as { code?: string }).code
        if (code === '42P04') return // duplicate_database: made meanwhile
        if (code !== '55006' || attempt >= 40) throw error // 55006: object_in_use
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
  })

/** Drops the template and every worker copy of it. */
export const dropRunDatabases = (templateUrl: string) =>
  withMaintenance(templateUrl, async (client) => {
    const name = databaseName(templateUrl)
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname = $1 or datname like $1 || '\\_w%'",
      [name],
    )
    for (const { datname } of rows) {
      await client.query(`alter database "${datname}" with is_template false allow_connections true`)
      await client.query(`drop database if exists "${datname}" with (force)`)
    }
  })
