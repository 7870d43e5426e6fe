import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { placesFromDistricts, searchPlaces } from '../../plugins/geo/admin/gazetteer'
import { districtLocalities, districts as districtSeeds } from '../../scripts/seed/data'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'

/**
 * What the demo seed writes, read back the way the CMS and the site read it:
 * every resource in English, Urdu and Pashto (title, summary, a body that is
 * not the summary again), attributes that the category's schema declares with
 * the right type, a search index with real Urdu and Pashto rows, and towns
 * in every district, named in the three languages, each where its district is.
 */
let payload: Payload
let seeded: any[]
let categories: any[]
let seededDistricts: any[]

const LOCALES = ['en', 'ur', 'ps'] as const
const ARABIC_SCRIPT = /^[\u0600-\u06FF\u0750-\u077F\u200c\u200f\s\d.,:;()’'،؛؟!\-–—/]+$/u

/** The plain text of a Lexical body, paragraph by paragraph. */
const paragraphs = (body: any): string[] =>
  (body?.root?.children ?? []).map((p: any) => (p.children ?? []).map((c: any) => c.text ?? '').join(''))

const matchesType = (type: string, value: unknown) =>
  type === 'number'
    ? typeof value === 'number' && Number.isFinite(value)
    : type === 'boolean'
      ? typeof value === 'boolean'
      : type === 'list'
        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
        : typeof value === 'string'

beforeAll(async () => {
  payload = await getTestPayload()
  const { seedDemo } = await import('../../scripts/seed/index')
  // Only what this seed writes: other files of the run leave resources of their own (with provenance too).
  const { docs: last } = await payload.find({
    collection: 'resources',
    sort: '-id',
    limit: 1,
    depth: 0,
    draft: true,
  })
  const before = Number(last[0]?.id ?? 0)
  await seedDemo(payload, { resources: 150, batchSize: 50, seed: 15 })
  const found = await payload.find({
    collection: 'resources',
    where: { and: [{ 'provenance.source': { exists: true } }, { id: { greater_than: before } }] },
    pagination: false,
    locale: 'all',
    draft: true,
    depth: 0,
  })
  seeded = found.docs as any[]
  categories = (await payload.find({ collection: 'categories', locale: 'all', depth: 0, pagination: false }))
    .docs as any[]
  seededDistricts = (
    await payload.find({
      collection: 'districts',
      where: { slug: { in: districtSeeds.map((d) => d.slug) } },
      locale: 'all',
      depth: 0,
      pagination: false,
    })
  ).docs as any[]
}, 420_000)

describe('seeded resources speak three languages', () => {
  it('every one has an English, Urdu and Pashto title, summary and body', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(150)
    const missing = seeded.flatMap((doc) =>
      LOCALES.flatMap((l) =>
        (['title', 'summary'] as string[])
          .filter((f) => !doc[f]?.[l])
          .concat(paragraphs(doc.body?.[l]).length ? [] : ['body'])
          .map((f) => `${doc.slug} ${f}.${l}`),
      ),
    )
    expect(missing).toEqual([])
  })

  it('Urdu and Pashto titles are in Arabic script and differ from each other', () => {
    const wrong = seeded.filter(
      (doc) =>
        !ARABIC_SCRIPT.test(doc.title.ur) ||
        !ARABIC_SCRIPT.test(doc.title.ps) ||
        doc.title.ur === doc.title.ps,
    )
    expect(wrong.map((d) => [d.title.ur, d.title.ps])).toEqual([])
  })

  it('the body is two or three paragraphs that add to the summary, never repeat it', () => {
    for (const doc of seeded) {
      for (const l of LOCALES) {
        const body = paragraphs(doc.body[l])
        expect(body.length, `${doc.slug} ${l}`).toBeGreaterThanOrEqual(2)
        expect(body.length).toBeLessThanOrEqual(3)
        expect(body).not.toContain(doc.summary[l])
        expect(body.join(' ')).not.toContain(doc.summary[l])
        // Placeholders are filled in bodies as in titles.
        expect(body.join(' ')).not.toMatch(/\{(place|district)\}/)
        if (l !== 'en') {
          expect(doc.body[l].root.direction).toBe('rtl')
          expect(body.join(' ')).not.toMatch(/[A-Za-z]{3,}/)
        }
      }
    }
    // Each language is its own text: the Urdu body is not the Pashto body.
    expect(seeded.filter((d) => paragraphs(d.body.ur).join() === paragraphs(d.body.ps).join())).toEqual([])
  })

  it('what readers read through REST and what the admin reads from the versions are the same three languages', async () => {
    const one = seeded.find((d) => d._status === 'published')!
    for (const locale of ['ur', 'ps'] as const) {
      const read = await new ApiClient().get(`/resources/${one.id}?locale=${locale}&fallback-locale=none`)
      expect(read.status).toBe(200)
      expect(read.body.title).toBe(one.title[locale])
      expect(paragraphs(read.body.body)).toEqual(paragraphs(one.body[locale]))
    }
    const versions = await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: one.id }, latest: { equals: true } },
      locale: 'all',
      depth: 0,
    })
    const latest = versions.docs[0]!.version as any
    for (const l of LOCALES) {
      expect(latest.title[l]).toBe(one.title[l])
      expect(latest.summary[l]).toBe(one.summary[l])
      expect(paragraphs(latest.body[l])).toEqual(paragraphs(one.body[l]))
    }
  })

  it('the search index has a translated Urdu and Pashto row for every published resource', async () => {
    const published = seeded.filter((d) => d._status === 'published').map((d) => d.id)
    const { rows } = await payload.db.pool.query<{ locale: string; n: string; translated: string }>(
      `select locale, count(*) as n, count(*) filter (where translated and norm_body <> '') as translated
       from search_index where doc_collection = 'resources' and doc_id = any($1::int[]) group by locale`,
      [published],
    )
    const byLocale = Object.fromEntries(rows.map((r) => [r.locale, r]))
    for (const l of LOCALES) {
      expect(Number(byLocale[l]?.n), l).toBe(published.length)
      expect(Number(byLocale[l]?.translated), l).toBe(published.length)
    }
  })
})

