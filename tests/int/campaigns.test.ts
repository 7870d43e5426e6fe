import type { Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { campaignPhase } from '../../collections/campaigns'
import { testDatabaseUrl } from '../helpers/database'
import { clientsByRole, createTaxonomy, unique, uniquePng } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createForm, validAnswers } from '../helpers/forms'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>
let db: pg.Client
let photo: { id: number }
let pdf: { id: number }

const DAY = 24 * 60 * 60 * 1000
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** The field paths a Payload 400 names. */
const failingPaths = (body: any): string[] =>
  (body.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path ?? d.field))

const campaignData = (overrides: Record<string, unknown> = {}) => ({
  title: `Polio week ${unique()}`,
  summary: 'Two drops for every child under five.',
  startsAt: at(-2),
  endsAt: at(5),
  goal: { target: 5000, unit: 'children-vaccinated' },
  districts: [taxonomy.district.id],
  categories: [taxonomy.category.id],
  ...overrides,
})

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
  db = new pg.Client({ connectionString: testDatabaseUrl() })
  await db.connect()
  const png = await uniquePng()
  photo = (await payload.create({
    collection: 'files',
    data: { alt: 'a dot' },
    file: { data: png, mimetype: 'image/png', name: `photo-${unique()}.png`, size: png.length },
    overrideAccess: true,
  })) as { id: number }
  const text = Buffer.from(
    `%PDF-1.4\n% ${unique()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  )
  pdf = (await payload
    .create({
      collection: 'files',
      data: {},
      file: { data: text, mimetype: 'application/pdf', name: `leaflet-${unique()}.pdf`, size: text.length },
      overrideAccess: true,
    })
    .catch(() => ({ id: -1 }))) as { id: number }
})
afterAll(() => db.end())

describe('the phase of a campaign', () => {
  it('follows from publication and the dates, at any moment', () => {
    const dates = { startsAt: '2026-03-01T00:00:00.000Z', endsAt: '2026-03-08T00:00:00.000Z' }
    expect(campaignPhase({ published: false, ...dates }, new Date('2026-03-03'))).toBe('draft')
    expect(campaignPhase({ published: true, ...dates }, new Date('2026-02-28'))).toBe('scheduled')
    expect(campaignPhase({ published: true, ...dates }, new Date('2026-03-01T00:00:00.000Z'))).toBe('running')
    expect(campaignPhase({ published: true, ...dates }, new Date('2026-03-07T23:59:59.999Z'))).toBe('running')
    expect(campaignPhase({ published: true, ...dates }, new Date('2026-03-08T00:00:00.000Z'))).toBe('ended')
  })

  it('reads as scheduled, running, ended or draft over REST, is never stored and ignores what a client sends', async () => {
    const editor = clients.editor.api
    const make = async (overrides: Record<string, unknown>, status: 'draft' | 'published') => {
      const res = await editor.post('/campaigns', {
        ...campaignData(overrides),
        _status: status,
        phase: 'ended',
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return res.body.doc
    }
    const running = await make({}, 'published')
    const scheduled = await make({ startsAt: at(3), endsAt: at(10) }, 'published')
    const ended = await make({ startsAt: at(-10), endsAt: at(-1) }, 'published')
    const draft = await make({}, 'draft')
    expect([running.phase, scheduled.phase, ended.phase, draft.phase]).toEqual([
      'running',
      'scheduled',
      'ended',
      'draft',
    ])
    expect((await anonymous().get(`/campaigns/${scheduled.id}`)).body.phase).toBe('scheduled')

    const columns = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'campaigns' AND column_name LIKE '%phase%'`,
    )
    expect(columns.rows).toEqual([])
  })

  it('stays running for editors while an unpublished edit of a running campaign is open', async () => {
    const editor = clients.editor.api
    const created = await editor.post('/campaigns', { ...campaignData(), _status: 'published' })
    const id = created.body.doc.id
    const edit = await editor.patch(`/campaigns/${id}?draft=true`, { summary: 'An unpublished change' })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    const asEditor = await editor.get(`/campaigns/${id}?draft=true`)
    expect(asEditor.body.summary).toBe('An unpublished change')
    expect(asEditor.body._status).toBe('draft')
    expect(asEditor.body.phase).toBe('running')
    const unpublished = await editor.patch(`/campaigns/${id}`, { _status: 'draft' })
    expect(unpublished.status).toBe(200)
    expect((await editor.get(`/campaigns/${id}?draft=true`)).body.phase).toBe('draft')
    expect((await anonymous().get(`/campaigns/${id}`)).status).toBe(404)
  })
})

