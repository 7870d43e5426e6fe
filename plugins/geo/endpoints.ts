import type { Endpoint } from 'payload'

import { parseQuery } from '../../utilities/parseQuery'
import { clustersFor } from './clusters'
import { exportStream } from './export'
import { clusterParamsSchema, exportParamsSchema } from './params'

/**
 * `GET /api/geo/clusters?bbox=w,s,e,n&zoom=8&q=…&category=…`: clusters and
 * points of the published resources matching the search filters in a view.
 */
export const clustersEndpoint: Endpoint = {
  path: '/geo/clusters',
  method: 'get',
  handler: async (req) => {
    const { data, error } = parseQuery(clusterParamsSchema, req)
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
    const { data, error } = parseQuery(exportParamsSchema, req)
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
