import type { Payload } from 'payload'

import { Readable } from 'node:stream'

import { sql } from '@payloadcms/db-postgres'
import { PgDialect } from 'drizzle-orm/pg-core'
import QueryStream from 'pg-query-stream'

import type { ExportFormat, ExportRow } from './formats/types'
import type { ExportParams } from './params'

import { csv } from './formats/csv'
import { geojson } from './formats/geojson'
import { gpx } from './formats/gpx'
import { kml } from './formats/kml'
import { matchingResources } from './points'

export const FORMATS: Record<ExportParams['format'], ExportFormat> = { geojson, kml, gpx, csv }

const dialect = new PgDialect()

const labelOf = (
  table: 'categories_locales' | 'districts_locales',
  column: 'category_id' | 'district_id',
  locale: string,
) =>
  sql`coalesce(
    (select name from ${sql.identifier(table)} where _parent_id = r.${sql.identifier(column)} and _locale = ${locale}::_locales),
    (select name from ${sql.identifier(table)} where _parent_id = r.${sql.identifier(column)} and _locale = 'en'))`

/**
 * Streams every matching resource in the requested format straight from a
 * PostgreSQL cursor, 500 rows at a time, so an export of 100,000 resources
 * never holds them all in memory. The connection goes back to the pool when
 * the stream ends, fails or the client hangs up.
 */
export const exportStream = async (payload: Payload, params: ExportParams) => {
  const format = FORMATS[params.format]
  const query = await matchingResources(payload, params, {
    columns: sql`r.id, s.title, s.slug, s.summary, s.status, r.location,
        ${labelOf('categories_locales', 'category_id', params.locale)} as category,
        ${labelOf('districts_locales', 'district_id', params.locale)} as district,
        (r.bbox_min_lng + r.bbox_max_lng) / 2 as lng, (r.bbox_min_lat + r.bbox_max_lat) / 2 as lat`,
    // GPX needs every waypoint before the first track.
    orderBy: sql`(r.location->>'type') not in ('Point', 'MultiPoint'), r.id`,
  })
  const { sql: text, params: values } = dialect.sqlToQuery(query)
  const client = await payload.db.pool.connect()
  const rows = client.query(new QueryStream(text, values as unknown[], { batchSize: 500 }))

  async function* chunks() {
    let finished = false
    try {
      yield Buffer.from(format.header)
      let first = true
      for await (const row of rows as AsyncIterable<Record<string, unknown>>) {
        const item: ExportRow = {
          id: Number(row.id),
          title: String(row.title),
          slug: (row.slug as string) ?? null,
          summary: (row.summary as string) ?? null,
          status: (row.status as string) ?? null,
          category: (row.category as string) ?? null,
          district: (row.district as string) ?? null,
          location: row.location as ExportRow['location'],
          lng: Number(row.lng),
          lat: Number(row.lat),
        }
        yield Buffer.from(format.row(item, first))
        first = false
      }
      yield Buffer.from(format.footer)
      finished = true
    } finally {
      rows.destroy()
      // A cursor abandoned mid-query leaves the connection unusable: discard it.
      client.release(finished ? undefined : true)
    }
  }
  return { format, body: Readable.toWeb(Readable.from(chunks())) as ReadableStream<Uint8Array> }
}
