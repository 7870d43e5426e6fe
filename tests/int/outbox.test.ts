import type { Config, Payload } from 'payload'

import { sql as drizzleSql } from '@payloadcms/db-postgres'

import { type IncomingHttpHeaders, type Server, createServer } from 'node:http'

import { createLocalReq, commitTransaction, initTransaction, killTransaction } from 'payload'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { type DispatcherLogger, type TopicHandler, Dispatcher } from '../../plugins/outbox/dispatcher'
import { drain, outboxPlugin, startDispatcher, stopDispatcher } from '../../plugins/outbox'
import { OUTBOX_CHANNEL, type OutboxEntry } from '../../plugins/outbox/table'
import { PURGE_TOPIC } from '../../plugins/site-cache'
import { resetConfig } from '../../utilities/config'
import { transactionDb } from '../../utilities/db'
import { clientsByRole, resourceData, createTaxonomy, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'
import { freePort } from '../helpers/startProcess'
import { testDatabaseUrl } from '../helpers/database'

let payload: Payload
const pools: pg.Pool[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) return false
    await sleep(25)
  }
  return true
}

const pool = () => {
  const created = new pg.Pool({ connectionString: testDatabaseUrl(), max: 4 })
  pools.push(created)
  return created
}

const sql = async (text: string, params: unknown[] = []) => (await payload.db.pool.query(text, params)).rows

/** Entries written like `enqueue` writes them, with the NOTIFY, in one transaction. */
const insertEntries = async (topic: string, count: number) =>
  (
    await sql(
      `with rows as (insert into outbox (topic, payload)
         select $1, jsonb_build_object('n', n) from generate_series(1, $2::int) n returning id)
       select id, pg_notify($3, $1) from rows`,
      [topic, count, OUTBOX_CHANNEL],
    )
  ).map((r) => Number(r.id))

const entry = async (id: number) => (await sql('select * from outbox where id = $1', [id]))[0]!

const recordingLogger = () => {
  const lines: { level: string; obj: Record<string, unknown> }[] = []
  const logger: DispatcherLogger = {
    info: (obj) => lines.push({ level: 'info', obj: obj as Record<string, unknown> }),
    warn: (obj) => lines.push({ level: 'warn', obj: obj as Record<string, unknown> }),
    error: (obj) => lines.push({ level: 'error', obj: obj as Record<string, unknown> }),
  }
  return { lines, logger }
}

/** A payload-free dispatcher on its own pool and LISTEN connection, as another CMS instance would run. */
const dispatcherFor = (topics: Record<string, TopicHandler>, options: { leaseMs?: number } = {}) => {
  const { lines, logger } = recordingLogger()
  const dispatcher = new Dispatcher({
    pool: pool(),
    listen: { connectionString: testDatabaseUrl() },
    topics,
    logger,
    pollMs: 200,
    ...options,
  })
  return { dispatcher, lines }
}

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()))
})

