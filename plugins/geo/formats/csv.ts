import { stringify } from 'csv-stringify/sync'

import type { ExportFormat } from './types'

const COLUMNS = [
  'id',
  'title',
  'slug',
  'status',
  'category',
  'district',
  'longitude',
  'latitude',
  'geometry',
  'summary',
]

/** CSV (RFC 4180) with the representative point and the full geometry as GeoJSON. */
export const csv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  header: stringify([COLUMNS]),
  footer: '',
  row: (r) =>
    stringify([
      [
        r.id,
        r.title,
        r.slug,
        r.status,
        r.category,
        r.district,
        r.lng,
        r.lat,
        JSON.stringify(r.location),
        r.summary,
      ],
    ]),
}
