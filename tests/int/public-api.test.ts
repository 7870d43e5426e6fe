import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { guardedRoutes } from '../../plugins/input-guard/routes'
import { poolDb } from '../../utilities/db'
import { expectError } from '../helpers/errorShape'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous, ApiClient, type ApiResponse } from '../helpers/rest'

// Read once by the configuration, which getTestPayload resets: before it.
process.env.API_CORS_ORIGINS = 'https://maps.example.org'

let payload: Payload
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

const BASE = '/public/v1'

const publish = (overrides: Record<string, unknown> = {}, t = taxonomy) =>
  payload.create({ collection: 'resources', data: { ...resourceData(t, overrides), _status: 'published' } })

/** Every row of a list, following `nextCursor`; the pages' ids in order. */
const walk = async (path: string, between?: (page: number) => Promise<void>) => {
  const ids: number[] = []
  let url: string | null = path
  for (let page = 0; url && page < 100; page++) {
    const res: ApiResponse = await anonymous().get(url.replace(/^\/api/, ''))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    ids.push(...res.body.data.map((r: { id: number }) => r.id))
    url = res.body.next
    if (url) expect(res.body.nextCursor).toBeTruthy()
    await between?.(page)
  }
  return ids
}

beforeAll(async () => {
  payload = await getTestPayload()
  taxonomy = await createTaxonomy(payload)
})

