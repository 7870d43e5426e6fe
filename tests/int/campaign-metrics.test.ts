import type { Payload } from 'payload'

import { createHmac } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../collections/moderation/topics'
import { countSubmission } from '../../plugins/campaign-metrics'
import { toggleUserReaction } from '../../plugins/campaign-metrics/counters'
import { addDays, utcDay } from '../../plugins/campaign-metrics/days'
import { recordView } from '../../plugins/campaign-metrics/record'
import { SALT_TASK } from '../../plugins/campaign-metrics/rotation'
import { READER_AGENT_HEADER } from '../../plugins/campaign-metrics/visitor'
import { resetConfig } from '../../utilities/config'
import { poolDb } from '../../utilities/db'
import { useOwnDatabase } from '../helpers/database'
import { clientsByRole, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient, anonymous } from '../helpers/rest'

/**
 * Campaign impact metrics through the real REST handlers, on a database of
 * this file's own (its clock tests delete every salt and visitor row older
 * than yesterday, which no other file should see happen). Readers are told
 * apart the way the site tells the CMS about them: their address and user
 * agent in headers vouched for with SITE_CACHE_SECRET.
 */
const SECRET = `campaign-metrics-test-secret-${unique()}`
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

let payload: Payload
let roles: Awaited<ReturnType<typeof clientsByRole>>

const sql = async (text: string, params: unknown[] = []) => (await payload.db.pool.query(text, params)).rows

const DAY_MS = 24 * 60 * 60 * 1000

/** A campaign of its own for each test: published (readers count) unless said otherwise. */
const newCampaign = async (status: 'draft' | 'published' = 'published'): Promise<number> => {
  const doc = await payload.create({
    collection: 'campaigns',
    data: {
      title: `Flood preparedness ${unique()}`,
      startsAt: new Date(Date.now() - 2 * DAY_MS).toISOString(),
      endsAt: new Date(Date.now() + 5 * DAY_MS).toISOString(),
      goal: { target: 1000, unit: 'households' },
      _status: status,
    },
    overrideAccess: true,
  })
  return doc.id
}

/** The n-th distinct reader (n < 60,000): its own address, as the site vouches for it. */
const addressOf = (n: number) => `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`
const vouched = (address: string, agent = BROWSER): Record<string, string> => ({
  [SITE_SECRET_HEADER]: SECRET,
  [READER_ADDRESS_HEADER]: address,
  [READER_AGENT_HEADER]: agent,
})
const reader = (n: number, agent = BROWSER) => new ApiClient(undefined, vouched(addressOf(n), agent))

const view = (client: ApiClient, id: number) => client.rest('POST', `/campaign-metrics/${id}/view`)
const react = (client: ApiClient, id: number) => client.rest('POST', `/campaign-metrics/${id}/reaction`)
const totals = async (id: number) => (await anonymous().get(`/campaign-metrics/${id}/totals`)).body
const dailyRow = async (id: number, day = utcDay()) =>
  (
    await sql(
      `select views, reactions, submissions from campaign_metrics_daily where campaign_id = $1 and day = $2`,
      [id, day],
    )
  )[0]

beforeAll(async () => {
  process.env.SITE_CACHE_SECRET = SECRET
  await useOwnDatabase('metrics')
  resetConfig()
  payload = await getTestPayload()
  roles = await clientsByRole(payload)
})

afterAll(() => {
  delete process.env.SITE_CACHE_SECRET
  resetConfig()
})

