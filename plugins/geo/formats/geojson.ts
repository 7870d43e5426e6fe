import type { ExportFormat } from './types'

/** RFC 7946 FeatureCollection, one feature per line. */
export const geojson: ExportFormat = {
  contentType: 'application/geo+json; charset=utf-8',
  extension: 'geojson',
  header: '{"type":"FeatureCollection","features":[\n',
  footer: '\n]}\n',
  row: (r, first) =>
    (first ? '' : ',\n') +
    JSON.stringify({
      type: 'Feature',
      id: r.id,
      geometry: r.location,
      properties: {
        title: r.title,
        slug: r.slug,
        summary: r.summary,
        status: r.status,
        category: r.category,
        district: r.district,
      },
    }),
}