describe('public API: what it shows', () => {
  it('lists published resources only: never drafts, never a draft edit of a published one', async () => {
    const t = await createTaxonomy(payload)
    const shown = await publish({ title: 'Published clinic' }, t)
    const draft = await payload.create({
      collection: 'resources',
      data: { ...resourceData(t, { title: 'Draft clinic' }), _status: 'draft' },
      draft: true,
    })
    const edited = await publish({ title: 'Edited clinic v1' }, t)
    await payload.update({
      collection: 'resources',
      id: edited.id,
      data: { title: 'Edited clinic v2 (draft)' },
      draft: true,
    })
    const unpublished = await publish({ title: 'Withdrawn clinic' }, t)
    await payload.update({ collection: 'resources', id: unpublished.id, data: { _status: 'draft' } })

    const res = await anonymous().get(`${BASE}/resources?category=${t.category.id}&sort=id`)
    expect(res.status).toBe(200)
    expect(res.body.data.map((r: any) => [r.id, r.title])).toEqual([
      [shown.id, 'Published clinic'],
      [edited.id, 'Edited clinic v1'],
    ])
    expect((await anonymous().get(`${BASE}/resources/${draft.id}`)).status).toBe(404)
    expect((await anonymous().get(`${BASE}/resources/${unpublished.id}`)).status).toBe(404)
    expect((await anonymous().get(`${BASE}/resources/${edited.id}`)).body.data.title).toBe('Edited clinic v1')
  })

  it('answers each collection in its documented projection, exactly these keys', async () => {
    const resource = await publish({
      phones: [{ number: '+92 000 1234567', kind: 'voice', label: 'Front desk' }],
      openingHours: [{ day: 'mon', mode: 'open', ranges: [{ opens: '09:00', closes: '17:00' }] }],
      languages: ['en', 'ur'],
      documentsToBring: 'CNIC\nReferral letter',
    })
    const post = await payload.create({
      collection: 'posts',
      data: { title: `Post ${unique()}`, relatedResources: [resource.id], _status: 'published' },
    })
    const campaign = await payload.create({
      collection: 'campaigns',
      data: {
        title: `Campaign ${unique()}`,
        startsAt: new Date(Date.now() - 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 86_400_000).toISOString(),
        goal: { target: 100, unit: 'households' },
        _status: 'published',
      } as never,
    })
    const organization = await payload.create({
      collection: 'organizations',
      data: { name: `Org ${unique()}` },
    })
    const expected: Record<string, [number, string[]]> = {
      resources: [
        resource.id,
        [
          'id',
          'slug',
          'title',
          'summary',
          'body',
          'category',
          'district',
          'tags',
          'organization',
          'status',
          'featured',
          'location',
          'phones',
          'email',
          'website',
          'address',
          'landmark',
          'timeZone',
          'openingHours',
          'hoursExceptions',
          'eligibility',
          'fees',
          'languages',
          'accessibility',
          'howToApply',
          'documentsToBring',
          'attributes',
          'references',
          'provenance',
          'lastVerifiedAt',
          'createdAt',
          'updatedAt',
        ],
      ],
      posts: [
        post.id,
        [
          'id',
          'slug',
          'title',
          'summary',
          'body',
          'categories',
          'campaign',
          'relatedResources',
          'publishedAt',
          'createdAt',
          'updatedAt',
        ],
      ],
      campaigns: [
        campaign.id,
        [
          'id',
          'slug',
          'title',
          'summary',
          'body',
          'startsAt',
          'endsAt',
          'phase',
          'goal',
          'organization',
          'districts',
          'categories',
          'resources',
          'publishedAt',
          'createdAt',
          'updatedAt',
        ],
      ],
      categories: [
        taxonomy.category.id,
        ['id', 'slug', 'name', 'description', 'icon', 'order', 'createdAt', 'updatedAt'],
      ],
      districts: [
        taxonomy.district.id,
        ['id', 'slug', 'name', 'division', 'centroid', 'boundary', 'createdAt', 'updatedAt'],
      ],
      tags: [taxonomy.tag.id, ['id', 'slug', 'name', 'createdAt', 'updatedAt']],
      organizations: [
        organization.id,
        [
          'id',
          'slug',
          'name',
          'description',
          'email',
          'website',
          'phones',
          'legalStatus',
          'createdAt',
          'updatedAt',
        ],
      ],
    }
    for (const [slug, [id, keys]] of Object.entries(expected)) {
      const item = await anonymous().get(`${BASE}/${slug}/${id}`)
      expect(item.status, `${slug}: ${JSON.stringify(item.body)}`).toBe(200)
      expect(Object.keys(item.body.data), slug).toEqual(keys)
      const list = await anonymous().get(`${BASE}/${slug}?limit=100&sort=-id`)
      expect(list.status).toBe(200)
      const row = list.body.data.find((r: any) => r.id === id)
      expect(row, `${slug} ${id} in its list`).toEqual(item.body.data)
    }
    const r = (await anonymous().get(`${BASE}/resources/${resource.id}`)).body.data
    expect(r.phones).toEqual([{ number: '+92 000 1234567', kind: 'voice', label: 'Front desk' }])
    expect(r.openingHours).toEqual([
      { day: 'mon', mode: 'open', ranges: [{ opens: '09:00', closes: '17:00' }] },
    ])
    expect(r.languages).toEqual(['en', 'ur'])
    expect(r.documentsToBring).toEqual(['CNIC', 'Referral letter'])
    expect(r.tags).toEqual([taxonomy.tag.id])
    expect(r.location).toEqual({ type: 'Point', coordinates: [71.5, 34.0] })
    const p = (await anonymous().get(`${BASE}/posts/${post.id}`)).body.data
    expect(p.relatedResources).toEqual([resource.id])
    const c = (await anonymous().get(`${BASE}/campaigns/${campaign.id}`)).body.data
    expect(c.phase).toBe('running')
    expect(c.goal).toEqual({ target: 100, unit: 'households' })
  })

  it('selects fields with fields=, id always included', async () => {
    const resource = await publish()
    const res = await anonymous().get(`${BASE}/resources/${resource.id}?fields=title,status`)
    expect(res.body.data).toEqual({ id: resource.id, title: resource.title, status: 'active' })
    const list = await anonymous().get(`${BASE}/resources?fields=updatedAt&limit=3`)
    for (const row of list.body.data) expect(Object.keys(row)).toEqual(['id', 'updatedAt'])
    const bad = await anonymous().get(`${BASE}/resources?fields=title,_status`)
    expectError(bad, 400, 'fields')
    expect(bad.body.errors[0].message).toMatch(/unknown field "_status"/)
  })

  it('answers in the reader’s locale, English standing in per field', async () => {
    const resource = await publish({ title: 'Water point', summary: 'Clean water' })
    await payload.update({
      collection: 'resources',
      id: resource.id,
      locale: 'ur',
      data: { title: 'پانی کا نقطہ' },
    })
    const ur = await anonymous().get(`${BASE}/resources/${resource.id}?locale=ur&fields=title,summary`)
    expect(ur.body.data).toEqual({ id: resource.id, title: 'پانی کا نقطہ', summary: 'Clean water' })
    expect(ur.headers.get('content-language')).toBe('ur')
    const ps = await anonymous().get(`${BASE}/resources/${resource.id}?locale=ps&fields=title`)
    expect(ps.body.data.title).toBe('Water point')
    expectError(await anonymous().get(`${BASE}/resources?locale=fr`), 400, 'locale')
  })
})