describe('views', () => {
  it('counts 200 concurrent views of 200 different readers exactly', async () => {
    const id = await newCampaign()
    const answers = await Promise.all(Array.from({ length: 200 }, (_, n) => view(reader(n), id)))
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(204))
    expect(await totals(id)).toEqual({ campaign: id, views: 200, reactions: 0 })
    expect(await dailyRow(id)).toEqual({ views: 200, reactions: 0, submissions: 0 })
    const [visitors] = await sql(
      `select count(*)::int as n, count(distinct visitor)::int as distinct_n from campaign_visitors
        where campaign_id = $1 and kind = 'view'`,
      [id],
    )
    expect(visitors).toEqual({ n: 200, distinct_n: 200 })
  })

  it('counts a reader once a day, however often and however concurrently they come', async () => {
    const id = await newCampaign()
    const again = reader(7)
    expect((await view(again, id)).status).toBe(204)
    await Promise.all(Array.from({ length: 10 }, () => view(again, id)))
    expect((await totals(id)).views).toBe(1)
    // Another browser at the same address is another reader; the same reader on another campaign counts there.
    await view(reader(7, `${BROWSER} Firefox/128.0`), id)
    const other = await newCampaign()
    await view(again, other)
    expect((await totals(id)).views).toBe(2)
    expect((await totals(other)).views).toBe(1)
  })

  it('stores only the salted hash: HMAC-SHA256(day salt, address, agent, campaign) cut to 16 bytes', async () => {
    const id = await newCampaign()
    const address = addressOf(4321)
    await view(reader(4321), id)
    const [salt] = await sql(`select salt from visitor_salts where day = $1`, [utcDay()])
    const expected = createHmac('sha256', salt!.salt as Buffer)
      .update(`${address}\n${BROWSER}\n${id}`)
      .digest()
      .subarray(0, 16)
    const rows = await sql(`select * from campaign_visitors where campaign_id = $1`, [id])
    expect(rows).toHaveLength(1)
    expect(Object.keys(rows[0]!).sort()).toEqual(['campaign_id', 'day', 'kind', 'visitor'])
    expect((rows[0]!.visitor as Buffer).equals(expected)).toBe(true)
  })

  it('believes the address and agent headers only with the site secret', async () => {
    const id = await newCampaign()
    // Wrong secret: every claimed address and agent is ignored, so these are one caller.
    const forged = (n: number) =>
      new ApiClient(undefined, {
        ...vouched(addressOf(n), `${BROWSER} forged/${n}`),
        [SITE_SECRET_HEADER]: 'not-the-site-secret-at-all',
        'user-agent': BROWSER,
      })
    await Promise.all([1, 2, 3, 4, 5].map((n) => view(forged(n), id)))
    expect((await totals(id)).views).toBe(1)
    // With the secret, the same headers are five readers.
    await Promise.all([1, 2, 3, 4, 5].map((n) => view(reader(n, `${BROWSER} forged/${n}`), id)))
    expect((await totals(id)).views).toBe(6)
  })

  it('does not count staff or bots', async () => {
    const id = await newCampaign()
    const asStaff = (role: 'admin' | 'editor' | 'moderator') =>
      tokenClient(roles[role].api, vouched(addressOf(901 + ['admin', 'editor', 'moderator'].indexOf(role))))
    for (const role of ['admin', 'editor', 'moderator'] as const) {
      expect((await view(asStaff(role), id)).status).toBe(204)
      expect((await react(asStaff(role), id)).body).toEqual({ reactions: 0, reacted: false, counted: false })
    }
    for (const agent of [GOOGLEBOT, 'curl/8.5.0', 'python-requests/2.32.3', '']) {
      expect((await view(reader(950, agent), id)).status).toBe(204)
      expect((await react(reader(950, agent), id)).body.counted).toBe(false)
    }
    expect(await totals(id)).toEqual({ campaign: id, views: 0, reactions: 0 })
    // A signed-in member is a reader like any other.
    await view(tokenClient(roles.member.api, vouched(addressOf(960))), id)
    expect((await totals(id)).views).toBe(1)
  })
})

/** The same signed-in client with other headers (ApiClient keeps its token private). */
const tokenClient = (api: ApiClient, headers: Record<string, string>) =>
  new ApiClient((api as unknown as { token?: string }).token, headers)

