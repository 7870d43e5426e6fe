import { defineEndpoint } from '../../../utilities/endpoint'
import { AppError, notFound } from '../../../utilities/errors'
import { nearParamsSchema, withinParamsSchema } from './params'
import { nearResources, resourcesWithin } from './queries'
import { usesPostgis } from './setup'

const requirePostgis = () => {
  if (!usesPostgis()) {
    throw new AppError(501, 'This query needs the PostGIS backend: set GEO_BACKEND=postgis (see the README)')
  }
}

/**
 * `GET /api/geo/near?lng=71.5&lat=34&radius=2000&q=clinic`: published
 * resources matching the map's filters, nearest first, with distances in metres.
 */
export const nearEndpoint = defineEndpoint({
  method: 'get',
  path: '/geo/near',
  query: nearParamsSchema,
  handler: async ({ req, query }) => {
    requirePostgis()
    return nearResources(req.payload, query)
  },
})

/**
 * `GET /api/geo/within?boundary=7&mode=within|intersects` or
 * `?geometry=<GeoJSON>`: published resources matching the map's filters
 * inside or touching a district's boundary or a drawn shape.
 */
export const withinEndpoint = defineEndpoint({
  method: 'get',
  path: '/geo/within',
  query: withinParamsSchema,
  handler: async ({ req, query }) => {
    requirePostgis()
    const result = await resourcesWithin(req.payload, query)
    if (!result) {
      throw notFound(`boundary: district ${query.boundary} does not exist or has no boundary`, 'boundary')
    }
    return result
  },
})
