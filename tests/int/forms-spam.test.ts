import type { Payload } from 'payload'

import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../collections/moderation/topics'
import { flaggedCounts } from '../../plugins/forms/flags'
import { FORM_LIMIT_KEY_PREFIX, resetFormLimits } from '../../plugins/forms/submitLimits'
import { poolDb } from '../../utilities/db'
import { resetConfig } from '../../utilities/config'
import { clientsByRole, createTaxonomy, unique } from '../helpers/fixtures'
import { createForm, siteReader, validAnswers } from '../helpers/forms'
import { getTestPayload } from '../helpers/payload'
import { postJsonFrom, serveLikeNext } from '../helpers/postFrom'
import { restHandlers } from '../helpers/rest'

/**
 * Spam at the form's one door, POST /api/forms/:id/submit, over real HTTP
 * with each client bound to a loopback address of its own (127.0.0.x), so
 * the per-address limits are what production would see: a honeypot and a
 * too-fast answer accepted in appearance and only counted, 429 with
 * Retry-After past the limit, the site's vouched reader address, Redis.
 */
const SECRET = `forms-spam-secret-${unique()}`
const REDIS_URL = 'redis://127.0.0.1:6379'

let payload: Payload
let stopServer: (() => Promise<void>) | undefined
let port: number
let district: { id: number }
let form: { id: number }

const submit = (formId: number, body: unknown, from: string, headers: Record<string, string> = {}) =>
  postJsonFrom(`http://127.0.0.1:${port}/api/forms/${formId}/submit`, body, from, headers)

const stored = async (formId: number) =>
  (await payload.count({ collection: 'form-submissions', where: { form: { equals: formId } } })).totalDocs

const flagged = (formId: number) => flaggedCounts(poolDb(payload), formId)

const vouched = (reader: string) => ({ [SITE_SECRET_HEADER]: SECRET, [READER_ADDRESS_HEADER]: reader })

beforeAll(async () => {
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  payload = await getTestPayload()
  await resetFormLimits()
  ;({ district } = await createTaxonomy(payload))
  form = await createForm(payload)
  ;({ port, close: stopServer } = await serveLikeNext(await restHandlers()))
})

afterAll(async () => {
  await stopServer?.()
  await resetFormLimits()
  delete process.env.SITE_CACHE_SECRET
  delete process.env.REDIS_URL
  resetConfig()
})

describe('the traps', () => {
  it('answers a filled honeypot as if accepted, stores nothing and counts it for the editors', async () => {
    const own = await createForm(payload)
    for (const body of [
      { values: validAnswers(district.id), website: 'http://spam.example' },
      // Even with an envelope that would be refused: a bot learns nothing from the answer.
      { website: 'x', values: 'nonsense', extra: 1 },
    ]) {
      const answer = await submit(own.id, body, '127.0.0.20')
      expect(answer.status).toBe(201)
      expect(answer.body).toEqual({ received: true })
    }
    expect(await stored(own.id)).toBe(0)
    expect(await flagged(own.id)).toEqual({ honeypot: 2, 'too-fast': 0, 'rate-limited': 0 })
    // Editors see the count on the form.
    const { editor } = await clientsByRole(payload)
    const read = await editor.api.get(`/forms/${own.id}?depth=0`)
    expect(read.body.flaggedAttempts).toEqual({ honeypot: 2, 'too-fast': 0, 'rate-limited': 0 })
    // A honeypot at a form that does not exist: the same answer, nothing counted anywhere.
    expect((await submit(99_999_999, { website: 'x' }, '127.0.0.20')).status).toBe(201)
  })

  it('treats a form sent sooner than a person could fill it in like the honeypot; a patient one is stored', async () => {
    const own = await createForm(payload)
    const fast = await submit(
      own.id,
      { values: validAnswers(district.id), renderedAt: Date.now() - 500 },
      '127.0.0.21',
    )
    expect(fast.status).toBe(201)
    expect(fast.body).toEqual({ received: true })
    // A render time in the future is a made-up one.
    const future = await submit(
      own.id,
      { values: validAnswers(district.id), renderedAt: Date.now() + 60_000 },
      '127.0.0.21',
    )
    expect(future.status).toBe(201)
    expect(await stored(own.id)).toBe(0)
    expect((await flagged(own.id))['too-fast']).toBe(2)

    const patient = await submit(
      own.id,
      { values: validAnswers(district.id), renderedAt: Date.now() - 20_000 },
      '127.0.0.21',
    )
    expect(patient.status).toBe(201)
    expect(await stored(own.id)).toBe(1)
    // Without renderedAt (a site that does not send it) nothing is timed.
    expect((await submit(own.id, { values: validAnswers(district.id) }, '127.0.0.21')).status).toBe(201)
    expect(await stored(own.id)).toBe(2)
  })
})

