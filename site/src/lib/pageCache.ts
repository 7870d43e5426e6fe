import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { cached, createStore } from './cache'
import { config } from './config'
import { negotiateEncoding } from './encoding'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** A rendered page kept compressed both ways, so a hit costs no rendering and no compression. */
export interface CachedPage {
  status: number
  headers: [string, string][]
  etag: string
  identity: Buffer
  br: Buffer
  gzip: Buffer
  /** When the page's content goes out of date by itself (an open-now line), ms since the epoch. */
  expiresAt?: number
}

/**
 * A page whose content changes with the clock says until when it is right:
 * `X-Cache-Expires: <HTTP date>` (set by the page, never sent to the browser).
 */
const EXPIRES_HEADER = 'x-cache-expires'

const pages = createStore<CachedPage>(
  config().SITE_CACHE_PAGES_MB * 1024 * 1024,
  (p) => p.identity.length + p.br.length + p.gzip.length,
)

/** Only shared, successful (or definitively missing) HTML is worth keeping. */
const cacheable = (response: Response) =>
  (response.status === 200 || response.status === 404) &&
  (response.headers.get('content-type') ?? '').startsWith('text/html') &&
  !response.headers.has('set-cookie') &&
  !/private|no-store/.test(response.headers.get('cache-control') ?? '')

export const compressPage = async (response: Response): Promise<CachedPage> => {
  const identity = Buffer.from(await response.arrayBuffer())
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
    gzipAsync(identity, { level: 6 }),
  ])
  const headers = [...response.headers].filter(
    ([name]) => !/^(content-length|content-encoding|etag|x-cache-expires)$/i.test(name),
  )
  const etag = `W/"${createHash('sha1').update(identity).digest('base64url')}"`
  const expires = Date.parse(response.headers.get(EXPIRES_HEADER) ?? '')
  return {
    status: response.status,
    headers,
    etag,
    identity,
    br,
    gzip: gz,
    ...(Number.isNaN(expires) ? {} : { expiresAt: expires }),
  }
}

/** The page for `key` from the cache, or rendered by `render` (once, however many ask at the same time). */
export const cachedPage = async (key: string, render: () => Promise<Response>) => {
  let fresh: Response | null = null
  const page = await cached(
    pages,
    key,
    async () => {
      const response = await render()
      fresh = response
      return compressPage(response)
    },
    () => (fresh ? cacheable(fresh) : false),
    (page) => (page.expiresAt === undefined ? undefined : page.expiresAt - Date.now()),
  )
  return page
}

/** The HTTP response for a page: compressed as the client accepts, 304 when its copy is current. */
export const respond = (request: Request, page: CachedPage, cacheState: 'hit' | 'miss') => {
  const headers = new Headers(page.headers)
  headers.set('ETag', page.etag)
  headers.set('Vary', 'Accept-Encoding')
  // Browsers keep the page but ask again every time; the ETag makes that a 304.
  if (!headers.has('cache-control')) headers.set('Cache-Control', 'public, no-cache')
  headers.set('X-Cache', cacheState)
  if (request.headers.get('if-none-match') === page.etag) return new Response(null, { status: 304, headers })
  const encoding = negotiateEncoding(request.headers.get('accept-encoding'))
  const body = encoding === 'identity' ? page.identity : page[encoding]
  if (encoding !== 'identity') headers.set('Content-Encoding', encoding)
  headers.set('Content-Length', String(body.length))
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: page.status,
    headers,
  })
}
