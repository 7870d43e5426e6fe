import type { Endpoint } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { hasRole } from '../../access/roles'
import { SEARCHABLE_COLLECTIONS } from './types'

type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * `GET /api/search/status` (admins): per collection and locale, how many
 * published documents the database has and how many rows the index has, so
 * drift is visible; `npm run search:reindex` repairs it.
 */
export const searchStatusEndpoint: Endpoint = {
  path: '/search/status',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return Response.json(
        { errors: [{ message: 'Only admins can see the search index status.' }] },
        { status: 403 },
      )
    }
    const db = (req.payload.db as unknown as { drizzle: Drizzle }).drizzle
    const locales = (req.payload.config.localization || { localeCodes: ['en'] }).localeCodes
    const [published, indexed] = await Promise.all([
      db.execute(
        sql.join(
          SEARCHABLE_COLLECTIONS.map(
            (c) =>
              sql`select ${c}::text as collection, count(*)::int as n from ${sql.identifier(c)} where _status = 'published'`,
          ),
          sql` union all `,
        ),
      ),
      db.execute(
        sql`select doc_collection::text as collection, locale::text as locale, count(*)::int as n
            from search_index group by 1, 2`,
      ),
    ])
    const inIndex = new Map(indexed.rows.map((r) => [`${r.collection}:${r.locale}`, Number(r.n)]))
    const collections = published.rows.flatMap((r) =>
      locales.map((locale) => {
        const database = Number(r.n)
        const index = inIndex.get(`${r.collection}:${locale}`) ?? 0
        return { collection: String(r.collection), locale, database, index, drift: database - index }
      }),
    )
    return Response.json(
      { backend: 'postgres', inSync: collections.every((c) => c.drift === 0), collections },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
