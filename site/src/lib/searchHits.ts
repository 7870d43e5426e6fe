import type { Locale } from '../i18n/messages'
import type { Term } from './catalog'
import type { Localized } from './localized'

import { openLine } from '../i18n/hours'
import { cmsGet } from './cms'
import { type Hours, earliestChange, openState } from './openNow'
import { STATUSES, type Status } from './resources'

/** What the CMS's search answers for one document (see plugins/search/postgres/query.ts). */
export interface Hit {
  collection: 'resources' | 'posts'
  id: number
  slug: string
  title: string
  summary: string | null
  /** False when the title is English standing in for the reader's language. */
  translated?: boolean
  snippet: string | null
  status: string | null
  category: number | null
  district: number | null
  match?: 'exact' | 'prefix' | 'typo' | null
}

/** A result as the page shows it: the title marked when English stands in, and its details line. */
export interface ShownHit extends Hit {
  shownTitle: Localized<string>
  categoryName: Localized<string> | null
  districtName: Localized<string> | null
  statusWord: Status | null
  /** "Open now · closes 17:00", for resources whose hours say something about today. */
  openLine: string | null
}

const CLOSED = new Set(['closed', 'temporarily-closed'])

/** Hours of some resources in one CMS request: only the fields the open-now line needs. */
const hoursOf = async (ids: number[]): Promise<Map<number, Hours>> => {
  if (ids.length === 0) return new Map()
  const params = new URLSearchParams({
    'where[id][in]': ids.join(','),
    'select[openingHours]': 'true',
    'select[hoursExceptions]': 'true',
    'select[timeZone]': 'true',
    depth: '0',
    limit: String(ids.length),
  })
  const { docs } = await cmsGet<{ docs: (Hours & { id: number })[] }>(`/resources?${params}`)
  return new Map(docs.map((doc) => [doc.id, doc]))
}

/**
 * The page's hits with what each result line shows: category · district ·
 * status in words, and for resources the open-now line at `now` in the
 * service's time zone. Also when the earliest of those lines changes, which a
 * cached copy of the page must not outlive.
 */
export const showHits = async (
  locale: Locale,
  hits: Hit[],
  lists: { categories: Term[]; districts: Term[] },
  now: Date,
): Promise<{ hits: ShownHit[]; expires: Date | null }> => {
  const hours = await hoursOf(hits.filter((h) => h.collection === 'resources').map((h) => h.id))
  const nameOf = (id: number | null, terms: Term[]) =>
    id === null ? null : (terms.find((t) => t.id === id)?.name ?? null)
  const shown = hits.map((hit): ShownHit => {
    const ownTitle = hit.translated !== false || locale === 'en'
    const own = hours.get(hit.id)
    return {
      ...hit,
      shownTitle: { value: hit.title, lang: ownTitle ? locale : 'en', fallback: !ownTitle },
      categoryName: nameOf(hit.category, lists.categories),
      districtName: nameOf(hit.district, lists.districts),
      statusWord: hit.collection === 'resources' ? (STATUSES.find((s) => s === hit.status) ?? null) : null,
      // A closed service's weekly hours are not a promise: no open-now line for it.
      openLine:
        hit.collection === 'resources' && own && !CLOSED.has(hit.status ?? '')
          ? openLine(locale, openState(own, now))
          : null,
    }
  })
  return { hits: shown, expires: earliestChange([...hours.values()], now) }
}
