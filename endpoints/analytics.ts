import type { Endpoint, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { RESOURCE_STATUSES } from '../collections/Resources/statuses'
import { badRequest } from '../utilities/httpErrors'

interface Bucket {
  id: number | string
  slug: string
  name: string
  count: number
}

type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

const countRows = async (req: PayloadRequest, column: 'category_id' | 'district_id' | 'status') => {
  const drizzle = (req.payload.db as unknown as { drizzle: Drizzle }).drizzle
  // One grouped query per facet; only the published row of each document counts.
  const { rows } = await drizzle.execute(
    sql`select ${sql.identifier(column)} as key, count(*)::int as count
        from resources where _status = 'published' group by 1`,
  )
  return new Map(rows.map((row) => [String(row.key), Number(row.count)]))
}

const labelled = async (
  req: PayloadRequest,
  collection: 'categories' | 'districts',
  counts: Map<string, number>,
  locale: string,
): Promise<Bucket[]> => {
  const { docs } = await req.payload.find({
    collection,
    locale: locale as 'en',
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
export const resourceAnalyticsEndpoint: Endpoint = {
  path: '/analytics/resources',
  method: 'get',
  handler: async (req) => {
    const locale = req.searchParams.get('locale') ?? 'en'
    const locales = (req.payload.config.localization || { localeCodes: ['en'] }).localeCodes
    if (!locales.includes(locale)) {
      return badRequest('locale', `locale must be one of ${locales.join(', ')}`)
    }
    const [byCategory, byDistrict, byStatus] = await Promise.all([
      countRows(req, 'category_id'),
      countRows(req, 'district_id'),
      countRows(req, 'status'),
    ])
    const [categories, districts] = await Promise.all([
      labelled(req, 'categories', byCategory, locale),
      labelled(req, 'districts', byDistrict, locale),
    ])
    const total = [...byStatus.values()].reduce((sum, n) => sum + n, 0)
    return Response.json(
      {
        total,
        byCategory: categories,
        byDistrict: districts,
        byStatus: RESOURCE_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
      },
      { headers: { 'Cache-Control': 'public, max-age=30, stale-while-revalidate=300' } },
    )
  },
}
