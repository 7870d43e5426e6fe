import type { Payload } from 'payload'

import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { summaryOf } from '../../collections/moderation/correctionInput'
import { LIMIT_KEY_PREFIX, resetCorrectionLimits } from '../../collections/moderation/correctionLimits'
import { limitKey } from '../../collections/moderation/readerAddress'
import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../collections/moderation/topics'
import { resetConfig } from '../../utilities/config'
import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { postJsonFrom, serveLikeNext } from '../helpers/postFrom'
import { anonymous, restHandlers } from '../helpers/rest'

/**
 * "Report a correction" at the CMS: POST /api/corrections/submit over real
 * HTTP, each client bound to its own loopback address (127.0.0.x) so the
 * per-reader limits can be seen; the review queue's access over REST and
 * GraphQL; the audit trail of a moderator's decision.
 */
const SECRET = `corrections-test-secret-${unique()}`
const REDIS_URL = 'redis://127.0.0.1:6379'

let payload: Payload
let stopServer: (() => Promise<void>) | undefined
let port: number
let roles: Awaited<ReturnType<typeof clientsByRole>>
let published: { id: number }
let draft: { id: number }

/** A submission over HTTP from `from` (a loopback address of its own), with optional extra headers. */
const submit = (body: unknown, from = '127.0.0.1', headers: Record<string, string> = {}) =>
  postJsonFrom(`http://127.0.0.1:${port}/api/corrections/submit`, body, from, headers)

const valid = (overrides: Record<string, unknown> = {}) => ({
  resource: published.id,
  topic: 'phone',
  message: `The phone number on this page rings a bakery, not the clinic. ${unique()}`,
  contact: 'reader@example.org',
  locale: 'ur',
  ...overrides,
})

const stored = async (marker: string) =>
  (
    await payload.find({
      collection: 'corrections',
      where: { message: { contains: marker } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  payload = await getTestPayload()
  await resetCorrectionLimits()
  const taxonomy = await createTaxonomy(payload)
  published = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy), _status: 'published' },
    overrideAccess: true,
  })
  draft = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy), _status: 'draft' },
    overrideAccess: true,
  })
  roles = await clientsByRole(payload)
  ;({ port, close: stopServer } = await serveLikeNext(await restHandlers()))
})

afterAll(async () => {
  await stopServer?.()
  await resetCorrectionLimits()
  delete process.env.SITE_CACHE_SECRET
  delete process.env.REDIS_URL
  resetConfig()
})

describe('submitting a correction', () => {
  it('stores it for the review queue: 201, an open request with a summary, the page language and no HTML made of it', async () => {
    const marker = unique()
    const message = `Closed on Fridays now <b>not</b> open. ${'The clinic moved behind the district hospital. '.repeat(4)}${marker}`
    const answer = await submit(
      valid({ topic: 'hours', message, contact: ' +92 000 123 4567 ' }),
      '127.0.0.10',
    )
    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({ received: true })
    const [row] = await stored(marker)
    expect(row).toMatchObject({
      resource: published.id,
      topic: 'hours',
      message,
      contact: '+92 000 123 4567',
      locale: 'ur',
      status: 'open',
    })
    expect(row!.handledBy ?? null).toBeNull()
    expect(row!.summary!.length).toBeLessThanOrEqual(101)
    expect(row!.summary).toMatch(/^Closed on Fridays now <b>not<\/b> open\. .*…$/)
  })

  it('refuses bad input with a 400 naming the field, and stores nothing', async () => {
    const marker = unique()
    const cases: [Record<string, unknown>, string][] = [
      [valid({ topic: 'spelling', message: marker }), 'topic'],
      [valid({ message: '   ', contact: marker }), 'message'],
      [valid({ message: `${'x'.repeat(2001)}${marker}` }), 'message'],
      [valid({ message: marker, contact: 'call me maybe' }), 'contact'],
      [valid({ message: marker, contact: '12' }), 'contact'],
      [valid({ message: marker, resource: 'the clinic' }), 'resource'],
      [valid({ message: marker, resource: -3 }), 'resource'],
      [valid({ message: marker, locale: 'fr' }), 'locale'],
      [valid({ message: marker, status: 'resolved' }), 'status'],
      [valid({ message: marker, handledBy: roles.moderator.user.id }), 'handledBy'],
      [{ topic: 'phone', message: marker }, 'resource'],
    ]
    for (const [body, field] of cases) {
      const answer = await anonymous().post('/corrections/submit', body)
      expect(answer.status, `${field}: ${JSON.stringify(answer.body)}`).toBe(400)
      expect(answer.body.errors[0].field).toBe(field)
    }
    const notJson = await anonymous().rest('POST', '/corrections/submit')
    expect(notJson.status).toBe(400)
    expect(await stored(marker)).toHaveLength(0)
  })

  it('answers 404 naming `resource` for an unknown or unpublished resource', async () => {
    for (const id of [draft.id, 99_999_999]) {
      const marker = unique()
      const answer = await anonymous().post('/corrections/submit', valid({ resource: id, message: marker }))
      expect(answer.status).toBe(404)
      expect(answer.body.errors[0].field).toBe('resource')
      expect(await stored(marker)).toHaveLength(0)
    }
  })

  it('answers a filled honeypot as if accepted and stores nothing', async () => {
    const marker = unique()
    // Even with fields that would be refused: a bot learns nothing from the answer.
    for (const body of [
      valid({ message: marker, website: 'http://spam.example' }),
      { website: 'x', message: marker, topic: 'nonsense', extra: 1 },
    ]) {
      const answer = await submit(body, '127.0.0.11')
      expect(answer.status).toBe(201)
      expect(answer.body).toEqual({ received: true })
    }
    expect(await stored(marker)).toHaveLength(0)
  })
})

