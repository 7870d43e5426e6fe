import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { ensurePostgis } from './setup'

type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export interface NearParams {
  lng: number
  lat: number
  radius: number
  limit: number
}

const drizzle = (payload: Payload) => (payload.db as unknown as { drizzle: Drizzle }).drizzle

const feature = (row: Record<string, unknown>) => ({
  type: 'Feature' as const,
  id: Number(row.id),
  geometry: JSON.parse(String(row.geometry)),
  properties: {
    id: Number(row.id),
    title: String(row.title),
    slug: row.slug as string,
    status: row.status as string,
    ...(row.distance_m === undefined ? {} : { distanceM: Math.round(Number(row.distance_m)) }),
  },
})

/** Published resources within `radius` metres of a point, nearest first (geography distance). */
export const nearResources = async (payload: Payload, { lng, lat, radius, limit }: NearParams) => {
  await ensurePostgis(payload)
  const point = sql`ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)::geography`
  const { rows } = await drizzle(payload).execute(sql`
    select r.id, l.title, r.slug, r.status as status, ST_AsGeoJSON(r.geom) as geometry,
           ST_Distance(r.geom::geography, ${point}) as distance_m
    from resources r
    left join resources_locales l on l._parent_id = r.id and l._locale = 'en'
    where r._status = 'published' and r.geom is not null and ST_DWithin(r.geom::geography, ${point}, ${radius})
    order by r.geom::geography <-> ${point}
    limit ${limit}`)
  return { type: 'FeatureCollection' as const, features: rows.map(feature) }
}

/**
 * Published resources within (wholly inside) or intersecting (touching at
 * all) a district's boundary.
 */
export const resourcesInDistrict = async (
  payload: Payload,
  { district, mode, limit }: { district: number; mode: 'within' | 'intersects'; limit: number },
) => {
  await ensurePostgis(payload)
  const test = mode === 'within' ? sql`ST_Within(r.geom, d.shape)` : sql`ST_Intersects(r.geom, d.shape)`
  const { rows } = await drizzle(payload).execute(sql`
    with d as (
      select ST_SetSRID(ST_GeomFromGeoJSON(boundary::text), 4326) as shape
      from districts where id = ${district} and boundary is not null
    )
    select r.id, l.title, r.slug, r.status as status, ST_AsGeoJSON(r.geom) as geometry
    from resources r
    cross join d
    left join resources_locales l on l._parent_id = r.id and l._locale = 'en'
    where r._status = 'published' and r.geom is not null and r.geom && d.shape and ${test}
    order by r.id
    limit ${limit}`)
  return { type: 'FeatureCollection' as const, features: rows.map(feature) }
}