describe('attributes and their schemas', () => {
  it('every seeded attribute is declared in its category’s schema, with the right type', () => {
    const schema = new Map(categories.map((c) => [c.id, c.attributeSchema ?? []]))
    const wrong: string[] = []
    for (const doc of seeded) {
      const rows = schema.get(doc.category) as { key: string; type: string }[]
      for (const [key, value] of Object.entries(doc.attributes ?? {})) {
        const row = rows.find((r) => r.key === key)
        if (!row) wrong.push(`${doc.slug}: ${key} is not declared`)
        else if (!matchesType(row.type, value))
          wrong.push(`${doc.slug}: ${key}=${JSON.stringify(value)} is not ${row.type}`)
      }
      // What the profile covers is not kept twice.
      for (const key of ['openingHours', 'languages']) expect(doc.attributes ?? {}).not.toHaveProperty(key)
    }
    expect(wrong).toEqual([])
    expect(seeded.some((d) => Object.keys(d.attributes ?? {}).length > 0)).toBe(true)
  })

  it('an unverified entry has no check date, and most others have one', () => {
    const unverified = seeded.filter((d) => d.status === 'unverified')
    expect(unverified.length).toBeGreaterThan(0)
    expect(unverified.filter((d) => d.lastVerifiedAt)).toEqual([])
    const checked = seeded.filter((d) => d.status !== 'unverified' && d.lastVerifiedAt)
    expect(checked.length).toBeGreaterThan(seeded.length / 2)
  })

  it('every category has a schema, labelled (and united) in three languages', () => {
    const seededCategories = categories.filter((c) => c.icon)
    expect(seededCategories.length).toBeGreaterThanOrEqual(15)
    for (const category of seededCategories) {
      expect(category.attributeSchema.length, category.slug).toBeGreaterThan(0)
      for (const row of category.attributeSchema) {
        expect(row.label.en, `${category.slug}.${row.key}`).toMatch(/^[A-Z]/)
        expect(row.label.en).not.toBe(row.key)
        expect(row.label.ur).toMatch(ARABIC_SCRIPT)
        expect(row.label.ps).toMatch(ARABIC_SCRIPT)
        if (row.unit?.en) {
          expect(row.unit.ur).toMatch(ARABIC_SCRIPT)
          expect(row.unit.ps).toMatch(ARABIC_SCRIPT)
        }
      }
    }
  })

  it('a later seed brings an older database’s schemas up to date and keeps an editor’s own rows', async () => {
    const health = categories.find((c) => c.slug === 'health')!
    // An older database: no schema but one row an editor added.
    await payload.update({
      collection: 'categories',
      id: health.id,
      locale: 'en',
      data: { attributeSchema: [{ key: 'generator', type: 'boolean', label: 'Backup generator' }] },
    })
    const { seedTaxonomy } = await import('../../scripts/seed/taxonomy')
    await seedTaxonomy(payload)
    const after = (await payload.findByID({
      collection: 'categories',
      id: health.id,
      locale: 'all',
      depth: 0,
    })) as any
    const keys = after.attributeSchema.map((r: any) => r.key)
    expect(keys).toEqual([...health.attributeSchema.map((r: any) => r.key), 'generator'])
    expect(after.attributeSchema.find((r: any) => r.key === 'beds').label.ps).toBe(
      health.attributeSchema.find((r: any) => r.key === 'beds').label.ps,
    )
    expect(after.attributeSchema.find((r: any) => r.key === 'generator').label.en).toBe('Backup generator')
  })
})