describe('bad input', () => {
  it.each([
    ['endsAt', { startsAt: at(2), endsAt: at(1) }],
    ['endsAt', { endsAt: undefined }],
    ['startsAt', { startsAt: 'next tuesday' }],
    ['goal.target', { goal: { target: 12.5, unit: 'households' } }],
    ['goal.target', { goal: { target: 0, unit: 'households' } }],
    ['goal.unit', { goal: { target: 10, unit: 'smiles' } }],
    ['progress.0.amount', { progress: [{ date: at(-1), amount: 2.5 }] }],
    ['progress.0.amount', { progress: [{ date: at(-1), amount: -3 }] }],
    ['progress.0.date', { progress: [{ date: at(3), amount: 3 }] }],
    ['districts', { districts: [999_999] }],
  ])('400 naming %s', async (field, overrides) => {
    const res = await clients.editor.api.post('/campaigns', campaignData(overrides))
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(failingPaths(res.body)).toContain(field)
  })

  it('refuses a member, a moderator or nobody as a campaign editor, and a file that is not a photo in the gallery', async () => {
    for (const id of [clients.member.user.id, clients.moderator.user.id, 999_999]) {
      const res = await clients.admin.api.post('/campaigns', campaignData({ editors: [id] }))
      expect(res.status).toBe(400)
      expect(failingPaths(res.body)).toContain('editors')
    }
    if (pdf.id > 0) {
      const res = await clients.editor.api.post(
        '/campaigns',
        campaignData({ gallery: [{ image: pdf.id, alt: 'A leaflet' }] }),
      )
      expect(res.status).toBe(400)
      expect(failingPaths(res.body)).toContain('gallery.0.image')
    }
  })

  it('needs alt text for each photo in English, but not yet in Urdu', async () => {
    const missing = await clients.editor.api.post(
      '/campaigns',
      campaignData({ gallery: [{ image: photo.id }] }),
    )
    expect(missing.status).toBe(400)
    expect(failingPaths(missing.body)).toContain('gallery.0.alt')
  })
})

