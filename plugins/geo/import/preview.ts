import type { Feature, Geometry as GeoJSONGeometry } from 'geojson'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ImportFormat } from './parse'

import { poolDb } from '../../../utilities/db'
import { parseGeometry, simplifyCollection } from '../../../utilities/geojson'
import { farFromDistricts } from './outliers'

/** Which resource field a source property most likely feeds, by its name. */
const FIELD_FOR: [RegExp, string][] = [
  [/^(name|title|label)$/i, 'title'],
  [/^(description|desc|summary|notes?|cmt)$/i, 'summary'],
  [/^(category|type|amenity|kind)$/i, 'category'],
  [/^(district|admin|county|tehsil)$/i, 'district'],
  [/^(status|state|operational)$/i, 'status'],
]
const fieldFor = (property: string) =>
  FIELD_FOR.find(([pattern]) => pattern.test(property))?.[1] ?? 'attributes'

export interface ImportedFeature {
  index: number
  title: string
  geometry: GeoJSONGeometry
  properties: Record<string, unknown>
  summary: string | null
  /** A representative point (bounding-box centre), for duplicates and previews. */
  point: [number, number]
}

/** The first non-empty text property that maps to `field`. */
const textFor = (properties: Record<string, unknown>, field: 'title' | 'summary', max: number) => {
  for (const key of Object.keys(properties)) {
    const value = properties[key]
    if (fieldFor(key) === field && typeof value === 'string' && value.trim())
      return value.trim().slice(0, max)
  }
  return null
}

/**
 * What committing a file would do, before anything is written: how many
 * features and of which geometry types, how source properties map onto
 * resource fields, which features are invalid and why, and which look like
 * resources we already have (within about 300 m and with a similar name),
 * and which lie far outside the districts (swapped coordinates, usually).
 */
export const previewImport = async (
  payload: Payload,
  format: ImportFormat,
  features: Feature<GeoJSONGeometry | null>[],
) => {
  const valid: ImportedFeature[] = []
  const invalid: { index: number; title: string | null; reason: string }[] = []
  const geometryTypes: Record<string, number> = {}
  const properties = new Map<string, { field: string; samples: Set<string> }>()

  features.forEach((feature, index) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>
    for (const [key, value] of Object.entries(props)) {
      const entry = properties.get(key) ?? { field: fieldFor(key), samples: new Set<string>() }
      if (entry.samples.size < 3 && value !== null && value !== '')
        entry.samples.add(String(value).slice(0, 80))
      properties.set(key, entry)
    }
    const title = textFor(props, 'title', 200)
    if (!feature.geometry) return invalid.push({ index, title, reason: 'has no geometry' })
    // A KML MultiGeometry arrives as a GeometryCollection: a MultiPoint/-LineString/-Polygon when
    // its parts are of one kind, else a flat collection.
    const geometry = simplifyCollection(feature.geometry)
    const parsed = parseGeometry(geometry)
    if (!parsed.ok) return invalid.push({ index, title, reason: `geometry: ${parsed.reason}` })
    if (!title) return invalid.push({ index, title, reason: 'has no name or title property' })
    geometryTypes[parsed.geometry.type] = (geometryTypes[parsed.geometry.type] ?? 0) + 1
    const { minLng, minLat, maxLng, maxLat } = parsed.bbox
    valid.push({
      index,
      title,
      geometry: parsed.geometry as unknown as GeoJSONGeometry,
      properties: props,
      summary: textFor(props, 'summary', 600),
      point: [(minLng + maxLng) / 2, (minLat + maxLat) / 2],
    })
  })

  return {
    format,
    features: features.length,
    valid: valid.length,
    geometryTypes,
    properties: [...properties].map(([name, { field, samples }]) => ({ name, field, samples: [...samples] })),
    invalid,
    duplicates: await findDuplicates(payload, valid),
    warnings: await farFromDistricts(payload, valid),
    validFeatures: valid,
    sample: valid
      .slice(0, 5)
      .map(({ index, title, geometry }) => ({ index, title, geometryType: geometry.type })),
  }
}

/**
 * Existing resources near each feature (±0.003°, about 300 m, on the indexed
 * bounding-box columns) whose English title is similar (pg_trgm), in one query.
 */
const findDuplicates = async (payload: Payload, features: ImportedFeature[]) => {
  if (features.length === 0) return []
  const { rows } = await poolDb(payload).execute(sql`
    select f.idx, f.name, r.id, l.title, round(similarity(l.title, f.name)::numeric, 2) as similarity,
      round((111320 * sqrt(power((r.bbox_min_lng + r.bbox_max_lng) / 2 - f.lng, 2) * cos(radians(f.lat)) ^ 2
        + power((r.bbox_min_lat + r.bbox_max_lat) / 2 - f.lat, 2)))::numeric) as distance
    from jsonb_to_recordset(${JSON.stringify(
      features.map((f) => ({ idx: f.index, name: f.title, lng: f.point[0], lat: f.point[1] })),
    )}::jsonb) as f(idx int, name text, lng float8, lat float8)
    join resources r on r.bbox_max_lng >= f.lng - 0.003 and r.bbox_min_lng <= f.lng + 0.003
      and r.bbox_max_lat >= f.lat - 0.003 and r.bbox_min_lat <= f.lat + 0.003
    join resources_locales l on l._parent_id = r.id and l._locale = 'en'
    where similarity(l.title, f.name) >= 0.4
    order by f.idx, similarity desc`)
  return rows.map((r) => ({
    index: Number(r.idx),
    title: String(r.name),
    resourceId: Number(r.id),
    resourceTitle: String(r.title),
    similarity: Number(r.similarity),
    distanceM: Number(r.distance),
  }))
}