describe('site cache announcements', () => {
  const SECRET = `outbox-secret-${unique()}`
  const received: { at: number; headers: IncomingHttpHeaders }[] = []
  let receiver: Server
  const saved: Record<string, string | undefined> = {}

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      received.push({ at: Date.now(), headers: req.headers })
      req.resume()
      res.writeHead(204).end()
    })
    const port = await freePort()
    await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve))
    for (const name of ['SITE_PURGE_URLS', 'SITE_CACHE_SECRET', 'REDIS_URL']) saved[name] = process.env[name]
    process.env.SITE_PURGE_URLS = `http://127.0.0.1:${port}/api/cache/purge`
    process.env.SITE_CACHE_SECRET = SECRET
    // Empty counts as unset: announcements go over HTTP, not to a Redis a developer may have set.
    process.env.REDIS_URL = ''
    resetConfig()
    await startDispatcher(payload, { pollMs: 200 })
  })

  afterAll(async () => {
    await stopDispatcher(payload)
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    resetConfig()
    await new Promise((resolve) => receiver.close(resolve))
  })

  const purgesSince = (since: number) =>
    received.filter((r) => r.at >= since && r.headers.authorization === `Bearer ${SECRET}`)

  const pendingPurges = async () =>
    Number(
      (await sql(`select count(*) as n from outbox where topic = $1 and done_at is null`, [PURGE_TOPIC]))[0]!
        .n,
    )

  it('announces a committed change to the site shortly after the commit, never before', async () => {
    // Earlier changes (this file's setup) may still be on their way to the site: let them land
    // first, so an announcement seen below can only be this change's.
    expect(await waitFor(async () => (await pendingPurges()) === 0)).toBe(true)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const started = Date.now()
    await payload.create({ collection: 'tags', data: { name: `Outbox commit ${unique()}` }, req })
    // The old timer announced 300 ms after afterChange, with the transaction still open.
    await sleep(800)
    expect(purgesSince(started)).toHaveLength(0)
    const committed = Date.now()
    await commitTransaction(req)
    expect(await waitFor(() => purgesSince(committed).length > 0, 3000)).toBe(true)
    expect(purgesSince(committed)[0]!.at - committed).toBeLessThan(2000)
    expect(await waitFor(async () => (await pendingPurges()) === 0)).toBe(true)
  })

  it('announces nothing and leaves no outbox entry when the transaction rolls back', async () => {
    const [{ max }] = (await sql('select coalesce(max(id), 0) as max from outbox')) as [{ max: string }]
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const started = Date.now()
    await payload.create({ collection: 'tags', data: { name: `Outbox rollback ${unique()}` }, req })
    await payload.create({ collection: 'categories', data: { name: `Outbox rollback ${unique()}` }, req })
    await killTransaction(req)
    await sleep(1500)
    expect(purgesSince(started)).toHaveLength(0)
    expect(await sql('select id from outbox where id > $1', [max])).toEqual([])
  })

  it('collapses a burst: one entry per transaction, one announcement for every waiting entry', async () => {
    await stopDispatcher(payload)
    try {
      const [{ max }] = (await sql('select coalesce(max(id), 0) as max from outbox')) as [{ max: string }]
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      for (let i = 0; i < 5; i++) {
        await payload.create({ collection: 'tags', data: { name: `Outbox burst ${unique()}` }, req })
      }
      await commitTransaction(req)
      const afterOne = await sql('select id from outbox where id > $1 and topic = $2', [max, PURGE_TOPIC])
      expect(afterOne).toHaveLength(1)

      for (let i = 0; i < 3; i++) {
        await payload.create({ collection: 'tags', data: { name: `Outbox burst ${unique()}` } })
      }
      expect(await pendingPurges()).toBe(4)
      const started = Date.now()
      expect(await drain(payload)).toEqual({ handled: 4, failed: 0 })
      expect(purgesSince(started)).toHaveLength(1)
      expect(await pendingPurges()).toBe(0)
    } finally {
      await startDispatcher(payload, { pollMs: 200 })
    }
  })

  it('retries an announcement the site did not take, and records why', async () => {
    const previous = process.env.SITE_PURGE_URLS
    // Nothing listens on a port just found free.
    process.env.SITE_PURGE_URLS = `http://127.0.0.1:${await freePort()}/api/cache/purge`
    resetConfig()
    await stopDispatcher(payload)
    try {
      // Two changes, two entries: saving works while the site is down.
      for (let i = 0; i < 2; i++) {
        const tag = await payload.create({ collection: 'tags', data: { name: `Outbox down ${unique()}` } })
        expect(tag.id).toBeTruthy()
      }
      expect(await drain(payload)).toMatchObject({ handled: 0, failed: 2 })
      // Only the newer is retried: one announcement covers both.
      const [row, ...others] = await sql(`select * from outbox where topic = $1 and done_at is null`, [
        PURGE_TOPIC,
      ])
      expect(others).toEqual([])
      const [older] = await sql(`select * from outbox where topic = $1 order by id desc limit 1 offset 1`, [
        PURGE_TOPIC,
      ])
      expect(older!.last_error).toBe(`superseded by #${row!.id}`)
      expect(row!.attempts).toBe(1)
      expect(row!.last_error).toMatch(/announcement failed/)
      expect(new Date(row!.next_attempt_at).getTime()).toBeGreaterThan(Date.now())

      // The site is back: the retry reaches it.
      process.env.SITE_PURGE_URLS = previous
      resetConfig()
      await sql('update outbox set next_attempt_at = now() where id = $1', [row!.id])
      const started = Date.now()
      await drain(payload)
      expect(purgesSince(started)).toHaveLength(1)
      expect((await entry(Number(row!.id))).done_at).not.toBeNull()
    } finally {
      process.env.SITE_PURGE_URLS = previous
      resetConfig()
      await startDispatcher(payload, { pollMs: 200 })
    }
  })
})