/** Whether a point is inside a ring (even-odd rule; the demo boundaries are simple polygons). */
const insideRing = ([x, y]: number[], ring: number[][]) => {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside
  }
  return inside
}

/** Kilometres between two [lng, lat] points, on a flat projection at their latitude (fine below 100 km). */
const km = (a: number[], b: number[]) => {
  const k = Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180)
  return Math.hypot((a[0]! - b[0]!) * k, a[1]! - b[1]!) * 111.2
}

/** Kilometres from a point to the nearest edge of a ring. */
const kmToRing = (p: number[], ring: number[][]) => {
  let best = Infinity
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [a, b] = [ring[i]!, ring[i + 1]!]
    for (let t = 0; t <= 1; t += 0.01)
      best = Math.min(best, km(p, [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t]))
  }
  return best
}

describe('towns in the districts', () => {
  it('every seeded district has its towns, named in English, Urdu and Pashto', () => {
    expect(seededDistricts.map((d) => d.slug).sort()).toEqual(districtSeeds.map((d) => d.slug).sort())
    for (const district of seededDistricts) {
      const towns = district.towns ?? []
      expect(towns.length, district.slug).toBeGreaterThanOrEqual(2)
      expect(towns.map((t: any) => t.name.en)).toEqual(districtLocalities[district.slug]!.map((t) => t.en))
      for (const town of towns) {
        expect(town.name.en, district.slug).toMatch(/^[A-Z]/)
        expect(town.name.ur, town.name.en).toMatch(ARABIC_SCRIPT)
        expect(town.name.ps, town.name.en).toMatch(ARABIC_SCRIPT)
        expect(town.centre.type).toBe('Point')
      }
    }
  })

  // The demo boundaries are Voronoi cells around the centroids (scripts/seed/boundaries.ts), not the
  // real lines, so a real town near a district's edge can fall a little outside its cell (Chakdara
  // lies across the river from Malakand's centre): each town must be inside its district's boundary
  // or within 20 km of it, and within 70 km of the centroid (Kalam, up the Swat valley, is the farthest).
  it('every town lies in its district: inside the boundary or within 20 km of it', () => {
    const far: string[] = []
    let inside = 0
    let all = 0
    for (const district of seededDistricts) {
      const ring = district.boundary.coordinates[0] as number[][]
      for (const town of district.towns) {
        const point = town.centre.coordinates as number[]
        all += 1
        if (insideRing(point, ring)) inside += 1
        else if (kmToRing(point, ring) > 20)
          far.push(`${town.name.en} (${district.slug}) outside by ${kmToRing(point, ring).toFixed(0)} km`)
        const fromCentre = km(point, district.centroid.coordinates)
        if (fromCentre > 70)
          far.push(`${town.name.en} (${district.slug}) ${fromCentre.toFixed(0)} km from the centroid`)
      }
    }
    expect(far).toEqual([])
    // Most lie inside their own cell: a town placed in the wrong district would show here first.
    expect(inside / all).toBeGreaterThan(0.85)
  })

  it('the admin’s place search reads the towns through REST, labelled with their district', async () => {
    const read = await new ApiClient().get(
      '/districts?locale=all&depth=0&limit=500&select[slug]=true&select[name]=true&select[centroid]=true&select[towns]=true',
    )
    expect(read.status).toBe(200)
    const places = placesFromDistricts(read.body.docs)
    // Other files of a run add districts of their own with this name (the admin test): take the seeded town.
    const takhtBhai = searchPlaces(places, 'تخت بھائی').find((place) => place.names.en === 'Takht Bhai')
    expect(takhtBhai?.names).toEqual({ en: 'Takht Bhai', ur: 'تخت بھائی', ps: 'تخت بهائي' })
    expect(takhtBhai?.district?.en).toBe('Mardan')
    expect(takhtBhai?.centre).toEqual([71.946, 34.286])
  })

  it('a later seed gives a district without towns the seed’s, and leaves an editor’s towns alone', async () => {
    const [bare, edited] = ['mardan', 'swabi'].map((slug) => seededDistricts.find((d) => d.slug === slug)!)
    await payload.update({ collection: 'districts', id: bare.id, data: { towns: [] } })
    const own = { name: 'Shewa Adda', centre: { type: 'Point', coordinates: [72.43, 34.14] } }
    await payload.update({ collection: 'districts', id: edited.id, locale: 'en', data: { towns: [own] } })
    const { seedTaxonomy } = await import('../../scripts/seed/taxonomy')
    await seedTaxonomy(payload)
    const read = async (id: number) =>
      (await payload.findByID({ collection: 'districts', id, locale: 'all', depth: 0 })) as any
    const restored = await read(bare.id)
    expect(restored.towns.map((t: any) => t.name)).toEqual(bare.towns.map((t: any) => t.name))
    expect(restored.towns.map((t: any) => t.centre)).toEqual(bare.towns.map((t: any) => t.centre))
    expect((await read(edited.id)).towns.map((t: any) => t.name.en)).toEqual(['Shewa Adda'])
  })
})

