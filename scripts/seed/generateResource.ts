import type { TaxonomyIds } from './taxonomy'

import { slugify } from '../../utilities/slugify'
import { categories, districtLocalities, districts, places, resourceTemplates, sources } from './data'
import { bodies } from './data/bodies'
import { lexicalParagraphs } from './lexical'
import { generateProfile, type SeedProfile } from './profile'
import { pointNear, type Random } from './random'

const STATUS_WEIGHTS = [
  ['active', 0.7],
  ['unverified', 0.15],
  ['temporarily-closed', 0.08],
  ['closed', 0.07],
] as const

const LOCALES = ['en', 'ur', 'ps'] as const

const COLLECTORS = ['Ayesha Khan', 'Bilal Afridi', 'Gul Bibi', 'Hamid Yousafzai', 'Nasreen Shah', 'Zar Wali']

export interface GeneratedResource {
  slug: string
  categoryId: number
  districtId: number
  status: string
  published: boolean
  featured: boolean
  attributes: Record<string, unknown>
  location: { type: 'Point'; coordinates: [number, number] }
  provenance: { source: string; sourceUrl: string; licence: string; collectedAt: string; collectedBy: string }
  locales: { locale: 'en' | 'ur' | 'ps'; title: string; summary: string; body: unknown }[]
  tagIds: number[]
  /** The HSDS profile: contact, address, hours, eligibility… */
  profile: SeedProfile
}

/** Draws a status from the template's weights, or the catalogue-wide default. */
const drawStatus = (random: Random, weights?: Readonly<Partial<Record<string, number>>>) => {
  const entries = weights ? Object.entries(weights) : STATUS_WEIGHTS
  const total = entries.reduce((sum, [, w]) => sum + (w ?? 0), 0)
  let roll = random.next() * total
  for (const [status, weight] of entries) if ((roll -= weight ?? 0) < 0) return status
  return 'active'
}

/** Template attributes: a pair of numbers is a [min, max] range to draw from. */
const drawAttributes = (random: Random, template: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(template).map(([key, value]) =>
      Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')
        ? [key, random.int(value[0] as number, value[1] as number)]
        : [key, value],
    ),
  )

/**
 * Per set of taken slugs, the last suffix each stem got (`…-2`, `…-3`): every
 * smaller one was taken then and still is (slugs are only ever added), so the
 * next search starts after it. The same slugs as counting from 2 each time,
 * without going over a stem's hundreds of suffixes again at 100,000 resources.
 */
const lastSuffixes = new WeakMap<Set<string>, Map<string, number>>()

/**
 * One plausible resource: a template of its category, a place, a point inside
 * its district, provenance, and its title, summary and body in English, Urdu
 * and Pashto.
 */
export const generateResource = (
  random: Random,
  ids: TaxonomyIds,
  takenSlugs: Set<string>,
): GeneratedResource => {
  const template = random.pick(resourceTemplates)
  const district = random.pick(districts)
  // Towns of the district itself where we know them, so names match the map.
  const place = random.pick(districtLocalities[district.slug] ?? places)
  const fill = (text: string, locale: 'en' | 'ur' | 'ps') =>
    text.replaceAll('{place}', place[locale]).replaceAll('{district}', district.name[locale])

  const titleEn = fill(template.title.en, 'en')
  const stem = template.title.en.includes('{district}') ? titleEn : `${titleEn} ${district.slug}`
  let slug = slugify(stem)
  if (takenSlugs.has(slug)) {
    const suffixes = lastSuffixes.get(takenSlugs) ?? new Map<string, number>()
    lastSuffixes.set(takenSlugs, suffixes)
    let n = (suffixes.get(stem) ?? 1) + 1
    while (takenSlugs.has((slug = slugify(`${stem} ${n}`)))) n++
    suffixes.set(stem, n)
  }
  takenSlugs.add(slug)

  const body = bodies[template.title.en]
  if (!body)
    throw new Error(`No body for the resource template "${template.title.en}" (scripts/seed/data/bodies)`)
  const locales: GeneratedResource['locales'] = LOCALES.map((locale) => ({
    locale,
    title: fill(template.title[locale], locale),
    summary: fill(template.summary[locale], locale),
    body: lexicalParagraphs(
      body[locale].map((paragraph) => fill(paragraph, locale)),
      locale === 'en' ? 'ltr' : 'rtl',
    ),
  }))

  const source = random.pick(sources)
  const collectedAt = new Date(Date.UTC(2024, 0, 1) + random.int(0, 700) * 86_400_000).toISOString()
  const tagIds = random
    .sample(template.tags, random.int(1, Math.min(3, template.tags.length)))
    .map((slug) => ids.tags.get(slug))
    .filter((id): id is number => id !== undefined)

  const status = drawStatus(random, template.statusWeights)
  return {
    slug,
    categoryId: ids.categories.get(template.category) ?? ids.categories.get(categories[0]!.slug)!,
    districtId: ids.districts.get(district.slug)!,
    status,
    published: random.chance(0.95),
    featured: random.chance(0.04),
    attributes: drawAttributes(random, template.attributes ?? {}),
    location: { type: 'Point', coordinates: pointNear(random, district.centroid, district.radiusKm) },
    provenance: {
      source: source.name,
      sourceUrl: source.url,
      licence: source.licence,
      collectedAt,
      collectedBy: random.pick(COLLECTORS),
    },
    locales,
    tagIds,
    profile: unverifiedHasNoCheck(
      status,
      generateProfile(random, template.category, titleEn, place, slug, {
        hours: template.hours,
        languages: template.languages,
      }),
    ),
  }
}

/**
 * "Unverified" beside "Last checked 8 weeks ago" contradicts itself on the
 * page: an entry nobody has confirmed has no check date. Applied after the
 * draws, so the random sequence (and every other seeded value) stays as it was.
 */
const unverifiedHasNoCheck = (status: string, profile: SeedProfile): SeedProfile =>
  status === 'unverified' ? { ...profile, lastVerifiedAt: null } : profile
