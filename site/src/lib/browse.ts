import type { Locale } from '../i18n/messages'

import { type ResourceAnalytics, cmsGet } from './cms'
import { PAGE_SIZE, pageFrom } from './page'
import { listResources } from './resourceList'
import { type TermCollection, getTerm, listTerms } from './taxonomy'

const FILTER: Record<TermCollection, 'category' | 'district' | 'tag'> = {
  categories: 'category',
  districts: 'district',
  tags: 'tag',
}

/** A browse index: every term, with how many published resources each holds (when the CMS counts them). */
export const browseIndex = async (collection: TermCollection, locale: Locale) => {
  const [terms, analytics] = await Promise.all([
    listTerms(collection, locale),
    collection === 'tags' ? null : cmsGet<ResourceAnalytics>(`/analytics/resources?locale=${locale}`),
  ])
  const buckets = collection === 'categories' ? analytics?.byCategory : analytics?.byDistrict
  const counts = new Map(buckets?.map((b) => [b.slug, b.count]))
  return terms.map((term) => ({ term, count: analytics ? (counts.get(term.slug) ?? 0) : null }))
}

/** A term's page: the term and a page of its published resources; null when there is no such term. */
export const browseTerm = async (collection: TermCollection, slug: string, locale: Locale, url: URL) => {
  const term = await getTerm(collection, slug, locale)
  if (!term) return null
  const filter = FILTER[collection]
  const resources = await listResources(locale, { [filter]: term.slug, sort: 'title', page: pageFrom(url) })
  return { term, resources, filter, pageSize: PAGE_SIZE }
}
