import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
})

/** The field paths a Payload 400 names. */
const failingPaths = (body: any): string[] =>
  (body.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path ?? d.field))

const weekday = (day: string, ranges: [string, string][]) => ({
  day,
  mode: 'open',
  ranges: ranges.map(([opens, closes]) => ({ opens, closes })),
})

const profile = () => ({
  phones: [
    { number: '+92 000 0000101', kind: 'voice', label: 'Reception' },
    { number: '+92-000-0000102', kind: 'whatsapp', label: 'WhatsApp' },
  ],
  email: 'bhu@example.org',
  website: 'https://example.org/bhu',
  address: { street: 'Hospital Road', town: 'Mardan', postalCode: '23200' },
  landmark: 'Behind the district hospital',
  timeZone: 'Asia/Karachi',
  openingHours: [
    weekday('mon', [['08:00', '14:00']]),
    weekday('fri', [
      ['08:00', '12:30'],
      ['14:30', '17:00'],
    ]),
    weekday('sat', [['20:00', '24:00']]),
    { day: 'sun', mode: 'closed' },
  ],
  hoursExceptions: [
    {
      from: '2027-02-08T00:00:00.000Z',
      to: '2027-03-09T00:00:00.000Z',
      label: 'Ramadan',
      mode: 'open',
      ranges: [{ opens: '09:00', closes: '13:00' }],
    },
  ],
  eligibility: 'Everyone',
  fees: { kind: 'paid', note: 'PKR 20 registration slip' },
  languages: ['ur', 'ps', 'hno'],
  accessibility: ['wheelchair', 'women-staff'],
  howToApply: 'Walk in',
  documentsToBring: 'CNIC\nVaccination card',
})

