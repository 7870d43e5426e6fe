import type { Locale } from '../i18n/messages'
import type { Term } from './catalog'
import type { Localized } from './localized'

import { cmsGet } from './cms'
import { PAGE_SIZE, pageFrom, slugParam } from './page'
import { STATUSES, type Status } from './resources'
import { type Hit, showHits } from './searchHits'
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

/** A calendar date (`2026-02-30` is not one): the CMS refuses anything else with 400. */
const date = (value: string | null) => {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const time = Date.parse(`${value}T00:00:00Z`)
  return Number.isNaN(time) || !new Date(time).toISOString().startsWith(value) ? undefined : value
}

/** The CMS answers pages 1–1000 only; a later one is the last it answers, not an error page. */
const MAX_PAGE = 1000

export const searchStateFrom = (url: URL): SearchState => {
  const p = url.searchParams
  const type = p.get('type')
  const status = p.get('status')
  // Dates filter news only (the page offers them for news only): elsewhere they are dropped.
  const dated = type === 'posts'
  const from = dated ? date(p.get('from')) : undefined
  const to = dated ? date(p.get('to')) : undefined
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
    page: Math.min(pageFrom(url), MAX_PAGE),
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
  /** The query as corrected, when some results matched a corrected spelling only. */
  corrected?: string | null
}

export interface FacetOption {
  value: string
  /** The term's name in the reader's language (or its fallback); type and status are named by the page. */
  label: Localized<string> | null
  count: number
}

type FacetKey = 'type' | 'category' | 'district' | 'tag' | 'status'

/** An id the CMS accepts but no term has: an unknown slug in the URL matches nothing. */
const NO_TERM = 2147483647

const askCms = (
  locale: Locale,
  state: SearchState,
  ids: Record<'category' | 'district' | 'tags', number | undefined>,
) => {
  const params = new URLSearchParams({ locale, page: String(state.page), limit: String(PAGE_SIZE) })
  for (const key of ['q', 'type', 'status', 'from', 'to'] as const) {
    const value = state[key]
    if (value) params.set(key, value)
  }
  for (const [name, id] of Object.entries(ids)) if (id !== undefined) params.set(name, String(id))
  return cmsGet<SearchAnswer>(`/search?${params}`)
}

/**
 * A page of results with facet counts, the CMS's ids turned back into the
 * site's slugs and names, each result with its details line at `now`.
 */
export const runSearch = async (locale: Locale, state: SearchState, now: Date) => {
  const lists = await taxonomy(locale)
  const idOf = (slug: string | undefined, terms: Term[]) =>
    slug === undefined ? undefined : (terms.find((t) => t.slug === slug)?.id ?? NO_TERM)
  const ids = {
    category: idOf(state.category, lists.categories),
    district: idOf(state.district, lists.districts),
    tags: idOf(state.tag, lists.tags),
  }
  let answer = await askCms(locale, state, ids)
  // A page past the end (an old link, a hand-edited URL) shows the last page rather than nothing.
  if (answer.hits.length === 0 && answer.totalPages > 0 && state.page > answer.totalPages) {
    answer = await askCms(locale, { ...state, page: answer.totalPages }, ids)
  }

  const named = (facets: Facet[], terms: Term[]): FacetOption[] =>
    facets.flatMap((f) => {
      const term = terms.find((t) => t.id === Number(f.value))
      return term ? [{ value: term.slug, label: term.name, count: f.count }] : []
    })
  const plain = (facets: Facet[]): FacetOption[] =>
    facets.map((f) => ({ value: String(f.value), label: null, count: f.count }))
  const facets: Record<FacetKey, FacetOption[]> = {
    type: plain(answer.facets.type),
    category: named(answer.facets.category, lists.categories),
    district: named(answer.facets.district, lists.districts),
    tag: named(answer.facets.tags, lists.tags),
    status: plain(answer.facets.status),
  }
  // An active filter stays listed (first, with its count, 0 if need be) so it
  // can always be removed, even when the other filters leave nothing.
  const terms: Partial<Record<FacetKey, Term[]>> = {
    category: lists.categories,
    district: lists.districts,
    tag: lists.tags,
  }
  for (const key of Object.keys(facets) as FacetKey[]) {
    const value = state[key]
    if (!value) continue
    const active = facets[key].find((o) => o.value === value) ?? {
      value,
      label: terms[key]?.find((t) => t.slug === value)?.name ?? null,
      count: 0,
    }
    // A slug no term has cannot be named: it is still listed, by its slug, to be removed.
    facets[key] = [active, ...facets[key].filter((o) => o !== active)]
  }
  const shown = await showHits(locale, answer.hits, lists, now)
  return {
    ...answer,
    hits: shown.hits,
    expires: shown.expires,
    page: Math.min(state.page, Math.max(1, answer.totalPages)),
    facets,
  }
}

/**
 * A snippet from the CMS: its text is already HTML-escaped and only `<mark>`
 * is markup. Anything else that looks like a tag is escaped again, so a
 * mistake upstream cannot become markup here.
 */
export const safeSnippet = (snippet: string) => snippet.replace(/<(?!\/?mark>)/g, '&lt;')