describe('reactions', () => {
  it('counts 200 concurrent reactions of 200 anonymous readers exactly', async () => {
    const id = await newCampaign()
    const answers = await Promise.all(Array.from({ length: 200 }, (_, n) => react(reader(n), id)))
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(200))
    expect(answers.every((a) => a.body.reacted === true && a.body.counted === true)).toBe(true)
    expect(Math.max(...answers.map((a) => a.body.reactions))).toBe(200)
    expect(await totals(id)).toEqual({ campaign: id, views: 0, reactions: 200 })
    expect(await dailyRow(id)).toEqual({ views: 0, reactions: 200, submissions: 0 })
  })

  it("lets an anonymous reader react once a day and take it back; the GET tells the button's state", async () => {
    const id = await newCampaign()
    const me = reader(33)
    expect((await me.get(`/campaign-metrics/${id}/reaction`)).body).toEqual({ reactions: 0, reacted: false })
    expect((await react(me, id)).body).toEqual({ reactions: 1, reacted: true, counted: true })
    expect((await me.get(`/campaign-metrics/${id}/reaction`)).body).toEqual({ reactions: 1, reacted: true })
    expect((await react(reader(34), id)).body).toEqual({ reactions: 2, reacted: true, counted: true })
    expect((await react(me, id)).body).toEqual({ reactions: 1, reacted: false, counted: true })
    expect(await dailyRow(id)).toEqual({ views: 0, reactions: 1, submissions: 0 })
  })

  it('gives a signed-in member one reaction ever, whatever address they come from, and lets them withdraw it', async () => {
    const id = await newCampaign()
    const member = roles.member.user.id
    const fromHome = tokenClient(roles.member.api, vouched(addressOf(1001)))
    const fromWork = tokenClient(roles.member.api, vouched(addressOf(1002)))
    expect((await react(fromHome, id)).body).toEqual({ reactions: 1, reacted: true, counted: true })
    expect((await fromWork.get(`/campaign-metrics/${id}/reaction`)).body).toEqual({
      reactions: 1,
      reacted: true,
    })
    // A reaction from another address is the same member's: it withdraws.
    expect((await react(fromWork, id)).body).toEqual({ reactions: 0, reacted: false, counted: true })
    expect(await sql(`select 1 from campaign_reactions_users where campaign_id = $1`, [id])).toHaveLength(0)
    expect((await react(fromHome, id)).body).toEqual({ reactions: 1, reacted: true, counted: true })
    const rows = await sql(`select user_id from campaign_reactions_users where campaign_id = $1`, [id])
    expect(rows).toEqual([{ user_id: member }])
  })

  it("keeps the count equal to the members' reactions when one member toggles concurrently", async () => {
    const id = await newCampaign()
    const client = tokenClient(roles.member.api, vouched(addressOf(1003)))
    const answers = await Promise.all(Array.from({ length: 15 }, () => react(client, id)))
    expect(answers.map((a) => a.status)).toEqual(Array(15).fill(200))
    const standing = (await sql(`select 1 from campaign_reactions_users where campaign_id = $1`, [id])).length
    expect(standing).toBeLessThanOrEqual(1)
    expect((await totals(id)).reactions).toBe(standing)
  })

  it('takes a withdrawn reaction off the day it was given, not today', async () => {
    const id = await newCampaign()
    const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS)
    const db = poolDb(payload)
    expect(
      await toggleUserReaction(db, { campaignId: id, userId: roles.member.user.id, now: threeDaysAgo }),
    ).toBe(true)
    expect((await dailyRow(id, utcDay(threeDaysAgo)))?.reactions).toBe(1)
    const client = tokenClient(roles.member.api, vouched(addressOf(1004)))
    expect((await react(client, id)).body).toEqual({ reactions: 0, reacted: false, counted: true })
    expect((await dailyRow(id, utcDay(threeDaysAgo)))?.reactions).toBe(0)
    expect(await dailyRow(id)).toBeUndefined()
  })
})

describe('submissions', () => {
  it("countSubmission counts in the caller's transaction: rolled back with it, kept when it commits", async () => {
    const id = await newCampaign()
    await expect(
      payload.db.drizzle.transaction(async (tx) => {
        await countSubmission(tx as never, id)
        throw new Error('the submission failed')
      }),
    ).rejects.toThrow('the submission failed')
    expect(await dailyRow(id)).toBeUndefined()
    await payload.db.drizzle.transaction(async (tx) => {
      await countSubmission(tx as never, id)
      await countSubmission(tx as never, id, '2026-01-15')
    })
    expect((await dailyRow(id))?.submissions).toBe(1)
    expect((await dailyRow(id, '2026-01-15'))?.submissions).toBe(1)
  })
})