describe('limits per reader', () => {
  it('allows five in ten minutes from one address, then 429 with Retry-After; another address still gets through', async () => {
    for (let i = 0; i < 5; i += 1) expect((await submit(valid(), '127.0.0.2')).status).toBe(201)
    const refused = await submit(valid(), '127.0.0.2')
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(500)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(refused.body.errors[0].message).toMatch(/too many/i)
    expect((await submit(valid(), '127.0.0.3')).status).toBe(201)
  })

  it('counts the reader the site vouches for (SITE_CACHE_SECRET), not the site', async () => {
    const site = '127.0.0.12'
    const from = (reader: string) => ({ [SITE_SECRET_HEADER]: SECRET, [READER_ADDRESS_HEADER]: reader })
    for (let i = 0; i < 5; i += 1) expect((await submit(valid(), site, from('203.0.113.7'))).status).toBe(201)
    expect((await submit(valid(), site, from('203.0.113.7'))).status).toBe(429)
    // Same site, another reader; an IPv4-mapped IPv6 form of a third.
    expect((await submit(valid(), site, from('203.0.113.8'))).status).toBe(201)
    expect((await submit(valid(), site, from('::ffff:203.0.113.9'))).status).toBe(201)
  })

  it('does not believe a reader address without the right secret: the caller is counted', async () => {
    const caller = '127.0.0.13'
    const forged = (n: number) => ({
      [SITE_SECRET_HEADER]: 'not-the-secret-at-all',
      [READER_ADDRESS_HEADER]: `198.51.100.${n}`,
    })
    for (let i = 0; i < 5; i += 1) expect((await submit(valid(), caller, forged(i))).status).toBe(201)
    expect((await submit(valid(), caller, forged(99))).status).toBe(429)
  })

  it('caps callers the site did not vouch for together, so made-up X-Forwarded-For addresses do not escape', async () => {
    let refusedAt = 0
    for (let i = 1; i <= 40 && !refusedAt; i += 1) {
      const answer = await submit(valid(), '127.0.0.14', { 'x-forwarded-for': `192.0.2.${i}` })
      if (answer.status === 429) refusedAt = i
      else expect(answer.status).toBe(201)
    }
    // 30 unvouched submissions in ten minutes in all, some already sent by the tests above.
    expect(refusedAt).toBeGreaterThan(1)
    expect(refusedAt).toBeLessThanOrEqual(30)
    // The site's readers are not affected.
    const vouched = { [SITE_SECRET_HEADER]: SECRET, [READER_ADDRESS_HEADER]: '203.0.113.20' }
    expect((await submit(valid(), '127.0.0.12', vouched)).status).toBe(201)
  })

  it('counts in Redis when REDIS_URL is set: the count outlives the CMS instance that made it', async () => {
    const reader = `198.51.100.${100 + Math.floor(Math.random() * 150)}`
    const keys = ['10m', 'day'].map((name) => `${LIMIT_KEY_PREFIX}:${name}:${reader}`)
    const redis = createClient({ url: REDIS_URL })
    await redis.connect()
    try {
      await redis.del(keys)
      process.env.REDIS_URL = REDIS_URL
      resetConfig()
      await resetCorrectionLimits()
      const from = { [SITE_SECRET_HEADER]: SECRET, [READER_ADDRESS_HEADER]: reader }
      for (let i = 0; i < 5; i += 1) expect((await submit(valid(), '127.0.0.15', from)).status).toBe(201)
      expect(Number(await redis.get(keys[0]!))).toBe(5)
      // A new set of limiters (as in another CMS process): memory is empty, Redis is not.
      await resetCorrectionLimits()
      const refused = await submit(valid(), '127.0.0.15', from)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
      expect(await redis.pTTL(keys[0]!)).toBeGreaterThan(0)
    } finally {
      await redis.del(keys)
      await redis.quit()
      delete process.env.REDIS_URL
      resetConfig()
      await resetCorrectionLimits()
    }
  })
})

