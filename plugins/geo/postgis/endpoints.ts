import type { Endpoint } from 'payload'

import { parseQuery } from '../../../utilities/parseQuery'
import { nearParamsSchema, withinParamsSchema } from './params'
import { nearResources, resourcesWithin } from './queries'
import { usesPostgis } from './setup'

const needsPostgis = () =>
  Response.json(
    {
      errors: [{ message: 'This query needs the PostGIS backend: set GEO_BACKEND=postgis (see the README)' }],
    },
    { status: 501 },
  )

/**
 * `GET /api/geo/near?lng=71.5&lat=34&radius=2000&q=clinic`: published
 * resources matching the map's filters, nearest first, with distances in metres.
 */
export const nearEndpoint: Endpoint = {
  path: '/geo/near',
  method: 'get',
  handler: async (req) => {
    if (!usesPostgis()) return needsPostgis()
    const { data, error } = parseQuery(nearParamsSchema, req)
    if (error) return error
    return Response.json(await nearResources(req.payload, data))
  },
}

/**
 * `GET /api/geo/within?boundary=7&mode=within|intersects` or
 * `?geometry=<GeoJSON>`: published resources matching the map's filters
 * inside or touching a district's boundary or a drawn shape.
 */
export const withinEndpoint: Endpoint = {
  path: '/geo/within',
  method: 'get',
  handler: async (req) => {
    if (!usesPostgis()) return needsPostgis()
    const { data, error } = parseQuery(withinParamsSchema, req)
    if (error) return error
    const result = await resourcesWithin(req.payload, data)
    if (!result) {
      return Response.json(
        { errors: [{ message: `boundary: district ${data.boundary} does not exist or has no boundary` }] },
        { status: 404 },
      )
    }
    return Response.json(result)
  },
}
