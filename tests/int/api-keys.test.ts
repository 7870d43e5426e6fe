import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { flushUsage, pruneUsage, resetKeyLimits } from '../../plugins/api-access'
import { resetConfig } from '../../utilities/config'
import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'

/**
 * API keys (issue 18, points 2 and 3) through the same route handlers as
 * `/api` in production: made by admins and shown once, stored hashed, read
 * only and scoped on REST, GraphQL, custom endpoints and the Local API,
 * refused alike when unknown, revoked or expired, limited per key.
 */
let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>
let published: { id: number; title: string }
let draft: { id: number; title: string }

const DAY = 86_400_000
const KEY = /^hujra_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/

/** A key's id and secret (the secret may itself hold `_`). */
const partsOf = (key: string) => {
  const [, prefix = '', secret = ''] = /^hujra_([A-Za-z0-9]{12})_(.*)$/.exec(key) ?? []
  return { prefix, secret }
}

const makeKey = async (data: Record<string, unknown> = {}) => {
  const answer = await clients.admin.api.post('/api-keys', {
    name: `Dashboard ${unique()}`,
    scopes: ['resources'],
    expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
    ...data,
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return { id: answer.body.doc.id as number, key: answer.body.doc.key as string, doc: answer.body.doc }
}

const withKey = (key: string, header: 'bearer' | 'x-api-key' = 'bearer') =>
  new ApiClient(undefined, header === 'bearer' ? { Authorization: `Bearer ${key}` } : { 'X-API-Key': key })

beforeAll(async () => {
  payload = await getTestPayload()
  await resetKeyLimits({ keyPrefix: `hujra-test:api:${unique()}` })
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
  const make = async (status: 'published' | 'draft') => {
    const doc = await payload.create({
      collection: 'resources',
      data: { ...resourceData(taxonomy), _status: status },
      draft: status === 'draft',
      overrideAccess: true,
    })
    return { id: doc.id as number, title: doc.title as string }
  }
  published = await make('published')
  draft = await make('draft')
})

afterAll(async () => {
  await resetKeyLimits()
})

describe('making a key', () => {
  it('is for admins; the key is in the answer to its creation only, and only its hash is stored', async () => {
    const { id, key, doc } = await makeKey()
    expect(key).toMatch(KEY)
    expect(doc.hash).toBeUndefined()
    expect(doc.prefix).toBe(partsOf(key).prefix)
    const again = await clients.admin.api.get(`/api-keys/${id}`)
    expect(again.status).toBe(200)
    expect(again.body.key ?? null).toBeNull()
    expect(again.body.hash).toBeUndefined()
    expect(again.body.createdBy).toBeTruthy()
    const listed = await clients.admin.api.get('/api-keys?limit=100')
    expect(JSON.stringify(listed.body)).not.toContain(partsOf(key).secret)
    const [row] = (await payload.db.pool.query('select hash from api_keys where id = $1', [id])).rows
    expect(row.hash).toBe(createHash('sha256').update(partsOf(key).secret).digest('hex'))
    for (const role of ['editor', 'moderator', 'member'] as const) {
      const refused = await clients[role].api.post('/api-keys', {
        name: 'Mine',
        scopes: ['resources'],
        expiresAt: new Date(Date.now() + DAY).toISOString(),
      })
      expect(refused.status, role).toBe(403)
      expect((await clients[role].api.get(`/api-keys/${id}`)).status, role).toBe(403)
    }
    const gql = await clients.admin.api.graphql('{ ApiKeys { docs { prefix hash key } } }')
    expect(JSON.stringify(gql.body)).not.toContain(row.hash)
  })

  it('refuses an expiry in the past or too far ahead, no scopes, or a scope outside the public collections, naming the field', async () => {
    const post = (data: Record<string, unknown>) =>
      clients.admin.api.post('/api-keys', {
        name: 'Bad',
        scopes: ['resources'],
        expiresAt: new Date(Date.now() + DAY).toISOString(),
        ...data,
      })
    for (const [data, field] of [
      [{ expiresAt: new Date(Date.now() - DAY).toISOString() }, 'expiresAt'],
      [{ expiresAt: new Date(Date.now() + 800 * DAY).toISOString() }, 'expiresAt'],
      [{ scopes: [] }, 'scopes'],
      [{ scopes: ['users'] }, 'scopes'],
      [{ rateLimitPerMinute: 0 }, 'rateLimitPerMinute'],
    ] as const) {
      const answer = await post(data)
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      expect(JSON.stringify(answer.body.errors), JSON.stringify(data)).toContain(field)
    }
    // Sent by a client, the stored parts are ignored: the server makes them.
    const forged = await post({ prefix: 'AAAAAAAAAAAA', hash: 'f'.repeat(64) })
    expect(forged.status).toBe(201)
    expect(forged.body.doc.prefix).not.toBe('AAAAAAAAAAAA')
  })
})

describe('a key reads its scopes as an anonymous reader would, and nothing else', () => {
  it('on REST: published resources only, no other collection, no writes, no globals, no internals', async () => {
    const { key } = await makeKey({ scopes: ['resources'] })
    for (const client of [withKey(key), withKey(key, 'x-api-key')]) {
      const list = await client.get(`/resources?where[id][in]=${published.id},${draft.id}&draft=true`)
      expect(list.status, JSON.stringify(list.body)).toBe(200)
      expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([published.id])
      expect(list.headers.get('ratelimit-limit')).toBe('120')
      expect(Number(list.headers.get('ratelimit-remaining'))).toBeLessThan(120)
      expect((await client.get(`/resources/${draft.id}?draft=true`)).status).toBe(404)
    }
    const client = withKey(key)
    // Out of scope, as a relationship too: the category stays an id.
    const one = await client.get(`/resources/${published.id}?depth=1`)
    expect(one.body.category).toBe(taxonomy.category.id)
    for (const path of [
      '/posts',
      '/categories',
      '/users',
      '/users/me',
      '/api-keys',
      '/globals/settings',
      '/payload-jobs',
      '/payload-locked-documents',
      '/payload-preferences',
      '/audit-events',
      '/resources/versions',
    ]) {
      const answer = await client.get(path)
      expect([answer.status, path]).toEqual([403, path])
    }
    expect((await client.post('/resources', resourceData(taxonomy))).status).toBe(403)
    expect((await client.patch(`/resources/${published.id}`, { title: 'Changed' })).status).toBe(403)
    expect((await client.delete(`/resources/${published.id}`)).status).toBe(403)
    expect((await client.post('/payload-jobs/run', {})).status).toBe(403)
    const wider = await makeKey({ scopes: ['resources', 'categories'] })
    expect((await withKey(wider.key).get(`/resources/${published.id}?depth=1`)).body.category.id).toBe(
      taxonomy.category.id,
    )
  })

  it('on GraphQL: queries of its scopes only; mutations and other collections refused', async () => {
    const { key } = await makeKey({ scopes: ['resources'] })
    const client = withKey(key)
    const ok = await client.graphql(
      `{ Resources(draft: true, where: { OR: [{ id: { equals: ${published.id} } }, { id: { equals: ${draft.id} } }] }) { docs { id } } }`,
    )
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body.data.Resources.docs).toEqual([{ id: published.id }])
    for (const query of [
      '{ Posts { docs { id } } }',
      '{ Users { docs { email } } }',
      '{ meUser { user { id } } }',
      '{ Settings { id } }',
      '{ ApiKeys { docs { id } } }',
      `{ versionsResources { docs { id } } }`,
      `mutation { updateResource(id: ${published.id}, data: { title: "x" }) { id } }`,
      '{ ...F } fragment F on Query { Users { docs { email } } }',
    ]) {
      const answer = await client.graphql(query)
      expect([answer.status, query]).toEqual([403, query])
    }
  })

  it('on custom endpoints: only those open to keys, with the scope they need', async () => {
    const resources = withKey((await makeKey({ scopes: ['resources'] })).key)
    const postsOnly = withKey((await makeKey({ scopes: ['posts'] })).key)
    expect((await resources.get('/search?q=clinic')).status).toBe(200)
    expect((await postsOnly.get('/search?q=clinic')).status).toBe(403)
    expect((await resources.get('/users/sessions')).status).toBe(403)
  })

  it('through the Local API with the key as the user: the same rules', async () => {
    const { key } = await makeKey({ scopes: ['resources'] })
    const { prefix } = partsOf(key)
    const user = {
      id: 1,
      name: 'k',
      prefix,
      scopes: ['resources'],
      rateLimitPerMinute: null,
      collection: 'api-keys',
      _strategy: 'api-key',
    }
    const found = await payload.find({
      collection: 'resources',
      where: { id: { in: [published.id, draft.id] } },
      draft: true,
      user: user as never,
      overrideAccess: false,
    })
    expect(found.docs.map((d) => d.id)).toEqual([published.id])
    await expect(
      payload.find({ collection: 'posts', user: user as never, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({
        collection: 'resources',
        id: published.id,
        data: { title: 'x' },
        user: user as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('a key that is not live', () => {
  it('unknown, tampered, revoked or expired: the same 401, whichever it was', async () => {
    const live = await makeKey()
    const revoked = await makeKey()
    const expired = await makeKey()
    expect((await withKey(revoked.key).get('/resources')).status).toBe(200)
    const revoke = await clients.admin.api.patch(`/api-keys/${revoked.id}`, { revoked: true })
    expect(revoke.status, JSON.stringify(revoke.body)).toBe(200)
    expect(revoke.body.doc.revokedAt).toBeTruthy()
    // For good: un-ticking it does not bring it back.
    await clients.admin.api.patch(`/api-keys/${revoked.id}`, { revoked: false })
    await payload.db.pool.query(
      `update api_keys set expires_at = now() - interval '1 second' where id = $1`,
      [expired.id],
    )
    const { prefix, secret } = partsOf(live.key)
    const flipped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`
    const bodies = new Set<string>()
    for (const key of [
      revoked.key,
      expired.key,
      `hujra_${prefix}_${flipped}`,
      `hujra_ZZZZZZZZZZZZ_${secret}`,
      'hujra_short',
    ]) {
      for (const answer of [
        await withKey(key).get('/resources'),
        await withKey(key).graphql('{ Resources { docs { id } } }'),
      ]) {
        expect([answer.status, key]).toEqual([401, key])
        expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/)
        bodies.add(JSON.stringify({ ...answer.body, requestId: undefined }))
      }
    }
    expect([...bodies]).toHaveLength(1)
    expect((await withKey(live.key).get('/resources')).status).toBe(200)
  })
})

describe('limits', () => {
  it('a key with its own limit: RateLimit headers count down, then 429 with Retry-After', async () => {
    const { key, id } = await makeKey({ rateLimitPerMinute: 3 })
    const client = withKey(key)
    const remaining: (string | null)[] = []
    for (let i = 0; i < 3; i++) {
      const answer = await client.get('/resources?limit=1')
      expect(answer.status).toBe(200)
      expect(answer.headers.get('ratelimit-limit')).toBe('3')
      remaining.push(answer.headers.get('ratelimit-remaining'))
    }
    expect(remaining).toEqual(['2', '1', '0'])
    const refused = await client.get('/resources?limit=1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/too many/)
    // Another key is counted on its own.
    expect((await withKey((await makeKey()).key).get('/resources?limit=1')).status).toBe(200)
    // Last used is noted (at most once a minute, off the request's path).
    await expect
      .poll(async () => (await clients.admin.api.get(`/api-keys/${id}`)).body.lastUsedAt, { timeout: 5000 })
      .toBeTruthy()
  })
})

describe('usage', () => {
  it("logs each request of a key off the request's path and sums it up per day and endpoint for admins", async () => {
    const { id, key } = await makeKey()
    const client = withKey(key)
    expect((await client.get(`/resources/${published.id}`)).status).toBe(200)
    expect((await client.get(`/resources/${published.id + 1_000_000}`)).status).toBe(404)
    expect((await client.get('/posts')).status).toBe(403)
    expect((await client.graphql('{ Resources(limit: 1) { docs { id } } }')).status).toBe(200)
    // Not in the database yet: written in a batch, a moment later.
    await flushUsage()
    const rows = (
      await payload.db.pool.query(
        'select method, endpoint, status, duration_ms from api_usage where key_id = $1 order by method, endpoint, status',
        [id],
      )
    ).rows
    expect(rows.map((r) => [r.method, r.endpoint, r.status])).toEqual([
      ['GET', '/api/posts', 403],
      ['GET', '/api/resources/:id', 200],
      ['GET', '/api/resources/:id', 404],
      ['POST', '/api/graphql', 200],
    ])
    for (const row of rows) expect(row.duration_ms).toBeGreaterThan(0)
    const summary = await clients.admin.api.get(`/api-keys/${id}/usage?days=7`)
    expect(summary.status, JSON.stringify(summary.body)).toBe(200)
    expect(summary.body.days).toEqual([
      { day: new Date().toISOString().slice(0, 10), requests: 4, errors: 2 },
    ])
    expect(summary.body.slowestEndpoints).toContainEqual(
      expect.objectContaining({ method: 'GET', endpoint: '/api/resources/:id', requests: 2, errors: 1 }),
    )
    expect((await clients.editor.api.get(`/api-keys/${id}/usage`)).status).toBe(403)
    expect((await clients.admin.api.get('/api-keys/99999999/usage')).status).toBe(404)
    expect((await clients.admin.api.get(`/api-keys/${id}/usage?days=0`)).body.errors[0].field).toBe('days')
  })

  it('keeps API_USAGE_RETENTION_DAYS of it', async () => {
    const { id } = await makeKey()
    await payload.db.pool.query(
      `insert into api_usage (key_id, at, method, endpoint, status, duration_ms)
       values ($1, now() - interval '91 days', 'GET', '/api/old', 200, 1), ($1, now() - interval '89 days', 'GET', '/api/kept', 200, 1)`,
      [id],
    )
    expect(await pruneUsage(payload)).toBeGreaterThanOrEqual(1)
    const left = (await payload.db.pool.query('select endpoint from api_usage where key_id = $1', [id])).rows
    expect(left).toEqual([{ endpoint: '/api/kept' }])
  })
})

describe('the public API without a key', () => {
  afterEach(() => {
    delete process.env.API_RATE_LIMIT_PER_MIN
    resetConfig()
  })

  it('is limited per address (API_RATE_LIMIT_PER_MIN a minute), with the same headers; signed-in callers are not counted', async () => {
    process.env.API_RATE_LIMIT_PER_MIN = '3'
    resetConfig()
    const from = (address: string) => new ApiClient(undefined, { 'X-Forwarded-For': address })
    const here = from('198.51.100.7')
    const seen: (string | null)[] = []
    for (let i = 0; i < 3; i++) {
      const answer = await here.get('/public/v1/resources?limit=1')
      expect(answer.status).not.toBe(429)
      seen.push(answer.headers.get('ratelimit-remaining'))
    }
    expect(seen).toEqual(['2', '1', '0'])
    const refused = await here.get('/public/v1/resources?limit=1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/API key/)
    expect((await from('198.51.100.8').get('/public/v1/resources?limit=1')).status).not.toBe(429)
    // Payload's own routes are not this limit's business.
    expect((await here.get('/resources?limit=1')).status).toBe(200)
    expect(
      (await clients.member.api.get('/public/v1/resources?limit=1')).headers.get('ratelimit-limit'),
    ).toBeNull()
  })
})
