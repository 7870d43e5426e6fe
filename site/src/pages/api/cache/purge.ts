import type { APIRoute } from 'astro'

import { purgeAll } from '../../../lib/cache'
import { authorizedPurge } from '../../../lib/purge'

/** The CMS announces a content change: forget every cached response and page. */
export const POST: APIRoute = ({ request }) => {
  if (!authorizedPurge(request.headers.get('authorization'))) {
    return Response.json(
      { error: 'A valid Authorization: Bearer <SITE_CACHE_SECRET> header is required' },
      { status: 401 },
    )
  }
  purgeAll()
  console.warn(`${new Date().toISOString()} site cache: cleared (content changed in the CMS)`)
  return new Response(null, { status: 204 })
}
