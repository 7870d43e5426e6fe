import type { Payload } from 'payload'

import type { LocalizedText } from './data/types'

import { categories, districts, tags } from './data'
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

export const seedTaxonomy = async (payload: Payload): Promise<TaxonomyIds> => ({
  categories: await upsertBySlug(payload, 'categories', categories, (c, locale) => ({
    name: c.name[locale],
    description: c.description[locale],
    ...(locale === 'en' && { icon: c.icon, order: categories.indexOf(c) }),
  })),
  districts: await upsertBySlug(payload, 'districts', districts, (d, locale) => ({
    name: d.name[locale],
    ...(locale === 'en' && {
      division: d.division,
      centroid: { type: 'Point', coordinates: [...d.centroid] },
      boundary: boundaries[districts.indexOf(d)],
    }),
  })),
  tags: await upsertBySlug(payload, 'tags', tags, (t, locale) => ({ name: t.name[locale] })),
})