describe('resource profile (HSDS)', () => {
  it('round-trips a full profile in en, ur and ps', async () => {
    const editor = clients.editor.api
    const org = await editor.post('/organizations', {
      name: 'District Health Office Mardan',
      email: 'dho@example.org',
      phones: [{ number: '+92 000 0000100', kind: 'voice' }],
    })
    expect(org.status).toBe(201)
    const created = await editor.post(
      '/resources?locale=en',
      resourceData(taxonomy, { ...profile(), organization: org.body.doc.id, _status: 'published' }),
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const urdu = {
      title: 'بنیادی مرکز صحت',
      address: { street: 'ہسپتال روڈ', town: 'مردان' },
      landmark: 'ضلعی ہسپتال کے پیچھے',
      eligibility: 'سب کے لیے',
      fees: { note: 'رجسٹریشن پرچی 20 روپے' },
      howToApply: 'سیدھے آ جائیں',
      documentsToBring: 'شناختی کارڈ',
      phones: created.body.doc.phones.map((p: any, i: number) => ({
        ...p,
        label: ['استقبالیہ', 'واٹس ایپ'][i],
      })),
    }
    const pashto = {
      title: 'لومړنی روغتیايي مرکز',
      address: { street: 'د روغتون سړک', town: 'مردان' },
      landmark: 'د ولسوالۍ روغتون شاته',
      eligibility: 'د ټولو لپاره',
      howToApply: 'مستقیم راشئ',
      phones: created.body.doc.phones.map((p: any, i: number) => ({
        ...p,
        label: ['استقبالیه', 'واټس اپ'][i],
      })),
    }
    const urRes = await editor.patch(`/resources/${id}?locale=ur`, urdu)
    expect(urRes.status, JSON.stringify(urRes.body)).toBe(200)
    expect((await editor.patch(`/resources/${id}?locale=ps`, pashto)).status).toBe(200)

    const en = (await new ApiClient().get(`/resources/${id}?locale=en&depth=1`)).body
    expect(en.organization.name).toBe('District Health Office Mardan')
    expect(en.phones.map((p: any) => [p.number, p.kind, p.label])).toEqual([
      ['+92 000 0000101', 'voice', 'Reception'],
      ['+92-000-0000102', 'whatsapp', 'WhatsApp'],
    ])
    expect(en.address).toMatchObject({ street: 'Hospital Road', town: 'Mardan', postalCode: '23200' })
    expect(en.openingHours[1].ranges).toMatchObject([
      { opens: '08:00', closes: '12:30' },
      { opens: '14:30', closes: '17:00' },
    ])
    expect(en.openingHours[3]).toMatchObject({ day: 'sun', mode: 'closed' })
    expect(en.hoursExceptions[0]).toMatchObject({ label: 'Ramadan', mode: 'open' })
    expect(en.fees).toEqual({ kind: 'paid', note: 'PKR 20 registration slip' })
    expect(en.languages).toEqual(['ur', 'ps', 'hno'])
    expect(en.accessibility).toEqual(['wheelchair', 'women-staff'])

    const ur = (await new ApiClient().get(`/resources/${id}?locale=ur`)).body
    expect(ur.landmark).toBe('ضلعی ہسپتال کے پیچھے')
    expect(ur.address.town).toBe('مردان')
    expect(ur.fees.note).toBe('رجسٹریشن پرچی 20 روپے')
    expect(ur.phones.map((p: any) => p.label)).toEqual(['استقبالیہ', 'واٹس ایپ'])
    const ps = (await new ApiClient().get(`/resources/${id}?locale=ps`)).body
    expect(ps.landmark).toBe('د ولسوالۍ روغتون شاته')
    expect(ps.eligibility).toBe('د ټولو لپاره')
    expect(ps.phones.map((p: any) => p.label)).toEqual(['استقبالیه', 'واټس اپ'])
    // Shared, non-localized values are the same in every language.
    expect(ps.phones[0].number).toBe('+92 000 0000101')
    expect(ps.timeZone).toBe('Asia/Karachi')

    const gql = await new ApiClient().graphql(
      `query($id: Int!) { Resource(id: $id, locale: ur) { landmark timeZone phones { number kind label } openingHours { day mode ranges { opens closes } } fees { kind note } languages } }`,
      { id },
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.Resource).toMatchObject({
      landmark: 'ضلعی ہسپتال کے پیچھے',
      timeZone: 'Asia/Karachi',
      fees: { kind: 'paid' },
      languages: ['ur', 'ps', 'hno'],
    })
    expect(gql.body.data.Resource.phones[1]).toMatchObject({ kind: 'whatsapp', label: 'واٹس ایپ' })
  })

  it('defaults the time zone to Asia/Karachi', async () => {
    const res = await clients.editor.api.post('/resources', resourceData(taxonomy))
    expect(res.status).toBe(201)
    expect(res.body.doc.timeZone).toBe('Asia/Karachi')
  })

  it.each([
    ['phones.0.number', { phones: [{ number: 'call us', kind: 'voice' }] }],
    ['phones.0.number', { phones: [{ number: '12345', kind: 'voice' }] }],
    ['phones.0.number', { phones: [{ number: '+92 300 1234 5678 9012', kind: 'voice' }] }],
    ['phones.0.kind', { phones: [{ number: '+92 000 0000101', kind: 'pager' }] }],
    ['email', { email: 'not-an-email' }],
    ['website', { website: 'javascript:alert(1)' }],
    ['website', { website: 'ftp://example.org' }],
    ['timeZone', { timeZone: 'Asia/Lahore' }],
    ['openingHours.0.ranges.0.opens', { openingHours: [weekday('mon', [['8am', '14:00']])] }],
    ['openingHours.0.ranges.0.closes', { openingHours: [weekday('mon', [['08:00', '25:00']])] }],
    [
      'openingHours.1.ranges.0.closes',
      { openingHours: [weekday('mon', [['08:00', '14:00']]), weekday('tue', [['14:00', '08:00']])] },
    ],
    [
      'openingHours.0.ranges',
      {
        openingHours: [
          weekday('mon', [
            ['08:00', '13:00'],
            ['12:30', '17:00'],
          ]),
        ],
      },
    ],
    [
      'openingHours',
      { openingHours: [weekday('mon', [['08:00', '13:00']]), { day: 'mon', mode: 'closed' }] },
    ],
    ['openingHours.0.day', { openingHours: [{ day: 'someday', mode: 'closed' }] }],
    [
      'hoursExceptions.0.to',
      { hoursExceptions: [{ from: '2027-03-09', to: '2027-02-08', mode: 'closed', label: 'Eid' }] },
    ],
    [
      'hoursExceptions.0.ranges.0.closes',
      {
        hoursExceptions: [
          {
            from: '2027-03-09',
            to: '2027-03-09',
            mode: 'open',
            ranges: [{ opens: '10:00', closes: '09:00' }],
          },
        ],
      },
    ],
    ['fees.kind', { fees: { kind: 'sometimes' } }],
    ['languages', { languages: ['klingon'] }],
    ['accessibility', { accessibility: ['teleporter'] }],
  ])('400 naming %s, and nothing stored', async (field, overrides) => {
    const title = `Refused ${unique()}`
    const res = await clients.editor.api.post('/resources', resourceData(taxonomy, { ...overrides, title }))
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(failingPaths(res.body)).toContain(field)
    const { totalDocs } = await payload.find({
      collection: 'resources',
      where: { title: { equals: title } },
      draft: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('refuses a bad value on update too, naming the field', async () => {
    const created = await clients.editor.api.post('/resources', resourceData(taxonomy))
    const res = await clients.editor.api.patch(`/resources/${created.body.doc.id}`, {
      phones: [
        { number: '+92 000 0000101', kind: 'voice' },
        { number: 'abc', kind: 'sms' },
      ],
    })
    expect(res.status).toBe(400)
    expect(failingPaths(res.body)).toContain('phones.1.number')
  })
})

describe('lastVerifiedBy', () => {
  it('is set by the server to the editor who sets lastVerifiedAt, whatever id is sent', async () => {
    const { editor, admin } = clients
    const created = await editor.api.post(
      '/resources',
      resourceData(taxonomy, { lastVerifiedAt: '2026-11-01T00:00:00.000Z', lastVerifiedBy: admin.user.id }),
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.lastVerifiedBy?.id ?? created.body.doc.lastVerifiedBy).toBe(editor.user.id)

    // Another editor re-verifies: credited to them, not to the id they send.
    const other = await admin.api.patch(`/resources/${created.body.doc.id}?depth=0`, {
      lastVerifiedAt: '2026-12-01T00:00:00.000Z',
      lastVerifiedBy: editor.user.id,
    })
    expect(other.status).toBe(200)
    expect(other.body.doc.lastVerifiedBy).toBe(admin.user.id)

    // Forging alone (no new verification date) changes nothing.
    const forged = await editor.api.patch(`/resources/${created.body.doc.id}?depth=0`, {
      lastVerifiedBy: editor.user.id,
      summary: 'edited',
    })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.lastVerifiedBy).toBe(admin.user.id)
  })

  it('a member can neither verify nor forge it', async () => {
    const created = await clients.editor.api.post('/resources', resourceData(taxonomy))
    const res = await clients.member.api.patch(`/resources/${created.body.doc.id}`, {
      lastVerifiedAt: '2026-12-01T00:00:00.000Z',
      lastVerifiedBy: clients.member.user.id,
    })
    expect(res.status).toBe(403)
    const doc = await payload.findByID({
      collection: 'resources',
      id: created.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(doc.lastVerifiedBy ?? null).toBeNull()
    expect(doc.lastVerifiedAt ?? null).toBeNull()
  })
})

describe('organizations', () => {
  it('anonymous readers read; a member cannot create; an editor can; bad contact details are 400', async () => {
    const org = await clients.editor.api.post('/organizations', {
      name: `NGO ${unique()}`,
      legalStatus: 'NGO',
    })
    expect(org.status).toBe(201)
    const anon = new ApiClient()
    expect((await anon.get(`/organizations/${org.body.doc.id}`)).status).toBe(200)
    // Payload answers an anonymous create 403, as it does for every collection.
    expect((await anon.post('/organizations', { name: 'Anon org' })).status).toBe(403)
    expect((await clients.member.api.post('/organizations', { name: 'Member org' })).status).toBe(403)
    expect((await clients.member.api.patch(`/organizations/${org.body.doc.id}`, { name: 'x' })).status).toBe(
      403,
    )
    const bad = await clients.editor.api.post('/organizations', {
      name: 'Bad',
      website: 'mailto:x@example.org',
      phones: [{ number: '++92', kind: 'voice' }],
    })
    expect(bad.status).toBe(400)
    expect(failingPaths(bad.body)).toEqual(expect.arrayContaining(['website', 'phones.0.number']))
  })
})

describe('demo seed', () => {
  it('fills the profile of every seeded resource, in the document and its latest version', async () => {
    const { seedDemo } = await import('../../scripts/seed/index')
    const before = (await payload.find({ collection: 'resources', limit: 1, draft: true })).totalDocs
    // Only what this seed writes: other files of the run leave resources of their own.
    const { docs: last } = await payload.find({
      collection: 'resources',
      sort: '-id',
      limit: 1,
      depth: 0,
      draft: true,
    })
    const lastId = Number(last[0]?.id ?? 0)
    await seedDemo(payload, { resources: 30, batchSize: 10 })
    const { docs } = await payload.find({
      collection: 'resources',
      where: { and: [{ 'provenance.source': { exists: true } }, { id: { greater_than: lastId } }] },
      limit: 100,
      locale: 'all',
      draft: true,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThanOrEqual(30)
    expect((await payload.find({ collection: 'resources', limit: 1, draft: true })).totalDocs).toBe(
      before + 30,
    )
    for (const doc of docs as any[]) {
      expect(doc.phones.length).toBeGreaterThan(0)
      for (const phone of doc.phones) expect(phone.number).toMatch(/^\+92 000 \d{7}$/)
      expect(doc.phones[0].label.en).toBe('Reception')
      expect(doc.openingHours).toHaveLength(7)
      expect(doc.timeZone).toBe('Asia/Karachi')
      // Languages come from the kind of service now (a refugee desk may speak Dari, kept as 'other').
      expect(doc.languages.length).toBeGreaterThan(0)
      expect(doc.organization).toEqual(expect.any(Number))
      expect(doc.eligibility.en).toBeTruthy()
      expect(doc.address.town.en).toBeTruthy()
    }
    const withUrdu = (docs as any[]).find((d) => d.title.ur)
    expect(withUrdu.eligibility.ur).toMatch(/[\u0600-\u06FF]/)
    const org = await new ApiClient().get(`/organizations/${withUrdu.organization}?locale=ps`)
    expect(org.body.name).toMatch(/[\u0600-\u06FF]/)

    // What the admin and the site read: the validated shape, through REST, from the version tables too.
    const one = (docs as any[]).find((d) => d.hoursExceptions.length && d._status === 'published')
    const read = await new ApiClient().get(`/resources/${one.id}?locale=ur`)
    expect(read.status).toBe(200)
    expect(read.body.openingHours.map((d: any) => d.day)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ])
    expect(read.body.hoursExceptions[0].label).toBeTruthy()
    const versions = await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: one.id } },
      depth: 0,
    })
    const latest = versions.docs[0]!.version as any
    expect(latest.phones.map((p: any) => p.number)).toEqual(one.phones.map((p: any) => p.number))
    expect(latest.openingHours.map((d: any) => d.ranges?.length ?? 0)).toEqual(
      one.openingHours.map((d: any) => d.ranges?.length ?? 0),
    )
    expect(latest.hoursExceptions.length).toBe(one.hoursExceptions.length)
    expect(latest.accessibility).toEqual(one.accessibility)
    // A seeded document saves as it is: the seed's values pass the profile's validation.
    const saved = await clients.editor.api.patch(`/resources/${one.id}`, { summary: 'checked' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  }, 120_000)
})