describe('public API: filters', () => {
  it('filters by category, district, tag, status, updatedSince and bbox', async () => {
    const a = await createTaxonomy(payload)
    const b = await createTaxonomy(payload)
    const inA = await publish({ status: 'active', location: { type: 'Point', coordinates: [71.5, 34.0] } }, a)
    const closedA = await publish(
      { status: 'closed', location: { type: 'Point', coordinates: [73.0, 35.5] } },
      a,
    )
    const inB = await publish({}, b)
    const ids = async (query: string) =>
      (await anonymous().get(`${BASE}/resources?sort=id&limit=100&fields=id&${query}`)).body.data.map(
        (r: any) => r.id,
      )

    expect(await ids(`category=${a.category.id}`)).toEqual([inA.id, closedA.id])
    expect(await ids(`category=${a.category.id},${b.category.id}`)).toEqual([inA.id, closedA.id, inB.id])
    expect(await ids(`district=${b.district.id}`)).toEqual([inB.id])
    expect(await ids(`tag=${a.tag.id}`)).toEqual([inA.id, closedA.id])
    expect(await ids(`category=${a.category.id}&status=closed`)).toEqual([closedA.id])
    expect(await ids(`category=${a.category.id}&status=closed,active`)).toEqual([inA.id, closedA.id])
    expect(await ids(`category=${a.category.id}&bbox=71,33.5,72,34.5`)).toEqual([inA.id])

    await poolDb(payload).execute(
      sql`update resources set updated_at = '2020-01-01T00:00:00Z' where id in (${inA.id}, ${closedA.id})`,
    )
    await payload.update({ collection: 'resources', id: closedA.id, data: { summary: 'changed' } })
    expect(await ids(`category=${a.category.id}&updatedSince=2021-01-01`)).toEqual([closedA.id])
    expect(await ids(`category=${a.category.id}&updatedSince=2019-12-31T23:00:00Z`)).toEqual([
      inA.id,
      closedA.id,
    ])
  })

  it('filters campaigns by phase and posts by category', async () => {
    const day = 86_400_000
    const make = (title: string, from: number, to: number) =>
      payload.create({
        collection: 'campaigns',
        data: {
          title,
          startsAt: new Date(Date.now() + from * day).toISOString(),
          endsAt: new Date(Date.now() + to * day).toISOString(),
          goal: { target: 10, unit: 'people' },
          categories: [taxonomy.category.id],
          _status: 'published',
        } as never,
      })
    const ended = await make('Ended', -10, -5)
    const running = await make('Running', -1, 1)
    const scheduled = await make('Scheduled', 5, 10)
    const phases = async (status: string) =>
      (
        await anonymous().get(
          `${BASE}/campaigns?category=${taxonomy.category.id}&status=${status}&limit=100&fields=phase`,
        )
      ).body.data
    expect((await phases('running')).map((c: any) => c.id)).toContain(running.id)
    expect((await phases('running')).every((c: any) => c.phase === 'running')).toBe(true)
    expect((await phases('ended,scheduled')).map((c: any) => c.id)).toEqual(
      expect.arrayContaining([ended.id, scheduled.id]),
    )
    expectError(await anonymous().get(`${BASE}/campaigns?status=draft`), 400, 'status')

    const t = await createTaxonomy(payload)
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'In category', categories: [t.category.id], _status: 'published' },
    })
    const posts = await anonymous().get(`${BASE}/posts?category=${t.category.id}`)
    expect(posts.body.data.map((p: any) => p.id)).toEqual([post.id])
    // Filters of one collection are unknown parameters on another.
    expectError(await anonymous().get(`${BASE}/tags?category=1`), 400, 'category')
  })
})

