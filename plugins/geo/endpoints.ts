import { defineEndpoint } from '../../utilities/endpoint'
import { clustersFor } from './clusters'
import { exportStream } from './export'
import { clusterParamsSchema, exportParamsSchema } from './params'

/**
 * `GET /api/geo/clusters?bbox=w,s,e,n&zoom=8&q=…&category=…`: clusters and
 * points of the published resources matching the search filters in a view.
 */
export const clustersEndpoint = defineEndpoint({
  method: 'get',
  path: '/geo/clusters',
  query: clusterParamsSchema,
  headers: { 'Cache-Control': 'public, max-age=30' },
  handler: ({ req, query }) => clustersFor(req.payload, query),
})

/**
 * `GET /api/geo/export?format=geojson|kml|gpx|csv&bbox=…&q=…`: the resources
 * of any filtered view, streamed as a download.
 */
export const exportEndpoint = defineEndpoint({
  method: 'get',
  path: '/geo/export',
  query: exportParamsSchema,
  headers: { 'Cache-Control': 'no-store' },
  handler: async ({ req, query }) => {
    const { format, body } = await exportStream(req.payload, query)
    const stamp = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': format.contentType,
        'Content-Disposition': `attachment; filename="hujra-resources-${stamp}.${format.extension}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
})
