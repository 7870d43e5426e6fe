import type { Geometry, Position, SimpleGeometry } from '../../../utilities/geojson'
import type { ExportFormat } from './types'

import { xml } from './xml'

const coords = (positions: Position[]) =>
  `<coordinates>${positions.map((p) => p.join(',')).join(' ')}</coordinates>`
const ring = (positions: Position[]) => `<LinearRing>${coords(positions)}</LinearRing>`
const polygon = (rings: Position[][]) =>
  `<Polygon><outerBoundaryIs>${ring(rings[0] ?? [])}</outerBoundaryIs>${rings
    .slice(1)
    .map((r) => `<innerBoundaryIs>${ring(r)}</innerBoundaryIs>`)
    .join('')}</Polygon>`

const simpleGeometry = (g: SimpleGeometry): string => {
  const c = g.coordinates as never
  switch (g.type) {
    case 'Point':
      return `<Point>${coords([c])}</Point>`
    case 'LineString':
      return `<LineString>${coords(c)}</LineString>`
    case 'Polygon':
      return polygon(c)
    case 'MultiPoint':
      return `<MultiGeometry>${(c as Position[]).map((p) => `<Point>${coords([p])}</Point>`).join('')}</MultiGeometry>`
    case 'MultiLineString':
      return `<MultiGeometry>${(c as Position[][]).map((l) => `<LineString>${coords(l)}</LineString>`).join('')}</MultiGeometry>`
    case 'MultiPolygon':
      return `<MultiGeometry>${(c as Position[][][]).map(polygon).join('')}</MultiGeometry>`
  }
}

/** A collection becomes one MultiGeometry of its parts' elements (KML allows no nesting here either). */
const kmlGeometry = (g: Geometry): string =>
  g.type === 'GeometryCollection'
    ? `<MultiGeometry>${g.geometries.map((part) => simpleGeometry(part).replace(/^<MultiGeometry>|<\/MultiGeometry>$/g, '')).join('')}</MultiGeometry>`
    : simpleGeometry(g)

/** KML 2.2, one Placemark per resource, facts in ExtendedData. */
export const kml: ExportFormat = {
  contentType: 'application/vnd.google-earth.kml+xml; charset=utf-8',
  extension: 'kml',
  header:
    '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Hujra resources</name>\n',
  footer: '</Document></kml>\n',
  row: (r) =>
    `<Placemark id="resource-${r.id}"><name>${xml(r.title)}</name>` +
    (r.summary ? `<description>${xml(r.summary)}</description>` : '') +
    `<ExtendedData>${(['slug', 'status', 'category', 'district'] as const)
      .map((k) => `<Data name="${k}"><value>${xml(r[k])}</value></Data>`)
      .join('')}</ExtendedData>` +
    `${kmlGeometry(r.location)}</Placemark>\n`,
}
