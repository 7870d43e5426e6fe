import type { Campaign } from '../../../payload-types'
import type { GoalUnit } from '../../../collections/campaigns/goalUnits'
import type { Locale } from '../i18n/messages'

import { type FormView, formOf } from './campaignForm'
import { type AllLocales, type Term, relatedTerm } from './catalog'
import { CmsRefused, cmsGet } from './cms'
import { type Localized, type Translations, pick, text } from './localized'
import { type Page, slugParam } from './page'
import type { CampaignDates } from './campaignTime'

export type RawCampaign = AllLocales<Campaign>

/** An image as pages show it: the CMS's preview for small sizes (when made), the original for large. */
export interface CampaignImage {
  /** The original, absolute or relative to the CMS's public address. */
  full: string
  /** The 320-pixel preview, or the original while the preview is not made yet. */
  thumb: string
  width: number | null
  height: number | null
}

export interface GalleryPhoto extends CampaignImage {
  alt: Localized<string> | null
  caption: Localized<string> | null
}

export interface CampaignSummary extends CampaignDates {
  id: number
  slug: string
  title: Localized<string>
  summary: Localized<string> | null
  goal: { target: number; unit: GoalUnit }
  reached: number
  hero: (CampaignImage & { alt: Localized<string> | null }) | null
}

export interface CampaignView extends CampaignSummary {
  body: Localized<unknown> | null
  organization: Localized<string> | null
  districts: Term[]
  categories: Term[]
  resources: { slug: string; title: Localized<string> }[]
  posts: { slug: string; title: Localized<string>; publishedAt: string | null }[]
  gallery: GalleryPhoto[]
  /** The sign-up or pledge form readers fill in here, if the campaign has one. */
  form: FormView | null
}

interface RawFile {
  id?: number
  url?: string | null
  previewStatus?: string | null
  width?: number | null
  height?: number | null
  alt?: Translations<string> | string | null
}

/** A populated upload; null when it is an id (withheld from the public) or has no address. */
const imageOf = (value: unknown): (CampaignImage & { fileAlt: unknown }) | null => {
  if (!value || typeof value !== 'object') return null
  const file = value as RawFile
  if (typeof file.url !== 'string' || !file.url) return null
  return {
    full: file.url,
    thumb: file.previewStatus === 'ready' && file.id ? `/api/files/${file.id}/preview` : file.url,
    width: Number.isInteger(file.width) ? file.width! : null,
    height: Number.isInteger(file.height) ? file.height! : null,
    fileAlt: file.alt,
  }
}

const reachedOf = (doc: RawCampaign): number => {
  if (typeof doc.reached === 'number') return doc.reached
  const rows = (doc.progress as { amount?: number | null }[] | null) ?? []
  return rows.reduce((sum, row) => sum + (typeof row.amount === 'number' ? row.amount : 0), 0)
}

const summaryOf = (doc: RawCampaign, locale: Locale): CampaignSummary => {
  const hero = imageOf(doc.heroImage)
  const goal = doc.goal as Campaign['goal']
  return {
    id: doc.id as number,
    slug: (doc.slug as string | null) ?? String(doc.id),
    title: text(doc.title as Translations<string>, locale),
    summary: pick(doc.summary as Translations<string>, locale),
    startsAt: doc.startsAt as string,
    endsAt: doc.endsAt as string,
    goal: { target: goal.target, unit: goal.unit },
    reached: reachedOf(doc),
    hero: hero && {
      full: hero.full,
      thumb: hero.thumb,
      width: hero.width,
      height: hero.height,
      alt: pick(hero.fileAlt as Translations<string>, locale),
    },
  }
}

const titled = (value: unknown, locale: Locale) => {
  if (!value || typeof value !== 'object') return []
  const doc = value as { id: number; slug?: string | null; title?: Translations<string> | string }
  return [{ slug: doc.slug ?? String(doc.id), title: text(doc.title, locale) }]
}

