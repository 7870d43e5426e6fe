/**
 * Which query parameters each page reads, so the page cache keys a page by
 * those alone. Any other parameter (`?utm_source=…`, `?x=1`…`?x=1000`) does
 * not change what the page shows, and must not make a new cache entry: a
 * crawler or an attacker could otherwise fill the cache with copies.
 */

// What resourceList.ts filtersFrom, search.ts searchStateFrom and mapView.ts mapStateFrom read.
const LIST = ['q', 'category', 'district', 'tag', 'status', 'sort', 'page']
const SEARCH = ['q', 'type', 'category', 'district', 'tag', 'status', 'from', 'to', 'page']
const MAP = ['q', 'category', 'district', 'tag', 'status', 'from', 'to', 'bbox', 'z']
const PAGED = ['page']

const ROUTES: [RegExp, readonly string[]][] = [
  [/^\/resources\/?$/, LIST],
  [/^\/search\/?$/, SEARCH],
  [/^\/map\/?$/, MAP],
  [/^\/posts\/?$/, PAGED],
  [/^\/(?:categories|districts|tags)\/[^/]+\/?$/, PAGED],
]

/** The parameters the page at `pathname` reads (none for most pages). */
export const pageParams = (pathname: string): readonly string[] => {
  const path = pathname.replace(/^\/(?:ur|ps)(?=\/|$)/, '') || '/'
  return ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? []
}

/**
 * The address with only the parameters its page reads, in a fixed order
 * (`?b=1&a=2` and `?a=2&b=1` are one page), repeated values kept in order.
 */
export const canonicalQuery = (url: URL): string => {
  const known = pageParams(url.pathname)
  const kept = [...url.searchParams].filter(([name]) => known.includes(name))
  kept.sort(([a], [b]) => known.indexOf(a) - known.indexOf(b))
  const query = new URLSearchParams(kept).toString()
  return query ? `?${query}` : ''
}

/** The page cache's key for a request's URL. */
export const pageCacheKey = (url: URL) => `${url.pathname}${canonicalQuery(url)}`
