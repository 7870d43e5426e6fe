import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { expectError } from '../helpers/errorShape'
import { anonymous } from '../helpers/rest'
import { testDatabaseUrl } from '../helpers/database'

beforeAll(async () => {
  await getTestPayload()
})

describe('GET /api/health', () => {
  it('answers 200 with the database state', async () => {
    const res = await anonymous().get('/health')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } })
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-request-id')).toBeTruthy()
  })

  it('refuses unknown parameters with 400 naming them', async () => {
    const res = await anonymous().get('/health?verbose=1')
    expectError(res, 400, 'verbose')
    expect(res.body.errors[0].message).toBe('verbose: unknown parameter')
  })

  it('answers 503 while the database refuses connections, and recovers', async () => {
    const url = new URL(testDatabaseUrl())
    const name = url.pathname.slice(1)
    url.pathname = '/postgres'
    const admin = new pg.Client({ connectionString: url.toString() })
    await admin.connect()
    try {
      // Refuse new connections and cut the pool's open ones: as good as down.
      await admin.query(`alter database ${name} allow_connections false`)
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
        [name],
      )
      const down = await anonymous().get('/health')
      expect(down.status).toBe(503)
      expect(down.body).toMatchObject({ status: 'error', database: { status: 'down' } })
      expectError(down, 503)
      expect(down.headers.get('cache-control')).toBe('no-store')
      expect(JSON.stringify(down.body)).not.toMatch(/password|postgres:\/\//)
    } finally {
      await admin.query(`alter database ${name} allow_connections true`)
      await admin.end()
    }
    const up = await anonymous().get('/health')
    expect(up.status).toBe(200)
  })
})