describe('dispatchers', () => {
  const running: Dispatcher[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((d) => d.stop()))
  })
  const start = async <D extends { dispatcher: Dispatcher }>(d: D): Promise<D> => {
    running.push(d.dispatcher)
    await d.dispatcher.start()
    return d
  }

  it('two dispatchers on one database deliver each entry exactly once', async () => {
    const topic = `test.once.${unique()}`
    const handled: { id: number; by: string }[] = []
    const handler = (by: string): TopicHandler => ({
      handle: async (entry: OutboxEntry) => {
        // Work that takes a while, so both dispatchers have claims in flight at once.
        await sleep(Math.random() * 5)
        handled.push({ id: entry.id, by })
      },
    })
    const a = await start(dispatcherFor({ [topic]: handler('a') }))
    const b = await start(dispatcherFor({ [topic]: handler('b') }))
    const ids = await insertEntries(topic, 300)
    expect(await waitFor(() => handled.length >= ids.length, 20_000)).toBe(true)
    await sleep(300)
    expect(handled.map((h) => h.id).sort((x, y) => x - y)).toEqual(ids.sort((x, y) => x - y))
    // Both took part (each claims 20 at a time, woken by the same NOTIFY).
    expect(new Set(handled.map((h) => h.by))).toEqual(new Set(['a', 'b']))
    const [{ n }] = (await sql(
      'select count(*)::int as n from outbox where topic = $1 and done_at is not null and attempts = 1',
      [topic],
    )) as [{ n: number }]
    expect(n).toBe(ids.length)
    expect(a.lines.concat(b.lines).filter((l) => l.level !== 'info')).toEqual([])
  })

  it('retries a failing handler with exponential backoff, recording and logging the error', async () => {
    const topic = `test.flaky.${unique()}`
    const calls: number[] = []
    const d = await start(
      dispatcherFor({
        [topic]: {
          backoffMs: 250,
          handle: async () => {
            calls.push(Date.now())
            if (calls.length <= 2) throw new Error(`boom ${calls.length}`)
          },
        },
      }),
    )
    const [id] = await insertEntries(topic, 1)
    expect(await waitFor(() => calls.length >= 2, 3000)).toBe(true)
    await sleep(50)
    const waiting = await entry(id!)
    expect(waiting.done_at).toBeNull()
    expect(waiting.last_error).toBe('boom 2')
    expect(waiting.attempts).toBe(2)
    expect(await waitFor(() => calls.length >= 3, 5000)).toBe(true)
    expect(await waitFor(async () => (await entry(id!)).done_at !== null)).toBe(true)
    // 250 ms, then 500 ms.
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(240)
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(490)
    const warnings = d.lines.filter((l) => l.level === 'warn' && l.obj.outboxId === id)
    expect(warnings.map((w) => String(w.obj.msg))).toEqual([
      expect.stringContaining('boom 1'),
      expect.stringContaining('boom 2'),
    ])
    expect((await entry(id!)).attempts).toBe(3)
  })

  it('gives up after the topic’s attempts, marks the entry failed and logs an error', async () => {
    const topic = `test.broken.${unique()}`
    const d = await start(
      dispatcherFor({
        [topic]: {
          backoffMs: 10,
          maxAttempts: 3,
          handle: async () => {
            throw new Error('never works')
          },
        },
      }),
    )
    const [id] = await insertEntries(topic, 1)
    expect(await waitFor(async () => (await entry(id!)).failed_at !== null)).toBe(true)
    const row = await entry(id!)
    expect(row).toMatchObject({ attempts: 3, last_error: 'never works', done_at: null })
    expect(d.lines.filter((l) => l.level === 'error').map((l) => l.obj.outboxId)).toEqual([id])
  })

  it('retries an entry whose worker died with it claimed, once the lease has expired', async () => {
    const topic = `test.lease.${unique()}`
    const [id] = await insertEntries(topic, 1)
    // A worker claimed it and was killed before finishing: the claim stays, with a lease.
    await sql(
      `update outbox set claimed_until = now() + interval '600 milliseconds', claimed_by = 'dead-worker',
         attempts = 1 where id = $1`,
      [id],
    )
    const expires = Date.now() + 600
    const calls: number[] = []
    await start(dispatcherFor({ [topic]: { handle: async () => void calls.push(Date.now()) } }))
    await sleep(300)
    expect(calls).toEqual([])
    expect(await waitFor(() => calls.length > 0, 3000)).toBe(true)
    expect(calls[0]!).toBeGreaterThanOrEqual(expires - 50)
    expect(await waitFor(async () => (await entry(id!)).done_at !== null)).toBe(true)
    expect(calls).toHaveLength(1)
    expect((await entry(id!)).attempts).toBe(2)
  })

  it('does not let a worker whose lease ran out overwrite the newer claim', async () => {
    const topic = `test.slow.${unique()}`
    let release: () => void = () => undefined
    const slow = new Promise<void>((resolve) => (release = resolve))
    const calls: string[] = []
    // A's handler outlives its 300 ms lease; B claims the entry again and finishes it.
    const a = dispatcherFor(
      {
        [topic]: {
          handle: async () => {
            calls.push('a')
            await slow
            throw new Error('late failure')
          },
        },
      },
      { leaseMs: 300 },
    )
    const [id] = await insertEntries(topic, 1)
    void a.dispatcher.drain()
    expect(await waitFor(() => calls.length === 1)).toBe(true)
    await start(dispatcherFor({ [topic]: { handle: async () => void calls.push('b') } }))
    expect(await waitFor(async () => (await entry(id!)).done_at !== null)).toBe(true)
    release()
    await sleep(200)
    expect(calls).toEqual(['a', 'b'])
    const row = await entry(id!)
    expect(row.done_at).not.toBeNull()
    expect(row.last_error).toBeNull()
  })
})

