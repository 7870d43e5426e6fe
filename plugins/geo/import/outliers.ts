import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ImportedFeature } from './preview'

import { poolDb } from '../../../utilities/db'
import { parseGeometry } from '../../../utilities/geojson'
import { usesPostgis } from '../postgis/setup'

/**
 * How far from every district a feature may lie before the preview asks
 * about it: 50 km (PostGIS, geodesic), or half a degree around each
 * district's bounding box (about 55 km north–south) on plain PostgreSQL.
 */
const LIMIT_M = 50_000
const MARGIN_DEG = 0.5

export interface OutlierWarning {
  index: number
  title: string
  reason: string
  /** The feature's point with longitude and latitude exchanged, when that lies among the districts. */
  swapped: [number, number] | null
}

const REASON = 'far outside the districts — are latitude and longitude swapped?'

/** Which of `points` lie near a district, by the padded bounding box of its boundary or centroid. */
const nearByBoxes = async (payload: Payload) => {
  const { rows } = await poolDb(payload).execute(
    sql`select coalesce(boundary, centroid) as shape from districts where coalesce(boundary, centroid) is not null`,
  )
  const boxes = rows.flatMap((row) => {
    const parsed = parseGeometry(row.shape)
    return parsed.ok ? [parsed.bbox] : []
  })
  if (boxes.length === 0) return null
  return ([lng, lat]: [number, number]) =>
    boxes.some(
      (b) =>
        lng >= b.minLng - MARGIN_DEG &&
        lng <= b.maxLng + MARGIN_DEG &&
        lat >= b.minLat - MARGIN_DEG &&
        lat <= b.maxLat + MARGIN_DEG,
    )
}

/** The same question answered by PostGIS: geodesic distance to the nearest district shape. */
const nearByDistance = async (payload: Payload, points: [number, number][]) => {
  const { rows } = await poolDb(payload).execute(sql`
    with d as (
      select ST_SetSRID(ST_GeomFromGeoJSON(coalesce(boundary, centroid)::text), 4326)::geography as g
      from districts where coalesce(boundary, centroid) is not null),
    p as (select ordinality - 1 as i, (value->>0)::float8 as lng, (value->>1)::float8 as lat
      from jsonb_array_elements(${JSON.stringify(points)}::jsonb) with ordinality)
    select p.i, (select bool_or(ST_DWithin(d.g, ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326)::geography, ${LIMIT_M}))
      from d) as near
    from p order by p.i`)
  if (rows.length > 0 && rows[0]!.near === null) return null
  return rows.map((row) => Boolean(row.near))
}

/**
 * Features whose representative point lies far from every district — most
 * often a file that wrote [latitude, longitude] where GeoJSON wants
 * [longitude, latitude] (Mardan, 72.04° E 34.20° N, becomes a point in the
 * Arctic) — each with the swapped position offered when that one is among
 * the districts. Nothing is flagged while no district has a boundary or a
 * centroid to compare with.
 */
export const farFromDistricts = async (
  payload: Payload,
  features: ImportedFeature[],
): Promise<OutlierWarning[]> => {
  if (features.length === 0) return []
  const points = features.map((f) => f.point)
  // A swapped point is only a position when the longitude could be a latitude.
  const swaps = points.map(([lng, lat]): [number, number] | null => (Math.abs(lng) <= 90 ? [lat, lng] : null))
  let near: boolean[]
  let swappedNear: boolean[]
  if (usesPostgis()) {
    const all = await nearByDistance(payload, [...points, ...swaps.map((s): [number, number] => s ?? [0, 0])])
    if (!all) return []
    near = all.slice(0, points.length)
    swappedNear = all.slice(points.length).map((n, i) => n && swaps[i] !== null)
  } else {
    const test = await nearByBoxes(payload)
    if (!test) return []
    near = points.map(test)
    swappedNear = swaps.map((s) => (s ? test(s) : false))
  }
  return features.flatMap((feature, i) =>
    near[i]
      ? []
      : [
          {
            index: feature.index,
            title: feature.title,
            reason: REASON,
            swapped: swappedNear[i] ? swaps[i]! : null,
          },
        ],
  )
}
