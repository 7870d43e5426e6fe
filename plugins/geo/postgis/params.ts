import { z } from 'zod'

import { type Geometry, parseGeometry } from '../../../utilities/geojson'
import { datesInOrder } from '../../search/searchParams'
import { mapFilterShape } from '../params'

/** `geometry=<GeoJSON>`: a polygon to search within, a line to intersect, … validated as locations are. */
const geometry = z
  .string()
  .max(20_000)
  .transform((text, ctx): Geometry => {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a GeoJSON geometry (JSON)' })
      return z.NEVER
    }
    const parsed = parseGeometry(value)
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.reason })
      return z.NEVER
    }
    return parsed.geometry
  })

/** `GET /api/geo/near`: a point, a radius in metres, and the map's search filters. */
export const nearParamsSchema = z
  .object({
    ...mapFilterShape,
    lng: z.coerce.number().min(-180).max(180),
    lat: z.coerce.number().min(-90).max(90),
    radius: z.coerce.number().positive().max(200_000).default(5000),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict()
  .refine(...datesInOrder)

/**
 * `GET /api/geo/within`: a district's boundary (`boundary=<district id>`) or
 * a GeoJSON `geometry`, exactly one, and the map's search filters.
 */
export const withinParamsSchema = z
  .object({
    ...mapFilterShape,
    boundary: z.coerce.number().int().positive().optional(),
    geometry: geometry.optional(),
    mode: z.enum(['within', 'intersects']).default('within'),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
  })
  .strict()
  .refine(...datesInOrder)
  .refine((p) => (p.boundary === undefined) !== (p.geometry === undefined), {
    path: ['boundary'],
    message: 'give either boundary (a district id) or geometry (GeoJSON), not both or neither',
  })

export type NearParams = z.infer<typeof nearParamsSchema>
export type WithinParams = z.infer<typeof withinParamsSchema>
