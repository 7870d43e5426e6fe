import type { Endpoint } from 'payload'

import { z } from 'zod'

import { parseQuery } from '../../../utilities/parseQuery'
import { nearResources, resourcesInDistrict } from './queries'
import { usesPostgis } from './setup'

const needsPostgis = () =>
  Response.json(
    {
      errors: [{ message: 'This query needs the PostGIS backend: set GEO_BACKEND=postgis (see the README)' }],
    },
    { status: 501 },
  )

const nearSchema = z
  .object({
    lng: z.coerce.number().min(-180).max(180),
    lat: z.coerce.number().min(-90).max(90),
    radius: z.coerce.number().positive().max(200_000).default(5000),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict()

const withinSchema = z
  .object({
    district: z.coerce.number().int().positive(),
    mode: z.enum(['within', 'intersects']).default('within'),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
  })
  .strict()

/** `GET /api/geo/near?lng=71.5&lat=34&radius=2000`: published resources nearest first, with distances in metres. */
export const nearEndpoint: Endpoint = {
  path: '/geo/near',
  method: 'get',
  handler: async (req) => {
    if (!usesPostgis()) return needsPostgis()
    const { data, error } = parseQuery(nearSchema, req)
    if (error) return error
    return Response.json(await nearResources(req.payload, data))
  },
}

/** `GET /api/geo/within?district=7&mode=within|intersects`: published resources in a district's boundary. */
export const withinEndpoint: Endpoint = {
  path: '/geo/within',
  method: 'get',
  handler: async (req) => {
    if (!usesPostgis()) return needsPostgis()
    const { data, error } = parseQuery(withinSchema, req)
    if (error) return error
    return Response.json(await resourcesInDistrict(req.payload, data))
  },
}
