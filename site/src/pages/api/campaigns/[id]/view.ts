import type { APIRoute } from 'astro'

import { campaignIdParam, recordView } from '../../../../lib/campaignMetrics'
import { tokenOf } from '../../../../lib/session'

const NO_STORE = { 'cache-control': 'no-store' }

/**
 * `POST /api/campaigns/:id/view`: the campaign page's beacon, sent by the
 * browser once the page has loaded (the page itself is served from the
 * cache, so rendering it cannot count). Passed on to the CMS with the
 * reader's address and agent; 204 whether or not the CMS counted it.
 */
export const POST: APIRoute = async ({ params, request, clientAddress, cookies }) => {
  const id = campaignIdParam(params.id)
  if (id === null) return new Response(null, { status: 404, headers: NO_STORE })
  const outcome = await recordView(id, {
    address: clientAddress,
    agent: request.headers.get('user-agent'),
    token: tokenOf(cookies),
  })
  const status = { recorded: 204, gone: 404, unavailable: 503 }[outcome]
  return new Response(null, { status, headers: NO_STORE })
}
