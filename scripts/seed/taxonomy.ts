import type { Payload } from 'payload'

import type { AttributeSchemaSeed, LocalizedText } from './data/types'

import { categories, districtLocalities, districts, tags } from './data'
import { approximateBoundaries } from './boundaries'

type Slugged = 'categories' | 'districts' | 'tags'
const OTHER_LOCALES = ['ur', 'ps'] as const

/**
 * Creates each named document once (matched by slug) with its English fields,
 * then fills Urdu and Pashto. Returns slug → id for every document, new or old.
 */
const upsertBySlug = async <T extends { slug: string }>(
  payload: Payload,
  collection: Slugged,
  items: readonly T[],
  toData: (item: T, locale: keyof LocalizedText) => Record<string, unknown>,
): Promise<Map<string, number>> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  const ids = new Map(docs.map((doc) => [doc.slug as string, doc.id as number]))
  for (const item of items) {
    if (ids.has(item.slug)) continue
    const created = await payload.create({
      collection,
      locale: 'en',
      data: { slug: item.slug, ...toData(item, 'en') } as never,
      depth: 0,
      context: { seeding: true },
    })
    for (const locale of OTHER_LOCALES) {
      await payload.update({
        collection,
        id: created.id,
        locale,
        data: toData(item, locale) as never,
        depth: 0,
        context: { seeding: true },
      })
    }
    ids.set(item.slug, created.id as number)
  }
  return ids
}

export interface TaxonomyIds {
  categories: Map<string, number>
  districts: Map<string, number>
  tags: Map<string, number>
}

const boundaries = approximateBoundaries(districts.map((d) => d.centroid))

type Locale = keyof LocalizedText
/** A schema row as Payload returns it with `locale: 'all'`: localized fields per language. */
interface StoredRow {
  id?: string
  key: string
  type: string
  label?: Partial<Record<Locale, string>> | null
  unit?: Partial<Record<Locale, string>> | null
}

const asStored = (row: AttributeSchemaSeed): StoredRow => ({
  key: row.key,
  type: row.type,
  label: row.label,
  unit: row.unit ?? null,
})

const sameRow = (a: StoredRow, b: StoredRow) =>
  a.key === b.key &&
  a.type === b.type &&
  (['en', 'ur', 'ps'] as const).every(
    (l) =>
      (a.label?.[l] ?? null) === (b.label?.[l] ?? null) && (a.unit?.[l] ?? null) === (b.unit?.[l] ?? null),
  )

/**
 * Sets each category's attribute schema to the seed's, on new and existing
 * databases alike (a later seed brings an older database up to date). Rows an
 * editor added for other keys are kept; rows for the seed's keys are the seed's.
 */
const syncAttributeSchemas = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'categories',
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { slug: true, attributeSchema: true },
  })
  for (const doc of docs) {
    const seed = categories.find((c) => c.slug === doc.slug)
    if (!seed) continue
    const stored = ((doc.attributeSchema as StoredRow[] | null | undefined) ?? []).map((r) => ({ ...r }))
    const seedKeys = new Set(seed.attributeSchema.map((r) => r.key))
    const wanted = [...seed.attributeSchema.map(asStored), ...stored.filter((r) => !seedKeys.has(r.key))]
    if (wanted.length === stored.length && wanted.every((row, i) => sameRow(row, stored[i]!))) continue
    // English first: it sets the rows (and so their ids); the other languages then label those rows.
    let rowIds: (string | undefined)[] = []
    for (const locale of ['en', 'ur', 'ps'] as const) {
      const updated = await payload.update({
        collection: 'categories',
        id: doc.id,
        locale,
        data: {
          attributeSchema: wanted.map((row, i) => ({
            ...(rowIds[i] && { id: rowIds[i] }),
            key: row.key,
            type: row.type as AttributeSchemaSeed['type'],
            label: row.label?.[locale] ?? row.label?.en ?? row.key,
            unit: row.unit?.[locale] ?? null,
          })),
        },
        depth: 0,
        context: { seeding: true },
      })
      rowIds = (updated.attributeSchema ?? []).map((row) => row.id ?? undefined)
    }
  }
}

const seedDistricts = (payload: Payload) =>
  upsertBySlug(payload, 'districts', districts, (d, locale) => ({
    name: d.name[locale],
    ...(locale === 'en' && {
      division: d.division,
      centroid: { type: 'Point', coordinates: [...d.centroid] },
      boundary: boundaries[districts.indexOf(d)],
    }),
  }))

/**
 * Gives each seeded district that has no towns the seed's (`districtLocalities`),
 * named in the three languages, on new and older databases alike. A district
 * that has towns already, an editor's or an earlier seed's, is left as it is:
 * merging by name would overwrite an editor's corrections.
 */
const syncTowns = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'districts',
    depth: 0,
    pagination: false,
    select: { slug: true, towns: true },
  })
  for (const doc of docs) {
    const towns = districtLocalities[doc.slug ?? '']
    if (!towns?.length || (doc.towns?.length ?? 0) > 0) continue
    // English first: it creates the rows (and so their ids); Urdu and Pashto then name those rows.
    let rowIds: (string | undefined)[] = []
    for (const locale of ['en', 'ur', 'ps'] as const) {
      const updated = await payload.update({
        collection: 'districts',
        id: doc.id,
        locale,
        data: {
          towns: towns.map((town, i) => ({
            ...(rowIds[i] && { id: rowIds[i] }),
            name: town[locale],
            centre: { type: 'Point', coordinates: [...town.centre] },
          })),
        },
        depth: 0,
        context: { seeding: true },
      })
      rowIds = (updated.towns ?? []).map((row) => row.id ?? undefined)
    }
  }
}

export const seedTaxonomy = async (payload: Payload): Promise<TaxonomyIds> => {
  const ids: TaxonomyIds = {
    categories: await upsertBySlug(payload, 'categories', categories, (c, locale) => ({
      name: c.name[locale],
      description: c.description[locale],
      ...(locale === 'en' && { icon: c.icon, order: categories.indexOf(c) }),
    })),
    districts: await seedDistricts(payload),
    tags: await upsertBySlug(payload, 'tags', tags, (t, locale) => ({ name: t.name[locale] })),
  }
  await syncAttributeSchemas(payload)
  await syncTowns(payload)
  return ids
}
