import type { CollectionBeforeChangeHook, Field } from 'payload'

import type { Resource } from '../payload-types'

import { parseGeometry } from '../utilities/geojson'

/**
 * Bounding-box columns derived from the geometry. Plain PostgreSQL (the
 * embedded default has no PostGIS) answers viewport queries from these
 * indexed numbers; the GeoJSON stays the source of truth.
 */
const BBOX_FIELDS = ['minLng', 'minLat', 'maxLng', 'maxLat'] as const

export const locationFields = (): Field[] => [
  {
    name: 'location',
    type: 'json',
    admin: {
      description:
        'Draw it on the map, or type GeoJSON: {"type": "Point", "coordinates": [longitude, latitude]}, a LineString, a Polygon, their Multi… forms, or a GeometryCollection of them.',
      components: { Field: '/plugins/geo/admin/LocationField#LocationField' },
    },
    validate: (value: unknown) => {
      if (value === null || value === undefined) return true
      const parsed = parseGeometry(value)
      return parsed.ok ? true : `Location is not valid GeoJSON: ${parsed.reason}`
    },
  },
  {
    name: 'bbox',
    type: 'group',
    admin: { hidden: true },
    fields: BBOX_FIELDS.map((key) => ({
      name: key,
      type: 'number' as const,
      index: true,
      admin: { readOnly: true },
    })),
  },
]

/** Keeps `bbox` in step with `location` whenever a write touches the location. */
export const deriveLocationBBox: CollectionBeforeChangeHook<Resource> = ({ data }) => {
  if (!data || !('location' in data)) return data
  const parsed = parseGeometry(data.location)
  data.bbox = parsed.ok ? parsed.bbox : { minLng: null, minLat: null, maxLng: null, maxLat: null }
  return data
}