describe('progress and the gallery', () => {
  it('adds up dated updates, stamps who entered each and keeps it when another editor edits', async () => {
    const first = clients.editor
    const created = await first.api.post('/campaigns', {
      ...campaignData({
        progress: [
          { date: at(-2), amount: 120, note: 'Union council 1' },
          { date: at(-1), amount: 80 },
        ],
      }),
      _status: 'published',
      reached: 1_000_000,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const doc = created.body.doc
    expect(doc.reached).toBe(200)
    expect(doc.progress.map((row: any) => row.enteredBy?.id ?? row.enteredBy)).toEqual([
      first.user.id,
      first.user.id,
    ])

    const other = clients.admin
    const updated = await other.api.patch(`/campaigns/${doc.id}`, {
      progress: [
        ...doc.progress.map((row: any) => ({ ...row, enteredBy: other.user.id })),
        { date: at(0), amount: 50 },
      ],
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect(updated.body.doc.reached).toBe(250)
    expect(updated.body.doc.progress.map((row: any) => row.enteredBy?.id ?? row.enteredBy)).toEqual([
      first.user.id,
      first.user.id,
      other.user.id,
    ])

    const read = await anonymous().get(`/campaigns/${doc.id}`)
    expect(read.body.reached).toBe(250)
    expect(read.body.progress[0].amount).toBe(120)
    expect(read.body.progress[0].enteredBy).toBeUndefined()
  })

  it("adds the form's answers to what was reached when the form counts them, and not otherwise", async () => {
    const answer = (form: number) =>
      payload.create({
        collection: 'form-submissions',
        data: {
          form,
          submissionData: Object.entries(validAnswers(taxonomy.district.id)).map(([field, value]) => ({
            field,
            value: value as never,
          })),
        },
        overrideAccess: true,
      })
    const pledges = await createForm(payload, { countsTowardProgress: true })
    const survey = await createForm(payload, { countsTowardProgress: false })
    const make = async (form: number) =>
      (
        await clients.admin.api.post('/campaigns', {
          ...campaignData({ form, progress: [{ date: at(-1), amount: 10 }] }),
          _status: 'published',
        })
      ).body.doc
    const counted = await make(pledges.id)
    const notCounted = await make(survey.id)
    for (let i = 0; i < 3; i++) {
      await answer(pledges.id)
      await answer(survey.id)
    }
    expect((await anonymous().get(`/campaigns/${counted.id}`)).body.reached).toBe(13)
    expect((await anonymous().get(`/campaigns/${notCounted.id}`)).body.reached).toBe(10)
  })

  it('keeps alt text and captions per language, English where a translation is missing', async () => {
    const editor = clients.editor.api
    const created = await editor.post('/campaigns', {
      ...campaignData({
        gallery: [{ image: photo.id, alt: 'A health worker gives drops', caption: 'Day one' }],
      }),
      _status: 'published',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id, gallery } = created.body.doc
    const urdu = await editor.patch(`/campaigns/${id}?locale=ur`, {
      title: 'پولیو کا ہفتہ',
      gallery: [{ id: gallery[0].id, image: photo.id, alt: 'ہیلتھ ورکر قطرے پلا رہی ہے' }],
    })
    expect(urdu.status, JSON.stringify(urdu.body)).toBe(200)
    const ur = await anonymous().get(`/campaigns/${id}?locale=ur&depth=1`)
    expect(ur.body.gallery[0].alt).toBe('ہیلتھ ورکر قطرے پلا رہی ہے')
    expect(ur.body.gallery[0].caption).toBe('Day one')
    expect(ur.body.gallery[0].image.id).toBe(photo.id)
    const ps = await anonymous().get(`/campaigns/${id}?locale=ps`)
    expect(ps.body.gallery[0].alt).toBe('A health worker gives drops')
  })
})

describe('access', () => {
  it('shows readers published campaigns only, without the staff fields, on REST and GraphQL', async () => {
    const editor = clients.editor.api
    const published = await clients.admin.api.post('/campaigns', {
      ...campaignData({ editors: [clients.editor.user.id] }),
      _status: 'published',
    })
    const draft = await editor.post('/campaigns', campaignData({ title: `Hidden draft ${unique()}` }))
    expect(draft.status).toBe(201)

    expect((await anonymous().get(`/campaigns/${draft.body.doc.id}`)).status).toBe(404)
    expect((await clients.member.api.get(`/campaigns/${draft.body.doc.id}`)).status).toBe(404)
    const open = await anonymous().get(`/campaigns/${published.body.doc.id}`)
    expect(open.status).toBe(200)
    expect(open.body.editors).toBeUndefined()
    expect(
      (await clients.moderator.api.get(`/campaigns/${published.body.doc.id}`)).body.editors,
    ).toHaveLength(1)

    const query = `query($id: Int!) { Campaign(id: $id) { title phase reached editors { id } } }`
    const gql = await anonymous().graphql(query, { id: published.body.doc.id })
    expect(gql.body.data.Campaign.phase).toBe('running')
    expect(gql.body.data.Campaign.editors ?? []).toEqual([])
    const hidden = await anonymous().graphql(
      `{ Campaigns(where: { title: { like: "Hidden draft" } }) { totalDocs } }`,
    )
    expect(hidden.body.data.Campaigns.totalDocs).toBe(0)
  })

  it('lets editors and admins write, and nobody else on any path', async () => {
    for (const role of ['member', 'moderator'] as const) {
      expect((await clients[role].api.post('/campaigns', campaignData())).status).toBe(403)
      await expect(
        payload.create({
          collection: 'campaigns',
          data: campaignData() as never,
          user: clients[role].user,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/not allowed/i)
    }
    expect((await anonymous().post('/campaigns', campaignData())).status).toBe(403)
    const created = await clients.admin.api.post('/campaigns', campaignData())
    expect(created.status).toBe(201)
    expect((await clients.member.api.patch(`/campaigns/${created.body.doc.id}`, { title: 'x' })).status).toBe(
      403,
    )
    expect((await clients.moderator.api.delete(`/campaigns/${created.body.doc.id}`)).status).toBe(403)
  })

  it('lists its posts, published ones only for readers', async () => {
    const editor = clients.editor.api
    const campaign = (await editor.post('/campaigns', { ...campaignData(), _status: 'published' })).body.doc
    const live = await editor.post('/posts', {
      title: `Drops today ${unique()}`,
      campaign: campaign.id,
      _status: 'published',
    })
    expect(live.status, JSON.stringify(live.body)).toBe(201)
    const pending = await editor.post('/posts', { title: `Not yet ${unique()}`, campaign: campaign.id })
    expect(pending.status).toBe(201)

    const staff = await editor.get(`/campaigns/${campaign.id}?draft=true`)
    expect(staff.body.posts.docs).toHaveLength(2)
    const reader = await anonymous().get(`/campaigns/${campaign.id}`)
    expect(reader.body.posts.docs.map((p: any) => p.id ?? p)).toEqual([live.body.doc.id])
  })

  it('audits every change', async () => {
    const created = await clients.editor.api.post('/campaigns', campaignData())
    const id = created.body.doc.id
    await clients.editor.api.patch(`/campaigns/${id}`, {
      goal: { target: 6000, unit: 'children-vaccinated' },
    })
    const { docs } = await payload.find({
      collection: 'audit-events',
      where: { subjectCollection: { equals: 'campaigns' }, subjectId: { equals: String(id) } },
      sort: 'createdAt',
      pagination: false,
    })
    expect(docs.map((event) => event.type)).toEqual(['create', 'update'])
    expect(docs[1]!.actor).toBeTruthy()
  })
})

describe("who decides who reads a campaign's answers", () => {
  it("is an admin: an editor's own name in editors, or a form on a new campaign, is not taken", async () => {
    const form = await createForm(payload)
    const created = await clients.editor.api.post('/campaigns', {
      ...campaignData({ editors: [clients.editor.user.id], form: form.id }),
    })
    expect(created.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'campaigns',
      id: created.body.doc.id,
      draft: true,
      depth: 0,
    })
    expect(stored.editors ?? []).toEqual([])
    expect(stored.form ?? null).toBeNull()
    await clients.editor.api.patch(`/campaigns/${stored.id}`, {
      editors: [clients.editor.user.id],
      form: form.id,
    })
    const after = await payload.findByID({ collection: 'campaigns', id: stored.id, draft: true, depth: 0 })
    expect([after.editors ?? [], after.form ?? null]).toEqual([[], null])
  })

  it('lets an editor the admin named attach a form, one campaign per form', async () => {
    const campaign = (
      await clients.admin.api.post('/campaigns', campaignData({ editors: [clients.editor.user.id] }))
    ).body.doc
    const form = await createForm(payload)
    const attached = await clients.editor.api.patch(`/campaigns/${campaign.id}`, { form: form.id })
    expect(attached.status, JSON.stringify(attached.body)).toBe(200)
    expect(attached.body.doc.form.id ?? attached.body.doc.form).toBe(form.id)
    // Saving the campaign again keeps its own form.
    expect((await clients.editor.api.patch(`/campaigns/${campaign.id}`, { summary: 'Again' })).status).toBe(
      200,
    )

    const other = await clients.admin.api.post('/campaigns', campaignData({ form: form.id }))
    expect(other.status).toBe(400)
    expect(failingPaths(other.body)).toContain('form')
  })
})