describe('limits per reader', () => {
  it('allows ten in ten minutes from one address, then 429 with Retry-After (counted); another address still gets through', async () => {
    const own = await createForm(payload)
    for (let i = 0; i < 10; i += 1) {
      const answer = await submit(own.id, { values: validAnswers(district.id) }, '127.0.0.2')
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    }
    const refused = await submit(own.id, { values: validAnswers(district.id) }, '127.0.0.2')
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(500)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(refused.body.errors[0].message).toMatch(/too many/i)
    // A bot's honeypot and bad answers count toward the same allowance; none gets stored past it.
    expect((await submit(own.id, { website: 'x' }, '127.0.0.2')).status).toBe(429)
    expect(await stored(own.id)).toBe(10)
    expect((await flagged(own.id))['rate-limited']).toBe(2)
    expect((await submit(own.id, { values: validAnswers(district.id) }, '127.0.0.3')).status).toBe(201)
  })

  it('counts every attempt, refused ones too: bad answers use up the allowance', async () => {
    for (let i = 0; i < 10; i += 1) {
      const answer = await submit(form.id, { values: { email: 'nope' } }, '127.0.0.4')
      expect(answer.status).toBe(400)
    }
    expect((await submit(form.id, { values: validAnswers(district.id) }, '127.0.0.4')).status).toBe(429)
  })

  it('counts the reader the site vouches for (SITE_CACHE_SECRET), not the site; a forged vouch counts the caller', async () => {
    const site = '127.0.0.12'
    for (let i = 0; i < 10; i += 1)
      expect(
        (await submit(form.id, { values: validAnswers(district.id) }, site, vouched('203.0.113.7'))).status,
      ).toBe(201)
    expect(
      (await submit(form.id, { values: validAnswers(district.id) }, site, vouched('203.0.113.7'))).status,
    ).toBe(429)
    expect(
      (await submit(form.id, { values: validAnswers(district.id) }, site, vouched('203.0.113.8'))).status,
    ).toBe(201)

    const forged = (n: number) => ({
      [SITE_SECRET_HEADER]: 'not-the-secret-at-all',
      [READER_ADDRESS_HEADER]: `198.51.100.${n}`,
    })
    for (let i = 0; i < 10; i += 1)
      expect(
        (await submit(form.id, { values: validAnswers(district.id) }, '127.0.0.13', forged(i))).status,
      ).toBe(201)
    expect(
      (await submit(form.id, { values: validAnswers(district.id) }, '127.0.0.13', forged(99))).status,
    ).toBe(429)
  })

  it('counts in Redis when REDIS_URL is set: the count outlives the CMS instance that made it', async () => {
    const reader = `198.51.100.${100 + Math.floor(Math.random() * 150)}`
    const keys = ['10m', 'day'].map((name) => `${FORM_LIMIT_KEY_PREFIX}:${name}:${reader}`)
    const redis = createClient({ url: REDIS_URL })
    await redis.connect()
    try {
      await redis.del(keys)
      process.env.REDIS_URL = REDIS_URL
      resetConfig()
      await resetFormLimits()
      for (let i = 0; i < 10; i += 1)
        expect(
          (
            await siteReader(SECRET, reader).post(`/forms/${form.id}/submit`, {
              values: validAnswers(district.id),
            })
          ).status,
        ).toBe(201)
      expect(Number(await redis.get(keys[0]!))).toBe(10)
      // A new set of limiters (as in another CMS process): memory is empty, Redis is not.
      await resetFormLimits()
      const refused = await siteReader(SECRET, reader).post(`/forms/${form.id}/submit`, {
        values: validAnswers(district.id),
      })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await redis.pTTL(keys[0]!)).toBeGreaterThan(0)
    } finally {
      await redis.del(keys)
      await redis.quit()
      delete process.env.REDIS_URL
      resetConfig()
      await resetFormLimits()
    }
  })
})