describe('what a limit counts under', () => {
  it('is the IPv4 address, IPv4-mapped IPv6 as IPv4, and an IPv6 address by its /64 (one household)', () => {
    expect(limitKey('203.0.113.7')).toBe('203.0.113.7')
    expect(limitKey('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(limitKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64')
    expect(limitKey('2001:0db8:00aa:00bb::9')).toBe('2001:db8:aa:bb::/64')
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(limitKey('[::1]')).toBe('0:0:0:0::/64')
    for (const bad of ['', 'unknown', '999.1.1.1', '203.0.113.7, 10.0.0.1']) expect(limitKey(bad)).toBeNull()
  })

  it('summarises a long message by its first words, marked when cut', () => {
    expect(summaryOf('  Wrong   number\n on the page ')).toBe('Wrong number on the page')
    const long = summaryOf('word '.repeat(60))
    expect(long.endsWith('word…')).toBe(true)
    expect(long.length).toBeLessThanOrEqual(101)
  })
})

describe('the review queue', () => {
  let correction: { id: number }
  beforeAll(async () => {
    const marker = unique()
    expect((await submit(valid({ message: `Wrong address ${marker}` }), '127.0.0.16')).status).toBe(201)
    correction = (await stored(marker))[0]!
  })

  it('is closed to anonymous readers and members over REST and GraphQL', async () => {
    for (const api of [anonymous(), roles.member.api]) {
      expect([401, 403]).toContain((await api.get('/corrections')).status)
      expect([401, 403]).toContain((await api.get(`/corrections/${correction.id}`)).status)
      const gql = await api.graphql(`{ Corrections { docs { id message } } }`)
      expect(gql.body.data?.Corrections ?? null).toBeNull()
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      const one = await api.graphql(`query($id: Int!) { Correction(id: $id) { id contact } }`, {
        id: correction.id,
      })
      expect(one.body.data?.Correction ?? null).toBeNull()
      expect(one.body.errors?.[0]?.message).toMatch(/not allowed/i)
    }
  })

  it('cannot be written to through REST or GraphQL create, by anyone', async () => {
    const body = { resource: published.id, topic: 'phone', message: `Forged ${unique()}`, status: 'open' }
    for (const api of [anonymous(), roles.member.api, roles.moderator.api, roles.admin.api]) {
      expect([401, 403]).toContain((await api.post('/corrections', body)).status)
      const gql = await api.graphql(
        `mutation($data: mutationCorrectionInput!) { createCorrection(data: $data) { id } }`,
        { data: body },
      )
      expect(gql.body.data?.createCorrection ?? null).toBeNull()
      // Refused by access control, not by a malformed query.
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    }
    expect(await stored(body.message)).toHaveLength(0)
  })

  it('lets a moderator read it and decide: handledBy and handledAt set by the server, what the reader wrote kept', async () => {
    const list = await roles.moderator.api.get('/corrections?depth=0&where[status][equals]=open&limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(correction.id)
    const gql = await roles.moderator.api.graphql(`query($id: Int!) { Correction(id: $id) { id message } }`, {
      id: correction.id,
    })
    expect(gql.body.data.Correction.id).toBe(correction.id)

    // A note alone is not a decision: nobody is recorded as handling it yet.
    const noted = await roles.moderator.api.patch(`/corrections/${correction.id}`, {
      resolution: 'Calling them',
    })
    expect(noted.status).toBe(200)
    expect(noted.body.doc.handledBy ?? null).toBeNull()

    const before = await roles.moderator.api.get(`/corrections/${correction.id}?depth=0`)
    const answer = await roles.moderator.api.patch(`/corrections/${correction.id}?depth=0`, {
      status: 'resolved',
      resolution: 'Phone number corrected',
      message: 'Rewritten by a moderator',
      handledBy: roles.admin.user.id,
    })
    expect(answer.status).toBe(200)
    const doc = answer.body.doc
    expect(doc.status).toBe('resolved')
    expect(doc.handledBy).toBe(roles.moderator.user.id)
    expect(Date.parse(doc.handledAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(doc.message).toBe(before.body.message)
  })

  it('lists newest first, with links by status and the resource as a link to its edit page', async () => {
    const list = await roles.moderator.api.get('/corrections?depth=0&limit=20')
    const times = list.body.docs.map((d: { createdAt: string }) => Date.parse(d.createdAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const { renderToStaticMarkup } = await import('react-dom/server')
    const { StatusTabs } = await import('../../collections/moderation/admin/StatusTabs')
    const { ResourceCell } = await import('../../collections/moderation/admin/ResourceCell')
    const open = await payload.count({ collection: 'corrections', where: { status: { equals: 'open' } } })
    const user = { ...roles.moderator.user, collection: 'users' as const }
    const tabs = renderToStaticMarkup(
      await StatusTabs({ payload, user, searchParams: { where: { status: { equals: 'open' } } } } as never),
    )
    expect(tabs).toContain(`Open (${open.totalDocs})`)
    expect(tabs).toContain('href="/admin/collections/corrections?where%5Bstatus%5D%5Bequals%5D=resolved"')
    expect(tabs).toMatch(/aria-current="page"[^>]*>Open \(/)
    const title = (await payload.findByID({ collection: 'resources', id: published.id, depth: 0 })).title
    const cell = renderToStaticMarkup(
      await ResourceCell({ cellData: published.id, payload, i18n: { language: 'en' } } as never),
    )
    expect(cell).toBe(`<a href="/admin/collections/resources/${published.id}">${title}</a>`)
  })

  it('leaves an audit event naming the moderator and the change of status', async () => {
    const events = await payload.find({
      collection: 'audit-events',
      where: {
        subjectCollection: { equals: 'corrections' },
        subjectId: { equals: String(correction.id) },
        type: { equals: 'update' },
      },
      sort: '-createdAt',
      depth: 0,
      overrideAccess: true,
    })
    const decision = events.docs.find((e) => (e.diff as Record<string, unknown> | null)?.status)
    expect(decision).toBeDefined()
    expect(decision!.actor).toBe(roles.moderator.user.id)
    expect(decision!.actorEmail).toBe(roles.moderator.user.email)
    expect(decision!.diff).toMatchObject({
      status: { from: 'open', to: 'resolved' },
      handledBy: { from: null, to: roles.moderator.user.id },
      resolution: { from: 'Calling them', to: 'Phone number corrected' },
    })
    // Closing it is an event of its own, once: the note before it was not a decision.
    const handled = await payload.find({
      collection: 'audit-events',
      where: {
        subjectCollection: { equals: 'corrections' },
        subjectId: { equals: String(correction.id) },
        type: { equals: 'correction-handled' },
      },
      depth: 0,
      overrideAccess: true,
    })
    expect(handled.docs).toHaveLength(1)
    expect(handled.docs[0]!.actor).toBe(roles.moderator.user.id)
    expect(handled.docs[0]!.diff).toEqual({ status: { from: 'open', to: 'resolved' } })
  })
})