describe('public API: keyset pagination', () => {
  it('pages through ties in the sort value without skipping or repeating a row', async () => {
    const t = await createTaxonomy(payload)
    const made: number[] = []
    for (let i = 0; i < 23; i++) made.push((await publish({}, t)).id)
    // Three groups sharing one creation instant each: ties within every page boundary.
    await poolDb(payload).execute(sql`update resources set created_at = case
        when id % 3 = 0 then '2025-01-01T00:00:00Z'::timestamptz
        when id % 3 = 1 then '2025-06-01T00:00:00Z'::timestamptz
        else '2025-06-01T00:00:00.001Z'::timestamptz end
      where category_id = ${t.category.id}`)
    for (const sort of ['createdAt', '-createdAt', 'id', '-updatedAt']) {
      const ids = await walk(`${BASE}/resources?category=${t.category.id}&limit=4&fields=id&sort=${sort}`)
      expect(ids.length, sort).toBe(23)
      expect(new Set(ids).size, sort).toBe(23)
      expect([...ids].sort((x, y) => x - y)).toEqual(made)
    }
    const desc = await walk(`${BASE}/resources?category=${t.category.id}&limit=5&fields=id&sort=-createdAt`)
    const group = (id: number) => (id % 3 === 0 ? 0 : id % 3 === 1 ? 1 : 2)
    // Newest first; within a tie, higher ids first.
    const expected = [...made].sort((x, y) => group(y) - group(x) || y - x)
    expect(desc).toEqual(expected)
  })

  it('neither repeats nor skips rows while others are added between pages', async () => {
    const t = await createTaxonomy(payload)
    const before: number[] = []
    for (let i = 0; i < 12; i++) before.push((await publish({}, t)).id)
    const added: number[] = []
    const addTwo = async () => {
      for (let i = 0; i < 2; i++) added.push((await publish({}, t)).id)
    }
    // Oldest first: what is added lands after the client's position and is seen once.
    const asc = await walk(
      `${BASE}/resources?category=${t.category.id}&limit=5&fields=id&sort=createdAt`,
      addTwo,
    )
    expect(new Set(asc).size).toBe(asc.length)
    expect(asc).toEqual(expect.arrayContaining(before))
    expect(asc).toEqual([...before, ...added.filter((id) => asc.includes(id))])
    // Newest first: what is added lands before the client's position and is not seen.
    const seen = new Set([...before, ...added])
    const desc = await walk(
      `${BASE}/resources?category=${t.category.id}&limit=5&fields=id&sort=-createdAt`,
      addTwo,
    )
    expect(new Set(desc).size).toBe(desc.length)
    expect(desc).toEqual([...seen].sort((x, y) => y - x))
  })

  it('refuses a cursor it did not give out, or one made for another sort or collection', async () => {
    const first = await anonymous().get(`${BASE}/resources?limit=1&sort=id`)
    const cursor = first.body.nextCursor as string
    expect(cursor).toBeTruthy()
    expectError(await anonymous().get(`${BASE}/resources?cursor=garbage`), 400, 'cursor')
    expectError(await anonymous().get(`${BASE}/resources?sort=-id&cursor=${cursor}`), 400, 'cursor')
    expectError(await anonymous().get(`${BASE}/tags?sort=id&cursor=${cursor}`), 400, 'cursor')
    const forged = Buffer.from(
      JSON.stringify({ c: 'resources', s: '-createdAt', v: 'yesterday', i: 1 }),
    ).toString('base64url')
    expectError(await anonymous().get(`${BASE}/resources?cursor=${forged}`), 400, 'cursor')
  })
})

