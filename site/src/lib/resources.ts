import type { Category, District, Resource } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { cmsGet } from './cms'

export const STATUSES = ['active', 'temporarily-closed', 'closed', 'unverified'] as const
export const PAGE_SIZE = 20

interface Page<T> {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
}

export interface ListFilters {
  category?: string
  district?: string
  status?: string
  page: number
}

/** Reads the list filters from the URL; anything unknown is ignored rather than failing the page. */
export const filtersFrom = (url: URL): ListFilters => {
  const slug = (name: string) => url.searchParams.get(name)?.match(/^[\p{L}\p{N}-]{1,120}$/u)?.[0]
  const status = url.searchParams.get('status') ?? undefined
  const page = Number(url.searchParams.get('page') ?? 1)
  return {
    category: slug('category'),
    district: slug('district'),
    status: STATUSES.includes(status as never) ? status : undefined,
    page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1,
  }
}

/** Published resources matching the filters (the CMS's access rules keep drafts out). */
export const listResources = (locale: Locale, filters: ListFilters) => {
  const query = new URLSearchParams({
    locale,
    depth: '1',
    limit: String(PAGE_SIZE),
    page: String(filters.page),
    sort: 'title',
  })
  if (filters.category) query.set('where[category.slug][equals]', filters.category)
  if (filters.district) query.set('where[district.slug][equals]', filters.district)
  if (filters.status) query.set('where[status][equals]', filters.status)
  return cmsGet<Page<Resource>>(`/resources?${query}`)
}

export const getResource = async (locale: Locale, slug: string) =>
  (
    await cmsGet<Page<Resource>>(
      `/resources?${new URLSearchParams({ locale, depth: '1', limit: '1', 'where[slug][equals]': slug })}`,
    )
  ).docs[0] ?? null

export const taxonomy = async (locale: Locale) => {
  const query = `?locale=${locale}&limit=200&depth=0&sort=name`
  const [categories, districts] = await Promise.all([
    cmsGet<Page<Category>>(`/categories${query}`),
    cmsGet<Page<District>>(`/districts${query}`),
  ])
  return { categories: categories.docs, districts: districts.docs }
}

export const nameOf = (value: number | { name?: string | null } | null | undefined) =>
  value && typeof value === 'object' ? (value.name ?? '') : ''
