import type { Locale } from '../i18n/messages'

import { cmsGet } from './cms'
import { pageFrom, slugParam } from './page'
import { STATUSES, type Status } from './resources'
import { taxonomy } from './taxonomy'

/** The search page's state in the URL: slugs like the catalogue and the map, so links carry over. */
export interface SearchState {
  q: string
  type?: 'resources' | 'posts'
  category?: string
  district?: string
  tag?: string
  status?: Status
  from?: string
  to?: string
  page: number
}

const date = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)

export const searchStateFrom = (url: URL): SearchState => {
  const p = url.searchParams
  const type = p.get('type')
  const status = p.get('status')
  const from = date(p.get('from'))
  const to = date(p.get('to'))
  return {
    q: (p.get('q') ?? '').trim().slice(0, 200),
    type: type === 'resources' || type === 'posts' ? type : undefined,
    category: slugParam(p.get('category')),
    district: slugParam(p.get('district')),
    tag: slugParam(p.get('tag')),
    status: STATUSES.find((s) => s === status),
    // Dates out of order are dropped rather than answered with an error page.
    from,
    to: from && to && to < from ? undefined : to,
    page: pageFrom(url),
  }
}

/** The state as a query string, with some values changed (undefined removes one). */
export const searchQuery = (state: SearchState, changes: Partial<SearchState> = {}) => {
  const next = { ...state, page: 1, ...changes }
  const params = new URLSearchParams()
  for (const key of ['q', 'type', 'category', 'district', 'tag', 'status', 'from', 'to'] as const) {
    const value = next[key]
    if (value) params.set(key, value)
  }
  if (next.page > 1) params.set('page', String(next.page))
  return params
}

export interface Hit {
  collection: 'resources' | 'posts'
  id: number
  slug: string
  title: string
  summary: string | null
  snippet: string | null
}

interface Facet {
  value: number | string
  count: number
}

interface SearchAnswer {
  totalDocs: number
  totalPages: number
  page: number
  hits: Hit[]
  facets: Record<'type' | 'category' | 'district' | 'tags' | 'status', Facet[]>
  didYouMean: string | null
}

export interface FacetOption {
  value: string
  label: string
  count: number
}

/** A page of results with facet counts, the CMS's ids turned back into the site's slugs and names. */
export const runSearch = async (locale: Locale, state: SearchState) => {
  const lists = await taxonomy(locale)
  const params = new URLSearchParams({ locale, page: String(state.page), limit: '20' })
  if (state.q) params.set('q', state.q)
  if (state.type) params.set('type', state.type)
  if (state.status) params.set('status', state.status)
  if (state.from) params.set('from', state.from)
  if (state.to) params.set('to', state.to)
  const bySlug = [
    ['category', state.category, lists.categories],
    ['district', state.district, lists.districts],
    ['tags', state.tag, lists.tags],
  ] as const
  for (const [name, slug, terms] of bySlug) {
    // An unknown slug matches nothing.
    if (slug) params.set(name, String(terms.find((t) => t.slug === slug)?.id ?? 2147483647))
  }
  const answer = await cmsGet<SearchAnswer>(`/search?${params}`)
  const named = (facets: Facet[], terms: typeof lists.categories): FacetOption[] =>
    facets.flatMap((f) => {
      const term = terms.find((t) => t.id === Number(f.value))
      return term ? [{ value: term.slug, label: term.name.value, count: f.count }] : []
    })
  return {
    ...answer,
    page: Math.min(state.page, Math.max(1, answer.totalPages)),
    facets: {
      type: answer.facets.type.map((f) => ({
        value: String(f.value),
        label: String(f.value),
        count: f.count,
      })),
      category: named(answer.facets.category, lists.categories),
      district: named(answer.facets.district, lists.districts),
      tag: named(answer.facets.tags, lists.tags),
      status: answer.facets.status.map((f) => ({
        value: String(f.value),
        label: String(f.value),
        count: f.count,
      })),
    },
  }
}

/**
 * A snippet from the CMS: its text is already HTML-escaped and only `<mark>`
 * is markup. Anything else that looks like a tag is escaped again, so a
 * mistake upstream cannot become markup here.
 */
export const safeSnippet = (snippet: string) => snippet.replace(/<(?!\/?mark>)/g, '&lt;')