describe('public API: conditional requests', () => {
  it('answers 304 to If-None-Match and If-Modified-Since, 200 once the content changed', async () => {
    const resource = await publish()
    const path = `${BASE}/resources/${resource.id}`
    const first = await anonymous().get(path)
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(new Date(lastModified).getTime()).toBe(Math.floor(Date.parse(resource.updatedAt) / 1000) * 1000)

    const notModified = await new ApiClient(undefined, { 'If-None-Match': etag }).get(path)
    expect(notModified.status).toBe(304)
    expect(notModified.body).toBeNull()
    expect(notModified.headers.get('etag')).toBe(etag)
    expect((await new ApiClient(undefined, { 'If-None-Match': `W/${etag}, "other"` }).get(path)).status).toBe(
      304,
    )
    expect((await new ApiClient(undefined, { 'If-Modified-Since': lastModified }).get(path)).status).toBe(304)
    // If-None-Match wins when both are sent.
    expect(
      (
        await new ApiClient(undefined, { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified }).get(
          path,
        )
      ).status,
    ).toBe(200)

    const list = `${BASE}/resources?category=${taxonomy.category.id}&sort=id&limit=100`
    const listEtag = (await anonymous().get(list)).headers.get('etag')!
    expect((await new ApiClient(undefined, { 'If-None-Match': listEtag }).get(list)).status).toBe(304)

    await new Promise((resolve) => setTimeout(resolve, 1100))
    await payload.update({ collection: 'resources', id: resource.id, data: { summary: 'Now different' } })
    const changed = await new ApiClient(undefined, { 'If-None-Match': etag }).get(path)
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect((await new ApiClient(undefined, { 'If-Modified-Since': lastModified }).get(path)).status).toBe(200)
    expect((await new ApiClient(undefined, { 'If-None-Match': listEtag }).get(list)).status).toBe(200)
  })
})

describe('public API: bad parameters', () => {
  it('answers 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['sort=title', 'sort'],
      ['category=abc', 'category'],
      ['category=1,x', 'category'],
      ['district=-1', 'district'],
      ['tag=', 'tag'],
      ['status=open', 'status'],
      ['updatedSince=yesterday', 'updatedSince'],
      ['updatedSince=2026-12-01T10:00:00', 'updatedSince'],
      ['bbox=1,2,3', 'bbox'],
      ['bbox=10,0,0,10', 'bbox'],
      ['bbox=0,0,200,10', 'bbox'],
      ['locale=xx', 'locale'],
      ['page=2', 'page'],
      ['where[title][equals]=x', 'where[title][equals]'],
      ['limit=5&limit=6', 'limit'],
    ]
    for (const [query, field] of cases) {
      const res = await anonymous().get(`${BASE}/resources?${query}`)
      expectError(res, 400, field)
    }
    expectError(await anonymous().get(`${BASE}/resources/abc`), 400, 'id')
    expectError(await anonymous().get(`${BASE}/resources/99999999`), 404, 'id')
  })
})

describe('public API: CORS', () => {
  it('allows the listed origins without credentials, with Vary: Origin on every answer', async () => {
    const listed = await new ApiClient(undefined, { Origin: 'https://maps.example.org' }).get(
      `${BASE}/tags?limit=1`,
    )
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://maps.example.org')
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull()
    expect(listed.headers.get('access-control-expose-headers')).toMatch(/ETag/)
    expect(listed.headers.get('vary')).toMatch(/Origin/)

    const other = await new ApiClient(undefined, { Origin: 'https://evil.example' }).get(
      `${BASE}/tags?limit=1`,
    )
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    expect(other.headers.get('vary')).toMatch(/Origin/)

    const preflight = async (origin: string) => {
      const { default: config } = await import('../../payload.config')
      const { OPTIONS } = guardedRoutes(config)
      const url = `http://localhost:3000/api${BASE}/resources?category=1`
      return OPTIONS(
        new Request(url, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'GET',
            'Access-Control-Request-Headers': 'authorization',
          },
        }),
        { params: Promise.resolve({ slug: ['public', 'v1', 'resources'] }) },
      )
    }
    const allowed = await preflight('https://maps.example.org')
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://maps.example.org')
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull()
    const refused = await preflight('https://evil.example')
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    expect(refused.headers.get('vary')).toMatch(/Origin/)

    const error = await new ApiClient(undefined, { Origin: 'https://maps.example.org' }).get(
      `${BASE}/tags?limit=0`,
    )
    expect(error.status).toBe(400)
    expect(error.headers.get('access-control-allow-origin')).toBe('https://maps.example.org')
  })
})
