import type { Position, SimpleGeometry } from '../../../utilities/geojson'
import type { ExportFormat, ExportRow } from './types'

import { xml } from './xml'

const point = (tag: 'trkpt' | 'wpt', [lng, lat]: Position, inner = '') =>
  `<${tag} lat="${lat}" lon="${lng}">${inner}</${tag}>`
const segment = (positions: Position[]) =>
  `<trkseg>${positions.map((p) => point('trkpt', p)).join('')}</trkseg>`
const about = (r: ExportRow) =>
  `<name>${xml(r.title)}</name>${r.summary ? `<desc>${xml(r.summary)}</desc>` : ''}`

/**
 * GPX 1.1: points become waypoints, lines and polygon rings become track
 * segments. GPX requires every waypoint before the first track, so the
 * export query orders point geometries first. A collection's parts follow
 * one another in its row, so its waypoints may come after an earlier
 * collection's track: GPX readers (Garmin, OsmAnd, togeojson) accept that.
 */
export const gpx: ExportFormat = {
  contentType: 'application/gpx+xml; charset=utf-8',
  extension: 'gpx',
  header:
    '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Hujra" xmlns="http://www.topografix.com/GPX/1/1">\n',
  footer: '</gpx>\n',
  row: (r) =>
    r.location.type === 'GeometryCollection'
      ? r.location.geometries.map((part) => simpleRow(r, part)).join('')
      : simpleRow(r, r.location),
}

/** One simple geometry of a resource as GPX (a collection's parts each become one of these). */
const simpleRow = (r: ExportRow, g: SimpleGeometry) => {
  const c = g.coordinates as never
  switch (g.type) {
    case 'Point':
      return point('wpt', c, about(r)) + '\n'
    case 'MultiPoint':
      return (c as Position[]).map((p) => point('wpt', p, about(r))).join('') + '\n'
    case 'LineString':
      return `<trk>${about(r)}${segment(c)}</trk>\n`
    case 'MultiLineString':
    case 'Polygon':
      return `<trk>${about(r)}${(c as Position[][]).map(segment).join('')}</trk>\n`
    case 'MultiPolygon':
      return `<trk>${about(r)}${(c as Position[][][]).flat().map(segment).join('')}</trk>\n`
  }
}
