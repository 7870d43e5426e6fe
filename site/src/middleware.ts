import type { MiddlewareHandler } from 'astro'
import { defineMiddleware } from 'astro:middleware'

import { cacheEnabled } from './lib/cache'
import { config } from './lib/config'
import { cachedPage, compressPage, respond } from './lib/pageCache'
import { canonicalQuery } from './lib/pageKey'
import { withReaderAgent } from './lib/readerAgent'
import { startPurgeSubscriber } from './lib/purge'

startPurgeSubscriber()

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A write a browser sends on behalf of another site. Astro's own
 * `security.checkOrigin` refuses cross-site writes only when their body is
 * form-like or absent (core/app/origin-check.js), so a JSON POST or a DELETE
 * with a JSON type from another origin would reach the session and
 * corrections routes, held back only by the browser's CORS preflight. Here
 * any write whose Origin is not this site's, or that the browser labels
 * `Sec-Fetch-Site: cross-site`, is refused. Clients that send neither (curl,
 * the tests) carry no reader's cookie to abuse.
 */
const isCrossSiteWrite = (request: Request, url: URL) => {
  if (SAFE_METHODS.has(request.method)) return false
  const origin = request.headers.get('origin')
  // Behind a proxy the address Astro sees may differ from the public one
  // (http://localhost:4321 for https://hujra.example): SITE_URL is this site too.
  if (origin) return origin !== url.origin && origin !== new URL(config().SITE_URL).origin
  return request.headers.get('sec-fetch-site') === 'cross-site'
}

/**
 * Cross-site writes are refused first. Pages are rendered once and served
 * from memory until the CMS announces a change (lib/cache.ts); every HTML
 * response leaves compressed. Previews and API routes are never cached.
 */
export const onRequest = defineMiddleware((context, next) =>
  withReaderAgent(context.request.headers.get('user-agent'), () => serve(context, next)),
)

const serve: MiddlewareHandler = async (context, next) => {
  const { request, url, locals } = context
  if (isCrossSiteWrite(request, url)) {
    const refused = 'Cross-site requests are refused'
    // API routes answer JSON, like every other refusal of theirs.
    return url.pathname.startsWith('/api/')
      ? Response.json({ error: refused }, { status: 403, headers: { 'cache-control': 'no-store' } })
      : new Response(refused, {
          status: 403,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        })
  }
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
    // Account pages carry one-time tokens (?token=) and each reader's own state (cookies, ?next=): never shared.
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
}
