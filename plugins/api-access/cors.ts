import type { Endpoint, PayloadRequest } from 'payload'

import { config } from '../../utilities/config'

/** Headers integrators' pages may read beyond the CORS-safelisted ones. */
const EXPOSED = 'ETag, Last-Modified, X-Request-Id, Link'

/**
 * CORS for the public API, per `API_CORS_ORIGINS`: the caller's origin echoed
 * when listed (or `*` when the list says so), never with credentials, since
 * integrators authenticate with keys rather than cookies. `Vary: Origin` on
 * every answer, listed or not, so a shared cache never hands one origin's
 * answer to another. Payload adds its own CORS headers only where these left
 * `Access-Control-Allow-Origin` unset (for its `cors` list: the site).
 */
export const corsHeaders = (req: Pick<PayloadRequest, 'headers'>, headers: Headers): Headers => {
  const origins = config().API_CORS_ORIGINS
  const origin = req.headers.get('origin')
  const vary = headers.get('Vary')
  if (!vary?.split(',').some((v) => v.trim().toLowerCase() === 'origin'))
    headers.set('Vary', vary ? `${vary}, Origin` : 'Origin')
  if (!origin) return headers
  if (origins.includes('*')) headers.set('Access-Control-Allow-Origin', '*')
  else if (origins.includes(origin)) headers.set('Access-Control-Allow-Origin', origin)
  else return headers
  headers.set('Access-Control-Expose-Headers', EXPOSED)
  return headers
}

/** An endpoint whose every answer, errors included, carries the public API's CORS headers. */
export const withCors = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const response = await endpoint.handler(req)
    try {
      corsHeaders(req, response.headers)
      return response
    } catch {
      // Immutable headers (a fetched Response): copy them.
      const headers = corsHeaders(req, new Headers(response.headers))
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      })
    }
  },
})

/**
 * The preflight of a cross-origin request with headers of its own (an API
 * key in `Authorization`, `If-None-Match` from script): 204 with what the
 * public API allows, for a listed origin; for any other origin the same 204
 * without `Access-Control-Allow-Origin`, which the browser reads as a refusal.
 */
export const preflight = (req: PayloadRequest): Response => {
  const headers = corsHeaders(req, new Headers({ 'Cache-Control': 'public, max-age=600' }))
  if (headers.has('Access-Control-Allow-Origin')) {
    headers.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
    headers.set(
      'Access-Control-Allow-Headers',
      'Authorization, If-None-Match, If-Modified-Since, X-Request-Id',
    )
    headers.set('Access-Control-Max-Age', '600')
  }
  return new Response(null, { status: 204, headers })
}
