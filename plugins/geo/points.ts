import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { MapFilters } from './params'

import { matchingDocuments } from '../search'
import { ensurePostgis, usesPostgis } from './postgis/setup'

export interface Selection {
  /** The select list; `r` is the resource row, `s` its search-index row (title in the locale). */
  columns: SQL
  /** @default r.id */
  orderBy?: SQL
  /** A further condition on the resource row, e.g. a PostGIS predicate on `r.geom`. */
  where?: SQL
  limit?: number
}

/**
 * The SELECT behind the map, the export and the PostGIS queries: published
 * resources with a location that match the same query and filters as the
 * search (the search plugin's own matching, so drafts never appear),
 * optionally within a bounding box.
 */
export const matchingResources = async (
  payload: Payload,
  params: MapFilters,
  { columns, orderBy = sql`r.id`, where, limit }: Selection,
): Promise<SQL> => {
  const { bbox, ...filters } = params
  const matched = await matchingDocuments(payload, 'resources', filters)
  const [west, south, east, north] = bbox ?? []
  const postgis = usesPostgis()
  if (postgis) await ensurePostgis(payload)
  // Either backend answers the same (both test bounding boxes): the PostGIS
  // one through the GiST index on `geom`, the plain one through the indexed
  // bounding-box columns.
  const inBox =
    bbox === undefined
      ? sql``
      : postgis
        ? sql`and r.geom && ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326)`
        : sql`and r.bbox_max_lng >= ${west} and r.bbox_min_lng <= ${east}
            and r.bbox_max_lat >= ${south} and r.bbox_min_lat <= ${north}`
  return sql`
    select ${columns}
    from (${matched}) s
    join resources r on r.id = s.doc_id
    where r.bbox_min_lng is not null ${inBox} ${where ? sql`and ${where}` : sql``}
    order by ${orderBy}
    ${limit === undefined ? sql`` : sql`limit ${limit}`}`
}
