import type { Feature, FeatureCollection, Geometry } from 'geojson'

import { gpx, kml } from '@tmcw/togeojson'
import { DOMParser } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

/** A file we cannot read: the message is for the person who uploaded it. */
export class ImportError extends Error {}

export type ImportFormat = 'geojson' | 'gpx' | 'kml' | 'kmz'

const formatOf = (filename: string, bytes: Uint8Array): ImportFormat => {
  const extension = filename.toLowerCase().split('.').pop()
  if (extension === 'geojson' || extension === 'json') return 'geojson'
  if (extension === 'gpx' || extension === 'kml' || extension === 'kmz') return extension
  // No usable extension: sniff (a zip starts with "PK").
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'kmz'
  const head = strFromU8(bytes.subarray(0, 512)).trimStart()
  if (head.startsWith('{')) return 'geojson'
  if (head.includes('<gpx')) return 'gpx'
  if (head.includes('<kml')) return 'kml'
  throw new ImportError('Unrecognised file: upload GeoJSON, GPX, KML or KMZ')
}

const parseXml = (text: string, what: string) => {
  const errors: string[] = []
  let doc: ReturnType<DOMParser['parseFromString']>
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') errors.push(message)
      },
    }).parseFromString(text, 'text/xml')
  } catch (error) {
    // xmldom throws on fatal errors (unclosed tags) rather than reporting them.
    throw new ImportError(`The ${what} file is not well-formed XML: ${(error as Error).message}`)
  }
  if (errors.length > 0 || !doc.documentElement) {
    throw new ImportError(`The ${what} file is not well-formed XML: ${errors[0] ?? 'no root element'}`)
  }
  return doc
}

const asFeatures = (value: unknown): Feature<Geometry | null>[] => {
  const object = value as { type?: string; features?: unknown; geometry?: unknown }
  if (object?.type === 'FeatureCollection' && Array.isArray(object.features)) {
    return object.features as Feature<Geometry | null>[]
  }
  if (object?.type === 'Feature') return [object as Feature<Geometry | null>]
  if (typeof object?.type === 'string' && 'coordinates' in (object as object)) {
    return [{ type: 'Feature', geometry: object as Geometry, properties: {} }]
  }
  throw new ImportError('The GeoJSON has no FeatureCollection, Feature or geometry at its top level')
}

/** Reads an uploaded GeoJSON, GPX, KML or KMZ file into GeoJSON features (with @tmcw/togeojson). */
export const parseUpload = (filename: string, bytes: Uint8Array) => {
  const format = formatOf(filename, bytes)
  let collection: FeatureCollection<Geometry | null> | Feature<Geometry | null>[]
  switch (format) {
    case 'geojson': {
      let json: unknown
      try {
        json = JSON.parse(strFromU8(bytes))
      } catch (error) {
        throw new ImportError(`The GeoJSON is not valid JSON: ${(error as Error).message}`)
      }
      collection = asFeatures(json)
      break
    }
    case 'gpx':
      collection = gpx(parseXml(strFromU8(bytes), 'GPX') as never) as FeatureCollection<Geometry | null>
      break
    case 'kml':
      collection = kml(parseXml(strFromU8(bytes), 'KML') as never)
      break
    case 'kmz': {
      let entries: Record<string, Uint8Array>
      try {
        entries = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.kml') })
      } catch {
        throw new ImportError('The KMZ file is not a readable zip archive')
      }
      const name = Object.keys(entries).sort((a, b) => Number(b === 'doc.kml') - Number(a === 'doc.kml'))[0]
      if (!name) throw new ImportError('The KMZ archive holds no .kml document')
      collection = kml(parseXml(strFromU8(entries[name]!), 'KML') as never)
      break
    }
  }
  const features = Array.isArray(collection) ? collection : collection.features
  return { format, features }
}
