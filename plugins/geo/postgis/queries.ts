import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { NearParams, WithinParams } from './params'

import { poolDb } from '../../../utilities/db'
import { matchingResources } from '../points'

const COLUMNS = sql`r.id, s.title, s.slug, s.status, ST_AsGeoJSON(r.geom) as geometry`

const collection = (rows: Record<string, unknown>[]) => ({
  type: 'FeatureCollection' as const,
  features: rows.map((row) => ({
    type: 'Feature' as const,
    id: Number(row.id),
    geometry: JSON.parse(String(row.geometry)),
    properties: {
      id: Number(row.id),
      title: String(row.title),
      slug: (row.slug as string) ?? null,
      status: (row.status as string) ?? null,
      ...(row.distance_m === undefined ? {} : { distanceM: Math.round(Number(row.distance_m)) }),
    },
  })),
})

/**
 * A longitude/latitude box that surely holds everything within `radius`
 * metres of a point: a degree of latitude is at least 110,574 m, one of
 * longitude at least 111,195·cos φ m (on the sphere `<->` measures on), so
 * dividing by 110,000 and 111,000·cos(the box's most poleward edge) errs on
 * the large side. Near a pole or the antimeridian it takes every longitude.
 */
export const boxAround = (lng: number, lat: number, radius: number) => {
  const dLat = radius / 110_000
  const south = Math.max(-90, lat - dLat)
  const north = Math.min(90, lat + dLat)
  const edge = Math.max(Math.abs(south), Math.abs(north))
  const dLng = edge >= 89 ? 360 : radius / (111_000 * Math.cos((edge * Math.PI) / 180))
  const [west, east] = lng - dLng < -180 || lng + dLng > 180 ? [-180, 180] : [lng - dLng, lng + dLng]
  return [west, south, east, north] as const
}

/**
 * Published resources matching the search filters within `radius` metres of
 * a point, nearest first, with geodesic distances (on the sphere). The box
 * on `geom` lets the planner estimate how many rows are near from the
 * column's statistics (it has none for the geography expression), so a
 * small radius reads a few index pages and a large one walks the geography
 * index nearest first and stops at `limit`.
 */
export const nearResources = async (payload: Payload, params: NearParams) => {
  const { lng, lat, radius, limit, ...filters } = params
  const point = sql`ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)::geography`
  const [west, south, east, north] = boxAround(lng, lat, radius)
  const distance = sql`(r.geom::geography <-> ${point})`
  const query = await matchingResources(payload, filters, {
    columns: sql`${COLUMNS}, ${distance} as distance_m`,
    where: sql`r.geom && ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326) and ${distance} <= ${radius}`,
    // Distance alone, no tie-breaker: the geography index yields rows in exactly this order, so a
    // large radius stops after `limit` rows instead of sorting thousands.
    orderBy: distance,
    limit,
  })
  return collection((await poolDb(payload).execute(query)).rows)
}

/** A district's boundary as a geometry, or null when it has none (or no such district). */
const districtBoundary = async (payload: Payload, id: number): Promise<SQL | null> => {
  const { rows } = await poolDb(payload).execute(
    sql`select 1 from districts where id = ${id} and boundary is not null`,
  )
  if (rows.length === 0) return null
  return sql`(select ST_SetSRID(ST_GeomFromGeoJSON(boundary::text), 4326) from districts where id = ${id})`
}

/**
 * Published resources matching the search filters that lie wholly inside
 * (`within`) or touch at all (`intersects`) a district's boundary or a given
 * geometry; null when the district has no boundary.
 */
export const resourcesWithin = async (payload: Payload, params: WithinParams) => {
  const { boundary, geometry, mode, limit, ...filters } = params
  const shape =
    boundary === undefined
      ? // A drawn polygon may cross itself (a bow-tie): made valid, it means the area it encloses.
        sql`ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326))`
      : await districtBoundary(payload, boundary)
  if (!shape) return null
  const test = mode === 'within' ? sql`ST_Within(r.geom, ${shape})` : sql`ST_Intersects(r.geom, ${shape})`
  const query = await matchingResources(payload, filters, { columns: COLUMNS, where: test, limit })
  return collection((await poolDb(payload).execute(query)).rows)
}
