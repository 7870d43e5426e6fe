import type { Resource } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { type Term, listAll } from './catalog'
import { cmsGet } from './cms'
import { PAGE_SIZE, pageFrom, slugParam } from './page'
import { STATUSES, type Status, summaryOf } from './resources'
import { taxonomy } from './taxonomy'

export const SORTS = ['title', '-updatedAt'] as const
export type Sort = (typeof SORTS)[number]

export interface ListFilters {
  /** Keywords: the list then comes from the search (every language, synonyms, typos), best first. */
  q?: string
  category?: string
  district?: string
  tag?: string
  status?: Status
  sort: Sort
  page: number
}

/** Reads the list filters from the URL; anything unknown is ignored rather than failing the page. */
export const filtersFrom = (url: URL): ListFilters => {
  const status = url.searchParams.get('status')
  const sort = url.searchParams.get('sort')
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200)
  return {
    q: q || undefined,
    category: slugParam(url.searchParams.get('category')),
    district: slugParam(url.searchParams.get('district')),
    tag: slugParam(url.searchParams.get('tag')),
    status: STATUSES.find((s) => s === status),
    sort: SORTS.find((s) => s === sort) ?? 'title',
    page: pageFrom(url),
  }
}

/** An id the CMS accepts but no term has: an unknown slug in the URL matches nothing. */
const NO_TERM = 2147483647

/**
 * The page of resources a keyword finds, through the CMS's search (so the
 * catalogue finds what the search page finds), then fetched in full and
 * kept in the search's order.
 */
const searchResources = async (locale: Locale, filters: ListFilters & { q: string }) => {
  const lists = await taxonomy(locale)
  const idOf = (slug: string | undefined, terms: Term[]) =>
    slug === undefined ? undefined : String(terms.find((t) => t.slug === slug)?.id ?? NO_TERM)
  const params = new URLSearchParams({
    q: filters.q,
    locale,
    type: 'resources',
    page: String(Math.min(filters.page, 1000)),
    limit: String(PAGE_SIZE),
  })
  const ids = {
    category: idOf(filters.category, lists.categories),
    district: idOf(filters.district, lists.districts),
    tags: idOf(filters.tag, lists.tags),
    status: filters.status,
  }
  for (const [name, value] of Object.entries(ids)) if (value) params.set(name, value)
  const answer = await cmsGet<{ hits: { id: number }[]; totalDocs: number; totalPages: number }>(
    `/search?${params}`,
  )
  const order = answer.hits.map((h) => h.id)
  const page = { totalDocs: answer.totalDocs, totalPages: answer.totalPages, page: filters.page }
  if (order.length === 0) return { ...page, docs: [] }
  const found = await listAll<Resource>(
    'resources',
    { 'where[id][in]': order.join(','), limit: String(order.length) },
    locale,
  )
  const byId = new Map(found.docs.map((doc) => [doc.id, doc]))
  return {
    ...page,
    docs: order.flatMap((id) => {
      const doc = byId.get(id)
      return doc ? [summaryOf(doc, locale)] : []
    }),
  }
}

/** Published resources matching the filters (the CMS's access rules keep drafts out). */
export const listResources = async (locale: Locale, filters: ListFilters) => {
  if (filters.q) return searchResources(locale, { ...filters, q: filters.q })
  const query: Record<string, string> = { page: String(filters.page), sort: filters.sort }
  if (filters.category) query['where[category.slug][equals]'] = filters.category
  if (filters.district) query['where[district.slug][equals]'] = filters.district
  if (filters.tag) query['where[tags.slug][equals]'] = filters.tag
  if (filters.status) query['where[status][equals]'] = filters.status
  const page = await listAll<Resource>('resources', query, locale)
  return { ...page, docs: page.docs.map((doc) => summaryOf(doc, locale)) }
}