describe('Meilisearch sync', () => {
  const saved: Record<string, string | undefined> = {}
  let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

  beforeAll(async () => {
    taxonomy = await createTaxonomy(payload)
    for (const name of ['MEILISEARCH_HOST', 'SEARCH_BACKEND']) saved[name] = process.env[name]
    // Nothing listens on a port just found free: every call to Meilisearch is refused.
    process.env.MEILISEARCH_HOST = `http://127.0.0.1:${await freePort()}`
    process.env.SEARCH_BACKEND = 'meilisearch'
    resetConfig()
  })

  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    resetConfig()
  })

  const syncEntries = async (docId: number) =>
    sql(`select * from outbox where topic = 'search.sync' and (payload->>'docId')::int = $1`, [docId])

  it('queues a search.sync entry with the edit, keeps it for retry while Meilisearch is down', async () => {
    const started = performance.now()
    const doc = await payload.create({
      collection: 'resources',
      data: { ...resourceData(taxonomy, { title: `Outbox search ${unique()}` }), _status: 'published' },
    })
    // A request that waited on an unreachable Meilisearch would wait out its timeout; a loaded
    // CI machine once took 2.4 s for the create alone, so the ceiling sits between the two.
    expect(performance.now() - started).toBeLessThan(5000)
    const [queued, ...more] = await syncEntries(doc.id)
    expect(more).toEqual([])
    expect(queued!.payload).toEqual({ collection: 'resources', docId: doc.id })

    expect((await drain(payload)).failed).toBeGreaterThanOrEqual(1)
    const after = await entry(Number(queued!.id))
    expect(after).toMatchObject({ attempts: 1, done_at: null, failed_at: null })
    expect(after.last_error).toBeTruthy()
    expect(new Date(after.next_attempt_at).getTime()).toBeGreaterThan(Date.now())
  })

  it('queues nothing for an edit that rolls back', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const doc = await payload.create({
      collection: 'resources',
      data: {
        ...resourceData(taxonomy, { title: `Outbox search rollback ${unique()}` }),
        _status: 'published',
      },
      req,
    })
    // Written in the edit's transaction: visible there, nowhere else until it commits.
    const inside = await (
      await transactionDb(req)
    ).execute(
      drizzleSql`select id from outbox where topic = 'search.sync' and (payload->>'docId')::int = ${doc.id}`,
    )
    expect(inside.rows).toHaveLength(1)
    expect(await syncEntries(doc.id)).toEqual([])
    await killTransaction(req)
    expect(await syncEntries(doc.id)).toEqual([])
  })

  it('queues nothing with the PostgreSQL backend', async () => {
    process.env.SEARCH_BACKEND = 'postgres'
    resetConfig()
    try {
      const doc = await payload.create({
        collection: 'resources',
        data: { ...resourceData(taxonomy, { title: `Outbox search pg ${unique()}` }), _status: 'published' },
      })
      expect(await syncEntries(doc.id)).toEqual([])
    } finally {
      process.env.SEARCH_BACKEND = 'meilisearch'
      resetConfig()
    }
  })
})

