import { z } from 'zod'

import { datesInOrder, oneParameter, searchFilterShape } from '../search/searchParams'

const degrees = (limit: number) => z.number().min(-limit).max(limit)

/** `bbox=west,south,east,north` in degrees. */
const bbox = oneParameter(
  z
    .string()
    .max(100)
    .transform((s) => s.split(',').map((n) => (n.trim() === '' ? NaN : Number(n))))
    .pipe(z.tuple([degrees(180), degrees(90), degrees(180), degrees(90)]))
    .refine(([west, south, east, north]) => south <= north && west <= east, {
      message: 'bbox must be west,south,east,north with west ≤ east and south ≤ north',
    }),
)

/** The search filters, so the map shows what the search shows; resources only. */
const { type: _type, ...mapFilterShape } = searchFilterShape
export { mapFilterShape }

export const clusterParamsSchema = z
  .object({
    ...mapFilterShape,
    bbox: bbox.default([-180, -85, 180, 85]),
    zoom: z.coerce.number().int().min(0).max(22).default(6),
  })
  .strict()
  .refine(...datesInOrder)

export const exportParamsSchema = z
  .object({
    ...mapFilterShape,
    bbox: bbox.optional(),
    format: z.enum(['geojson', 'kml', 'gpx', 'csv']).default('geojson'),
  })
  .strict()
  .refine(...datesInOrder)

export type ClusterParams = z.infer<typeof clusterParamsSchema>
export type ExportParams = z.infer<typeof exportParamsSchema>

/** What selects the points: the search filters and, optionally, a bounding box. */
export type MapFilters = Omit<ClusterParams, 'bbox' | 'zoom'> & { bbox?: [number, number, number, number] }