describe('GET /api/campaign-metrics/:id', () => {
  it('answers editors and admins only: anonymous 401, member and moderator 403', async () => {
    const id = await newCampaign()
    expect((await anonymous().get(`/campaign-metrics/${id}`)).status).toBe(401)
    expect((await roles.member.api.get(`/campaign-metrics/${id}`)).status).toBe(403)
    expect((await roles.moderator.api.get(`/campaign-metrics/${id}`)).status).toBe(403)
    expect((await roles.editor.api.get(`/campaign-metrics/${id}`)).status).toBe(200)
    expect((await roles.admin.api.get(`/campaign-metrics/${id}`)).status).toBe(200)
  })

  it('gives every day of the range, zeros included, with its totals and the all-time ones', async () => {
    const id = await newCampaign()
    const db = poolDb(payload)
    await countSubmission(db, id, '2026-03-01')
    await countSubmission(db, id, '2026-03-03')
    await countSubmission(db, id, '2026-03-03')
    await countSubmission(db, id, '2026-04-10')
    await view(reader(2001), id)
    const answer = await roles.editor.api.get(`/campaign-metrics/${id}?from=2026-02-28&to=2026-03-03`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    expect(answer.body).toEqual({
      campaign: id,
      from: '2026-02-28',
      to: '2026-03-03',
      days: [
        { day: '2026-02-28', views: 0, reactions: 0, submissions: 0 },
        { day: '2026-03-01', views: 0, reactions: 0, submissions: 1 },
        { day: '2026-03-02', views: 0, reactions: 0, submissions: 0 },
        { day: '2026-03-03', views: 0, reactions: 0, submissions: 2 },
      ],
      totals: { views: 0, reactions: 0, submissions: 3 },
      allTime: { views: 1, reactions: 0, submissions: 4 },
    })
    // Without a range: the last 30 days, today included.
    const recent = await roles.editor.api.get(`/campaign-metrics/${id}`)
    expect(recent.body.to).toBe(utcDay())
    expect(recent.body.days).toHaveLength(30)
    expect(recent.body.totals.views).toBe(1)
  })

  it('refuses bad ids, dates and ranges with a 400 naming the parameter', async () => {
    const editor = roles.editor.api
    const cases: [string, string][] = [
      ['/campaign-metrics/abc', 'id'],
      ['/campaign-metrics/0', 'id'],
      ['/campaign-metrics/-4', 'id'],
      ['/campaign-metrics/99999999999', 'id'],
      ['/campaign-metrics/1?from=2026-02-30', 'from'],
      ['/campaign-metrics/1?from=yesterday', 'from'],
      ['/campaign-metrics/1?to=2026-13-01', 'to'],
      ['/campaign-metrics/1?from=2026-03-02&to=2026-03-01', 'from'],
      ['/campaign-metrics/1?from=2025-01-01&to=2026-01-02', 'to'],
      ['/campaign-metrics/1?days=7', 'days'],
    ]
    for (const [path, field] of cases) {
      const answer = await editor.get(path)
      expect(answer.status, path).toBe(400)
      expect(answer.body.errors[0].field, path).toBe(field)
    }
    // A leap year's 366 days are one range.
    const id = await newCampaign()
    const leapYear = await editor.get(`/campaign-metrics/${id}?from=2028-01-01&to=2028-12-31`)
    expect(leapYear.status).toBe(200)
    expect(leapYear.body.days).toHaveLength(366)
    for (const path of [
      '/campaign-metrics/abc/view',
      '/campaign-metrics/1.5/reaction',
      '/campaign-metrics/x/totals',
    ]) {
      const answer = await anonymous().rest(path.endsWith('totals') ? 'GET' : 'POST', path)
      expect(answer.status, path).toBe(400)
      expect(answer.body.errors[0].field, path).toBe('id')
    }
  })
})

describe('only published campaigns', () => {
  it('count nothing for a draft or a missing campaign: 404 naming the id, for the public answers', async () => {
    const draft = await newCampaign('draft')
    const missing = 2_000_000_000
    for (const id of [draft, missing]) {
      for (const answer of [
        await view(reader(6001), id),
        await react(reader(6001), id),
        await anonymous().get(`/campaign-metrics/${id}/totals`),
        await reader(6001).get(`/campaign-metrics/${id}/reaction`),
      ]) {
        expect(answer.status).toBe(404)
        expect(answer.body.errors[0].field).toBe('id')
      }
    }
    expect(await sql(`select 1 from campaign_metrics_daily where campaign_id = $1`, [draft])).toEqual([])
    // Editors see a draft's (empty) figures; a campaign that does not exist is 404 to them too.
    expect((await roles.editor.api.get(`/campaign-metrics/${draft}`)).body.totals).toEqual({
      views: 0,
      reactions: 0,
      submissions: 0,
    })
    expect((await roles.editor.api.get(`/campaign-metrics/${missing}`)).status).toBe(404)
  })

  it('count once the campaign is published, without ever writing the campaign document', async () => {
    const id = await newCampaign('draft')
    expect((await view(reader(6002), id)).status).toBe(404)
    await payload.update({
      collection: 'campaigns',
      id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const before = await payload.findByID({ collection: 'campaigns', id, overrideAccess: true })
    const versionsBefore = (
      await payload.countVersions({ collection: 'campaigns', where: { parent: { equals: id } } })
    ).totalDocs
    await Promise.all(Array.from({ length: 20 }, (_, n) => view(reader(6100 + n), id)))
    await Promise.all(Array.from({ length: 20 }, (_, n) => react(reader(6100 + n), id)))
    expect(await totals(id)).toEqual({ campaign: id, views: 20, reactions: 20 })
    const after = await payload.findByID({ collection: 'campaigns', id, overrideAccess: true })
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(
      (await payload.countVersions({ collection: 'campaigns', where: { parent: { equals: id } } })).totalDocs,
    ).toBe(versionsBefore)
  })

  it("go with their campaign: deleting it deletes its figures, hashes and members' reactions", async () => {
    const id = await newCampaign()
    await view(reader(6201), id)
    await react(tokenClient(roles.member.api, vouched(addressOf(6202))), id)
    await payload.delete({ collection: 'campaigns', id, overrideAccess: true })
    for (const table of ['campaign_metrics_daily', 'campaign_visitors', 'campaign_reactions_users']) {
      expect(await sql(`select 1 from ${table} where campaign_id = $1`, [id]), table).toEqual([])
    }
  })
})

describe('totals for the site', () => {
  it('are public and briefly cacheable', async () => {
    const id = await newCampaign()
    await view(reader(3001), id)
    await react(reader(3002), id)
    const answer = await anonymous().get(`/campaign-metrics/${id}/totals`)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ campaign: id, views: 1, reactions: 1 })
    expect(answer.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
  })
})

// Last: these move the clock forward and delete what has expired.
describe('daily salts', () => {
  const today = utcDay()
  const tomorrow = new Date(Date.parse(`${addDays(today, 1)}T08:00:00Z`))

  /** A campaign with a salt, a visitor hash and a count on each of `days`, as those days would have left them. */
  const pastDays = async (days: string[]) => {
    const id = await newCampaign()
    for (const day of days) {
      await sql(
        `insert into visitor_salts (day, salt) values ($1, decode(md5(random()::text), 'hex')) on conflict do nothing`,
        [day],
      )
      await sql(
        `insert into campaign_visitors (campaign_id, day, kind, visitor) values ($1, $2, 'view', decode(md5(random()::text), 'hex'))`,
        [id, day],
      )
      await sql(`insert into campaign_metrics_daily (campaign_id, day, views) values ($1, $2, 1)`, [id, day])
    }
    return id
  }
  const saltDays = async () =>
    (await sql(`select to_char(day, 'YYYY-MM-DD') as day from visitor_salts order by day`)).map((r) => r.day)
  const visitorDays = async (id: number) =>
    (
      await sql(
        `select to_char(day, 'YYYY-MM-DD') as day from campaign_visitors where campaign_id = $1 order by day`,
        [id],
      )
    ).map((r) => r.day)
  const countedDays = async (id: number) =>
    (
      await sql(
        `select to_char(day, 'YYYY-MM-DD') as day, views from campaign_metrics_daily where campaign_id = $1 order by day`,
        [id],
      )
    ).map((r) => `${r.day}:${r.views}`)

  it('the first request of a day deletes the salts and hashes older than yesterday; the counts stay', async () => {
    await view(reader(4999), await newCampaign())
    const days = [addDays(today, -5), addDays(today, -2), addDays(today, -1)]
    const id = await pastDays(days)
    expect(await saltDays()).toEqual([...days, today])
    // Tomorrow's first view makes tomorrow's salt: today becomes "yesterday", everything before it goes.
    const db = poolDb(payload)
    await recordView(db, {
      campaignId: await newCampaign(),
      reader: { address: addressOf(4998), agent: BROWSER },
      user: null,
      now: tomorrow,
    })
    expect(await saltDays()).toEqual([today, addDays(today, 1)])
    expect(await visitorDays(id)).toEqual([])
    expect(await countedDays(id)).toEqual(days.map((day) => `${day}:1`))
  })

  it("counts the same reader again on a new day's salt, under another hash", async () => {
    const id = await newCampaign()
    const me = { address: addressOf(5001), agent: BROWSER }
    await view(reader(5001), id)
    const db = poolDb(payload)
    expect(await recordView(db, { campaignId: id, reader: me, user: null, now: tomorrow })).toBe('counted')
    expect(await recordView(db, { campaignId: id, reader: me, user: null, now: tomorrow })).toBe('repeat')
    expect((await dailyRow(id))?.views).toBe(1)
    expect((await dailyRow(id, addDays(today, 1)))?.views).toBe(1)
    const hashes = await sql(`select visitor from campaign_visitors where campaign_id = $1 order by day`, [
      id,
    ])
    expect(hashes).toHaveLength(2)
    expect((hashes[0]!.visitor as Buffer).equals(hashes[1]!.visitor as Buffer)).toBe(false)
    const salts = await sql(`select salt from visitor_salts where day in ($1, $2)`, [
      today,
      addDays(today, 1),
    ])
    expect(salts).toHaveLength(2)
    expect((salts[0]!.salt as Buffer).equals(salts[1]!.salt as Buffer)).toBe(false)
  })

  it('the scheduled task on the default queue deletes what has expired even when nobody reads', async () => {
    const days = [addDays(today, -4), addDays(today, -2), addDays(today, -1)]
    const id = await pastDays(days)
    const job = await payload.jobs.queue({ task: SALT_TASK, input: {} })
    expect(job.queue).toBe('default')
    const run = await payload.jobs.run({ queue: 'default', limit: 10 })
    expect(run.jobStatus?.[String(job.id)]?.status).toBe('success')
    // Today's and yesterday's kept, tomorrow's (from the tests above) untouched.
    expect(await saltDays()).toEqual([addDays(today, -1), today, addDays(today, 1)])
    expect(await visitorDays(id)).toEqual([addDays(today, -1)])
    expect(await countedDays(id)).toEqual(days.map((day) => `${day}:1`))
  })

  it('is scheduled hourly on the default queue', async () => {
    await payload.jobs.handleSchedules({ queue: 'default' })
    // What the runner will pick up: one waiting scheduled job (queued now, or by an earlier
    // pass of the scheduler; Payload never queues a second while one waits).
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: SALT_TASK } },
          { 'meta.scheduled': { equals: true } },
          { completedAt: { exists: false } },
        ],
      },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const at = new Date(String(docs[0]!.waitUntil))
    expect(at.getMinutes()).toBe(7)
    expect(at.getSeconds()).toBe(0)
    expect(at.getTime() - Date.now()).toBeGreaterThan(0)
    expect(at.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000)
  })
})
