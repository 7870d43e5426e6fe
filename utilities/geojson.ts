/** GeoJSON geometry types made of coordinates (RFC 7946 §3.1.2–3.1.7). */
export const SIMPLE_GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const
/** Every type a resource location may use: the simple ones and a collection of them (§3.1.8). */
export const GEOMETRY_TYPES = [...SIMPLE_GEOMETRY_TYPES, 'GeometryCollection'] as const
export type SimpleGeometryType = (typeof SIMPLE_GEOMETRY_TYPES)[number]
export type GeometryType = (typeof GEOMETRY_TYPES)[number]

export type Position = [number, number] | [number, number, number]
export interface SimpleGeometry {
  type: SimpleGeometryType
  coordinates: unknown
}
/** Parts are simple geometries: RFC 7946 advises against nesting, and nothing here needs it. */
export interface GeometryCollection {
  type: 'GeometryCollection'
  geometries: SimpleGeometry[]
}
export type Geometry = SimpleGeometry | GeometryCollection

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

/** Every position of a simple geometry, flattened and checked; `path` names the part in messages. */
const simplePositions = (type: SimpleGeometryType, c: unknown, path: string): Position[] => {
  switch (type) {
    case 'Point':
      return [assertPosition(c, path)]
    case 'MultiPoint':
      return assertArray(c, path, 1, 'positions').map((p, i) => assertPosition(p, `${path}[${i}]`))
    case 'LineString':
      return assertLine(c, path)
    case 'MultiLineString':
      return assertArray(c, path, 1, 'lines').flatMap((l, i) => assertLine(l, `${path}[${i}]`))
    case 'Polygon':
      return assertPolygon(c, path).flat()
    case 'MultiPolygon':
      return assertArray(c, path, 1, 'polygons').flatMap((p, i) => assertPolygon(p, `${path}[${i}]`).flat())
  }
}

const isSimpleType = (type: unknown): type is SimpleGeometryType =>
  SIMPLE_GEOMETRY_TYPES.includes(type as SimpleGeometryType)

/** A checked geometry (a copy holding only `type` and `coordinates`/`geometries`) and its positions. */
const checked = (value: unknown): { geometry: Geometry; positions: Position[] } => {
  if (!isRecord(value)) throw new GeometryError('must be a GeoJSON geometry object')
  if (value.type === 'GeometryCollection') {
    const parts = assertArray(value.geometries, 'geometries', 1, 'geometries')
    const geometries: SimpleGeometry[] = []
    const positions: Position[] = []
    parts.forEach((part, i) => {
      if (!isRecord(part) || !isSimpleType(part.type)) {
        throw new GeometryError(
          `geometries[${i}].type must be one of ${SIMPLE_GEOMETRY_TYPES.join(', ')} (collections do not nest)`,
        )
      }
      positions.push(...simplePositions(part.type, part.coordinates, `geometries[${i}].coordinates`))
      geometries.push({ type: part.type, coordinates: part.coordinates })
    })
    return { geometry: { type: 'GeometryCollection', geometries }, positions }
  }
  if (!isSimpleType(value.type)) throw new GeometryError(`type must be one of ${GEOMETRY_TYPES.join(', ')}`)
  return {
    geometry: { type: value.type, coordinates: value.coordinates },
    positions: simplePositions(value.type, value.coordinates, 'coordinates'),
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
    const { geometry, positions } = checked(value)
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

/** The simple geometries a geometry is made of (itself, or a collection's parts). */
export const partsOf = (geometry: Geometry): SimpleGeometry[] =>
  geometry.type === 'GeometryCollection' ? geometry.geometries : [geometry]

const MULTI: Record<SimpleGeometryType, 'MultiPoint' | 'MultiLineString' | 'MultiPolygon'> = {
  Point: 'MultiPoint',
  MultiPoint: 'MultiPoint',
  LineString: 'MultiLineString',
  MultiLineString: 'MultiLineString',
  Polygon: 'MultiPolygon',
  MultiPolygon: 'MultiPolygon',
}

/**
 * What a KML `MultiGeometry` (a GeoJSON GeometryCollection, possibly nested)
 * is stored as: its one part when it has one, a MultiPoint, MultiLineString
 * or MultiPolygon when every part is of that kind, or a flat collection of
 * mixed parts. Anything else is returned as it is, for parseGeometry to judge.
 */
export const simplifyCollection = (value: unknown): unknown => {
  if (!isRecord(value) || value.type !== 'GeometryCollection' || !Array.isArray(value.geometries))
    return value
  const flat: unknown[] = []
  const walk = (part: unknown) => {
    const simplified = simplifyCollection(part)
    if (
      isRecord(simplified) &&
      simplified.type === 'GeometryCollection' &&
      Array.isArray(simplified.geometries)
    )
      simplified.geometries.forEach(walk)
    else flat.push(simplified)
  }
  value.geometries.forEach(walk)
  if (flat.length === 1) return flat[0]
  const kinds = new Set(
    flat.map((part) => (isRecord(part) && isSimpleType(part.type) ? MULTI[part.type] : null)),
  )
  const [kind] = [...kinds]
  if (kinds.size !== 1 || !kind) return { type: 'GeometryCollection', geometries: flat }
  const coordinates = (flat as SimpleGeometry[]).flatMap((part) =>
    part.type === kind ? (part.coordinates as unknown[]) : [part.coordinates],
  )
  return { type: kind, coordinates }
}

/** The geometry with longitude and latitude exchanged in every position (a file written [lat, lng]). */
export const swapAxes = (geometry: Geometry): Geometry => {
  const swap = (c: unknown): unknown =>
    Array.isArray(c) && typeof c[0] === 'number' ? [c[1], c[0], ...c.slice(2)] : (c as unknown[]).map(swap)
  return geometry.type === 'GeometryCollection'
    ? {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((g) => ({ type: g.type, coordinates: swap(g.coordinates) })),
      }
    : { type: geometry.type, coordinates: swap(geometry.coordinates) }
}
