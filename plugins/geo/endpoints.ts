import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { badRequest } from '../../utilities/httpErrors'
import { clustersFor } from './clusters'
import { exportStream } from './export'
import { clusterParamsSchema, exportParamsSchema } from './params'

const parse = <T extends z.ZodType>(schema: T, req: PayloadRequest) => {
  const parsed = schema.safeParse(Object.fromEntries(req.searchParams.entries()))
  if (parsed.success) return { data: parsed.data as z.infer<T> }
  const issue = parsed.error.issues[0]!
  const field = issue.path.join('.') || String((issue as { keys?: string[] }).keys?.[0] ?? 'query')
  return { error: badRequest(field, `${field}: ${issue.message}`) }
}

/**
 * `GET /api/geo/clusters?bbox=w,s,e,n&zoom=8&q=…&category=…`: clusters and
 * points of the published resources matching the search filters in a view.
 */
export const clustersEndpoint: Endpoint = {
  path: '/geo/clusters',
  method: 'get',
  handler: async (req) => {
    const { data, error } = parse(clusterParamsSchema, req)
    if (error) return error
    return Response.json(await clustersFor(req.payload, data), {
      headers: { 'Cache-Control': 'public, max-age=30' },
    })
  },
}

/**
 * `GET /api/geo/export?format=geojson|kml|gpx|csv&bbox=…&q=…`: the resources
 * of any filtered view, streamed as a download.
 */
export const exportEndpoint: Endpoint = {
  path: '/geo/export',
  method: 'get',
  handler: async (req) => {
    const { data, error } = parse(exportParamsSchema, req)
    if (error) return error
    const { format, body } = await exportStream(req.payload, data)
    const stamp = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': format.contentType,
        'Content-Disposition': `attachment; filename="hujra-resources-${stamp}.${format.extension}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
