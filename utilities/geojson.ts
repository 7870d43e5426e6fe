/** GeoJSON geometry types a resource location may use (RFC 7946). */
export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const
export type GeometryType = (typeof GEOMETRY_TYPES)[number]

export type Position = [number, number] | [number, number, number]
export interface Geometry {
  type: GeometryType
  coordinates: unknown
}

export interface BBox {
  minLng: number
  minLat: number
  maxLng: number
  maxLat: number
}

class GeometryError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const assertPosition = (value: unknown, path: string): Position => {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    throw new GeometryError(`${path} must be a [longitude, latitude] pair`)
  }
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new GeometryError(`${path} must contain only finite numbers`)
  }
  const [lng, lat] = value as number[]
  if (lng < -180 || lng > 180) throw new GeometryError(`${path}: longitude ${lng} is outside -180..180`)
  if (lat < -90 || lat > 90) throw new GeometryError(`${path}: latitude ${lat} is outside -90..90`)
  return value as Position
}

const assertArray = (value: unknown, path: string, min: number, what: string): unknown[] => {
  if (!Array.isArray(value) || value.length < min) {
    throw new GeometryError(`${path} must be an array of at least ${min} ${what}`)
  }
  return value
}

const assertLine = (value: unknown, path: string): Position[] =>
  assertArray(value, path, 2, 'positions').map((p, i) => assertPosition(p, `${path}[${i}]`))

const assertPolygon = (value: unknown, path: string): Position[][] =>
  assertArray(value, path, 1, 'rings').map((ring, r) => {
    const positions = assertArray(ring, `${path}[${r}]`, 4, 'positions').map((p, i) =>
      assertPosition(p, `${path}[${r}][${i}]`),
    )
    const first = positions[0]!
    const last = positions[positions.length - 1]!
    if (first[0] !== last[0] || first[1] !== last[1]) {
      throw new GeometryError(`${path}[${r}] is not closed: its first and last positions differ`)
    }
    return positions
  })

/** Every position of a validated geometry, flattened. */
const positionsOf = (geometry: Geometry): Position[] => {
  const c = geometry.coordinates
  switch (geometry.type) {
    case 'Point':
      return [assertPosition(c, 'coordinates')]
    case 'MultiPoint':
      return assertArray(c, 'coordinates', 1, 'positions').map((p, i) =>
        assertPosition(p, `coordinates[${i}]`),
      )
    case 'LineString':
      return assertLine(c, 'coordinates')
    case 'MultiLineString':
      return assertArray(c, 'coordinates', 1, 'lines').flatMap((l, i) => assertLine(l, `coordinates[${i}]`))
    case 'Polygon':
      return assertPolygon(c, 'coordinates').flat()
    case 'MultiPolygon':
      return assertArray(c, 'coordinates', 1, 'polygons').flatMap((p, i) =>
        assertPolygon(p, `coordinates[${i}]`).flat(),
      )
  }
}

/**
 * Checks a GeoJSON geometry and returns it with its bounding box, or a
 * human-readable reason naming the part that is wrong.
 */
export const parseGeometry = (
  value: unknown,
): { ok: true; geometry: Geometry; bbox: BBox } | { ok: false; reason: string } => {
  try {
    if (!isRecord(value)) throw new GeometryError('must be a GeoJSON geometry object')
    if (!GEOMETRY_TYPES.includes(value.type as GeometryType)) {
      throw new GeometryError(`type must be one of ${GEOMETRY_TYPES.join(', ')}`)
    }
    const geometry = { type: value.type as GeometryType, coordinates: value.coordinates }
    const positions = positionsOf(geometry)
    const bbox: BBox = { minLng: 180, minLat: 90, maxLng: -180, maxLat: -90 }
    for (const [lng, lat] of positions) {
      bbox.minLng = Math.min(bbox.minLng, lng)
      bbox.minLat = Math.min(bbox.minLat, lat)
      bbox.maxLng = Math.max(bbox.maxLng, lng)
      bbox.maxLat = Math.max(bbox.maxLat, lat)
    }
    return { ok: true, geometry, bbox }
  } catch (error) {
    if (error instanceof GeometryError) return { ok: false, reason: error.message }
    throw error
  }
}
