import type { Resource } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { listAll } from './catalog'
import { pageFrom, slugParam } from './page'
import { STATUSES, type Status, summaryOf } from './resources'

export const SORTS = ['title', '-updatedAt'] as const
export type Sort = (typeof SORTS)[number]

export interface ListFilters {
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
  return {
    category: slugParam(url.searchParams.get('category')),
    district: slugParam(url.searchParams.get('district')),
    tag: slugParam(url.searchParams.get('tag')),
    status: STATUSES.find((s) => s === status),
    sort: SORTS.find((s) => s === sort) ?? 'title',
    page: pageFrom(url),
  }
}

/** Published resources matching the filters (the CMS's access rules keep drafts out). */
export const listResources = async (locale: Locale, filters: ListFilters) => {
  const query: Record<string, string> = { page: String(filters.page), sort: filters.sort }
  if (filters.category) query['where[category.slug][equals]'] = filters.category
  if (filters.district) query['where[district.slug][equals]'] = filters.district
  if (filters.tag) query['where[tags.slug][equals]'] = filters.tag
  if (filters.status) query['where[status][equals]'] = filters.status
  const page = await listAll<Resource>('resources', query, locale)
  return { ...page, docs: page.docs.map((doc) => summaryOf(doc, locale)) }
}
