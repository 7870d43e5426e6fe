import { defineMiddleware } from 'astro:middleware'

import { cacheEnabled } from './lib/cache'
import { cachedPage, compressPage, respond } from './lib/pageCache'
import { canonicalQuery } from './lib/pageKey'
import { startPurgeSubscriber } from './lib/purge'

startPurgeSubscriber()

/**
 * Pages are rendered once and served from memory until the CMS announces a
 * change (lib/cache.ts); every HTML response leaves compressed. Previews and
 * API routes are never cached.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url, locals } = context
  // A rewrite re-enters the middleware: the outer pass caches and compresses.
  if (locals.served) return next()
  locals.served = true
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  // A filter form sent without JavaScript carries every field, empty ones too
  // (`?q=&from=&to=`): one address per page, so links stay short and shareable
  // and the cache holds one copy.
  const empty = [...url.searchParams.values()].includes('')
  if (isRead && empty && !url.pathname.startsWith('/api/')) {
    const kept = new URLSearchParams([...url.searchParams].filter(([, value]) => value !== ''))
    const search = kept.size ? `?${kept}` : ''
    return new Response(null, { status: 302, headers: { Location: `${url.pathname}${search}` } })
  }
  const shared =
    isRead &&
    cacheEnabled() &&
    // A reader's own pages (account/…) are never shared, not even by two renders at the same moment.
    !/^\/(?:(?:ur|ps)\/)?(?:preview|account)\//.test(url.pathname) &&
    !url.pathname.startsWith('/api/')
  if (shared) {
    // The page is rendered from, and cached under, the address with only the
    // parameters it reads: `?utm=1` neither makes a new entry nor ends up in
    // the cached page's links (the language switcher and pagination copy the query).
    const canonical = canonicalQuery(url)
    let state: 'hit' | 'miss' = 'hit'
    const page = await cachedPage(`${url.pathname}${canonical}`, () => {
      state = 'miss'
      return canonical === url.search ? next() : next(new URL(`${url.pathname}${canonical}`, url))
    })
    return respond(request, page, state)
  }
  const response = await next()
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html') || !response.body) return response
  return respond(request, await compressPage(response), 'miss')
})
