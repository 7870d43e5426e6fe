import type { Resource } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { type AllLocales, type RawResource } from './catalog'
import { cmsGet } from './cms'
import { type Page } from './page'
import { type ResourceSummary, summaryOf } from './resources'

/** How long an editor's check is trusted on the home page. */
export const TRUSTED_FOR_DAYS = 365
const SHELF_SIZE = 6
const DAY = 86_400_000

/**
 * Only what a reader can act on: running, and checked by an editor within the
 * last year. The cut-off is a whole day so the request (and so the CMS's and
 * the site's caches) stays the same all day.
 */
const trusted = (now: number) => ({
  'where[and][0][status][equals]': 'active',
  'where[and][1][lastVerifiedAt][greater_than_equal]': new Date(
    Math.floor(now / DAY) * DAY - TRUSTED_FOR_DAYS * DAY,
  ).toISOString(),
})

/** Sorted by a field that is not localized, so one `locale=all` request per shelf is enough. */
const list = (query: Record<string, string>) =>
  cmsGet<Page<AllLocales<Resource>>>(
    `/resources?${new URLSearchParams({ locale: 'all', depth: '1', sort: '-updatedAt', ...query })}`,
  )

/** Each document once, in order: the first shelf that shows it keeps it. */
export const distinctShelves = (
  shelves: readonly (readonly RawResource[])[],
  sizes: readonly number[],
): RawResource[][] => {
  const seen = new Set<number>()
  return shelves.map((docs, i) => {
    const shelf: RawResource[] = []
    for (const doc of docs) {
      if (shelf.length >= (sizes[i] ?? SHELF_SIZE) || seen.has(doc.id as number)) continue
      seen.add(doc.id as number)
      shelf.push(doc)
    }
    return shelf
  })
}

export interface HomeShelves {
  featured: ResourceSummary[]
  recent: ResourceSummary[]
}

/**
 * The home page's two shelves, in two parallel requests: featured resources
 * and the latest changes, both only active and recently verified, and no
 * resource on both (the recent shelf asks for enough to fill up after
 * leaving out what is featured).
 */
export const homeShelves = async (locale: Locale, now = Date.now()): Promise<HomeShelves> => {
  const [featured, recent] = await Promise.all([
    list({ ...trusted(now), 'where[and][2][featured][equals]': 'true', limit: String(SHELF_SIZE) }),
    list({ ...trusted(now), limit: String(SHELF_SIZE * 2) }),
  ])
  const [shownFeatured, shownRecent] = distinctShelves([featured.docs, recent.docs], [SHELF_SIZE, SHELF_SIZE])
  return {
    featured: shownFeatured!.map((doc) => summaryOf(doc, locale)),
    recent: shownRecent!.map((doc) => summaryOf(doc, locale)),
  }
}