const viewOf = (doc: RawCampaign, locale: Locale): CampaignView => {
  // Added to campaigns by the forms plugin (plugins/forms/campaignForm.ts).
  const form = formOf((doc as { form?: unknown }).form, locale)
  const org = doc.organization && typeof doc.organization === 'object' ? doc.organization : null
  const posts = ((doc.posts as { docs?: unknown[] } | null)?.docs ?? []).flatMap((p) =>
    titled(p, locale).map((post) => ({
      ...post,
      publishedAt: ((p as { publishedAt?: string | null }).publishedAt as string | null) ?? null,
    })),
  )
  return {
    ...summaryOf(doc, locale),
    body: pick(doc.body as Translations<unknown>, locale),
    organization: org ? text((org as { name?: Translations<string> }).name, locale) : null,
    districts: ((doc.districts as unknown[] | null) ?? []).flatMap((d) => relatedTerm(d, locale) ?? []),
    categories: ((doc.categories as unknown[] | null) ?? []).flatMap((c) => relatedTerm(c, locale) ?? []),
    resources: ((doc.resources as unknown[] | null) ?? []).flatMap((r) => titled(r, locale)),
    posts,
    gallery: ((doc.gallery as { image?: unknown; alt?: unknown; caption?: unknown }[] | null) ?? []).flatMap(
      (row) => {
        const image = imageOf(row.image)
        if (!image) return []
        const { fileAlt, ...sizes } = image
        return [
          {
            ...sizes,
            // The photo's own description first, the file's general one when it has none.
            alt:
              pick(row.alt as Translations<string>, locale) ?? pick(fileAlt as Translations<string>, locale),
            caption: pick(row.caption as Translations<string>, locale),
          },
        ]
      },
    ),
    form,
  }
}

/** What a list shows of a campaign: no body, no relations but the hero image. */
const LIST_FIELDS = ['title', 'slug', 'summary', 'startsAt', 'endsAt', 'goal', 'progress', 'heroImage']

const listQuery = (where: Record<string, string>, sort: string, limit: number) => {
  const params = new URLSearchParams({ locale: 'all', depth: '1', sort, limit: String(limit), ...where })
  for (const field of LIST_FIELDS) params.set(`select[${field}]`, 'true')
  return `/campaigns?${params}`
}

/** The most a section lists; campaigns are few at a time, and ended ones are the latest. */
export const SECTION_LIMIT = 24

/**
 * Published campaigns at `now` (the CMS shows readers published ones only):
 * running (ending soonest first), scheduled (starting soonest first) and
 * ended (latest first), each asked by its dates.
 */
export const listCampaigns = async (locale: Locale, now: Date, limit = SECTION_LIMIT) => {
  const at = now.toISOString()
  const [running, scheduled, ended] = await Promise.all([
    cmsGet<Page<RawCampaign>>(
      listQuery(
        { 'where[and][0][startsAt][less_than_equal]': at, 'where[and][1][endsAt][greater_than]': at },
        'endsAt',
        limit,
      ),
    ),
    cmsGet<Page<RawCampaign>>(listQuery({ 'where[startsAt][greater_than]': at }, 'startsAt', limit)),
    cmsGet<Page<RawCampaign>>(listQuery({ 'where[endsAt][less_than_equal]': at }, '-endsAt', limit)),
  ])
  const summaries = (page: Page<RawCampaign>) => page.docs.map((doc) => summaryOf(doc, locale))
  return { running: summaries(running), scheduled: summaries(scheduled), ended: summaries(ended) }
}

export type CampaignLists = Awaited<ReturnType<typeof listCampaigns>>

/**
 * The home page's few running campaigns, and when the next scheduled one
 * starts (the cached home page must show it from then on).
 */
export const homeCampaigns = async (locale: Locale, now: Date, limit = 3) => {
  const at = now.toISOString()
  const next = new URLSearchParams({
    'where[startsAt][greater_than]': at,
    sort: 'startsAt',
    limit: '1',
    depth: '0',
    'select[startsAt]': 'true',
    'select[endsAt]': 'true',
  })
  const [running, upcoming] = await Promise.all([
    cmsGet<Page<RawCampaign>>(
      listQuery(
        { 'where[and][0][startsAt][less_than_equal]': at, 'where[and][1][endsAt][greater_than]': at },
        'endsAt',
        limit,
      ),
    ),
    cmsGet<Page<{ startsAt: string; endsAt: string }>>(`/campaigns?${next}`),
  ])
  return {
    running: running.docs.map((doc) => summaryOf(doc, locale)),
    nextStart: upcoming.docs[0]?.startsAt ?? null,
  }
}

/**
 * One published campaign by slug, every language; null when there is none.
 * An address that cannot be a slug is not found without asking the CMS.
 */
export const getCampaign = async (locale: Locale, slug: string): Promise<CampaignView | null> => {
  const valid = slugParam(slug)
  if (!valid) return null
  const params = new URLSearchParams({
    locale: 'all',
    depth: '1',
    limit: '1',
    'where[slug][equals]': valid,
    // The campaign's news in full (the join's default page is 10).
    'joins[posts][limit]': '50',
  })
  try {
    const doc = (await cmsGet<Page<RawCampaign>>(`/campaigns?${params}`)).docs[0]
    return doc ? viewOf(doc, locale) : null
  } catch (error) {
    if (error instanceof CmsRefused) return null
    throw error
  }
}
