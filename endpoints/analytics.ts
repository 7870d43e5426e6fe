import type { PayloadRequest, TypedLocale } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import { RESOURCE_STATUSES } from '../collections/Resources/statuses'
import { type TransactionDb } from '../utilities/db'
import { defineEndpoint } from '../utilities/endpoint'
import { localization } from '../utilities/localization'

/** The configured locales, so a new one needs no change here. */
const LOCALES = localization.locales.map((l) => (typeof l === 'string' ? l : l.code)) as [
  TypedLocale,
  ...TypedLocale[],
]

interface Bucket {
  id: number | string
  slug: string
  name: string
  count: number
}

const countRows = async (db: TransactionDb, column: 'category_id' | 'district_id' | 'status') => {
  // One grouped query per facet; only the published row of each document counts.
  const { rows } = await db.execute(
    sql`select ${sql.identifier(column)} as key, count(*)::int as count
        from resources where _status = 'published' group by 1`,
  )
  return new Map(rows.map((row) => [String(row.key), Number(row.count)]))
}

const labelled = async (
  req: PayloadRequest,
  collection: 'categories' | 'districts',
  counts: Map<string, number>,
  locale: TypedLocale,
): Promise<Bucket[]> => {
  const { docs } = await req.payload.find({
    collection,
    locale,
    fallbackLocale: 'en',
    depth: 0,
    pagination: false,
    select: { name: true, slug: true },
    req,
  })
  return docs
    .map((doc) => ({
      id: doc.id,
      slug: doc.slug ?? String(doc.id),
      name: doc.name,
      count: counts.get(String(doc.id)) ?? 0,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

/**
 * `GET /api/analytics/resources?locale=en`: how many published resources there
 * are by category, by district and by status. Public: it only counts what the
 * public can already read.
 */
export const resourceAnalyticsEndpoint = defineEndpoint({
  method: 'get',
  path: '/analytics/resources',
  query: z.object({
    locale: z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).default('en'),
  }),
  headers: { 'Cache-Control': 'public, max-age=30, stale-while-revalidate=300' },
  handler: async ({ req, query, db }) => {
    const [byCategory, byDistrict, byStatus] = await Promise.all([
      countRows(db, 'category_id'),
      countRows(db, 'district_id'),
      countRows(db, 'status'),
    ])
    const [categories, districts] = await Promise.all([
      labelled(req, 'categories', byCategory, query.locale),
      labelled(req, 'districts', byDistrict, query.locale),
    ])
    const total = [...byStatus.values()].reduce((sum, n) => sum + n, 0)
    return {
      total,
      byCategory: categories,
      byDistrict: districts,
      byStatus: RESOURCE_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    }
  },
})