describe('the seeded campaigns', () => {
  const SLUGS = [
    'polio-vaccination-week',
    'girls-enrolment-drive',
    'flood-preparedness-fortnight',
    'warm-winter-blankets',
  ]
  const read = async () =>
    (
      await new ApiClient().get(
        `/campaigns?where[slug][in]=${SLUGS.join(',')}&locale=all&depth=1&limit=10&sort=startsAt`,
      )
    ).body.docs as any[]

  it('are two running, one scheduled and one ended, published in three languages', async () => {
    const docs = await read()
    expect(Object.fromEntries(docs.map((d) => [d.slug, d.phase]))).toEqual({
      'polio-vaccination-week': 'running',
      'girls-enrolment-drive': 'running',
      'flood-preparedness-fortnight': 'scheduled',
      'warm-winter-blankets': 'ended',
    })
    for (const doc of docs) {
      for (const locale of ['en', 'ur', 'ps']) expect(doc.title[locale], `${doc.slug} ${locale}`).toBeTruthy()
      expect(doc.title.ur).not.toBe(doc.title.ps)
      expect(doc.goal.target).toBeGreaterThan(0)
    }
    const ended = docs.find((d) => d.slug === 'warm-winter-blankets')
    expect(ended.reached).toBeGreaterThan(ended.goal.target)
  })

  it('have galleries of real images with alt text and captions in each language', async () => {
    for (const doc of await read()) {
      expect(doc.gallery.length, doc.slug).toBeGreaterThanOrEqual(2)
      for (const photo of doc.gallery) {
        expect(photo.image.mimeType).toBe('image/jpeg')
        expect(photo.image.width).toBe(1200)
        for (const locale of ['en', 'ur', 'ps']) {
          expect(photo.alt[locale]).toBeTruthy()
          expect(photo.caption[locale]).toBeTruthy()
        }
      }
    }
  })

  it('give the enrolment drive a pledge form in three languages whose answers count as pledges', async () => {
    const drive = (await read()).find((d) => d.slug === 'girls-enrolment-drive')
    expect(drive.goal.unit).toBe('pledges')
    const form = (await new ApiClient().get(`/forms/${drive.form.id ?? drive.form}?locale=all&depth=0`)).body
    expect(form.countsTowardProgress).toBe(true)
    expect(form.title).toMatchObject({ en: 'Pledge to enrol a girl', ur: expect.stringMatching(/عہد/) })
    const byName = Object.fromEntries(form.fields.map((f: any) => [f.name, f]))
    expect(Object.keys(byName)).toEqual(['name', 'phone', 'girls', 'district', 'grade', 'consent'])
    expect(byName.girls.label).toMatchObject({ ps: 'څو نجونې به شاملې کړئ؟' })
    expect(byName.consent.statement.ur).toBeTruthy()
  })

  it('schedule the coming campaign’s opening post for the day it starts', async () => {
    const flood = (await read()).find((d) => d.slug === 'flood-preparedness-fortnight')
    const posts = await payload.find({
      collection: 'posts',
      where: { campaign: { equals: flood.id } },
      draft: true,
      depth: 0,
      pagination: false,
    })
    const opening = posts.docs.find((p) => p._status === 'draft')!
    expect(opening.title).toMatch(/starting today/)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.value': { equals: String(opening.id) } },
        ],
      },
    })
    expect(jobs.docs.map((j) => new Date(String(j.waitUntil)).toISOString())).toEqual([flood.startsAt])
    // The monsoon post, published before, now belongs to the campaign too.
    expect(posts.docs.some((p) => p.slug === 'monsoon-preparedness')).toBe(true)
  })
})