describe('GET /api/outbox', () => {
  it('lists failed entries with their error for admins only', async () => {
    const clients = await clientsByRole(payload)
    const [id] = await insertEntries(`test.listed.${unique()}`, 1)
    await sql(`update outbox set failed_at = now(), attempts = 20, last_error = 'gave up' where id = $1`, [
      id,
    ])

    const listed = await clients.admin.api.get('/outbox?state=failed&limit=10')
    expect(listed.status).toBe(200)
    expect(listed.body.docs[0]).toMatchObject({ id, lastError: 'gave up', attempts: 20 })
    expect(listed.body.counts.failed).toBeGreaterThanOrEqual(1)

    expect((await clients.editor.api.get('/outbox')).status).toBe(403)
    expect((await anonymous().get('/outbox')).status).toBe(401)
    const bad = await clients.admin.api.get('/outbox?state=bogus')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('state')

    const retried = await clients.admin.api.post(`/outbox/${id}/retry`, {})
    expect(retried.status).toBe(200)
    expect(await entry(id!)).toMatchObject({ failed_at: null, attempts: 0 })
    expect((await clients.editor.api.post(`/outbox/${id}/retry`, {})).status).toBe(403)
    expect((await clients.admin.api.post('/outbox/abc/retry', {})).status).toBe(400)
  })
})

// Last: it destroys this file's Payload instance.
describe('in a long-running CMS process', () => {
  const listeners = async () => {
    const [{ n }] = (
      await pool().query(
        // This database's only: files running beside this one listen on their own copies.
        `select count(*)::int as n from pg_stat_activity
          where query = $1 and datname = current_database() and pid <> pg_backend_pid()`,
        [`listen ${OUTBOX_CHANNEL}`],
      )
    ).rows as [{ n: number }]
    return n
  }

  it('runs the dispatcher from onInit when JOBS_AUTORUN is set, and payload.destroy closes it', async () => {
    const previous = process.env.JOBS_AUTORUN
    const onInit = outboxPlugin()({} as Config).onInit!
    try {
      process.env.JOBS_AUTORUN = 'false'
      resetConfig()
      await onInit(payload)
      expect(await listeners()).toBe(0)

      process.env.JOBS_AUTORUN = 'true'
      resetConfig()
      await onInit(payload)
      expect(await listeners()).toBe(1)
      const [id] = await insertEntries(PURGE_TOPIC, 1)
      expect(await waitFor(async () => (await entry(id!)).done_at !== null)).toBe(true)

      await payload.destroy()
      expect(await waitFor(async () => (await listeners()) === 0)).toBe(true)
    } finally {
      if (previous === undefined) delete process.env.JOBS_AUTORUN
      else process.env.JOBS_AUTORUN = previous
      resetConfig()
    }
  })
})
