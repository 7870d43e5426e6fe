import { z } from 'zod'

import { isAdmin } from '../../../access/isAdmin'
import { defineEndpoint } from '../../../utilities/endpoint'
import { notFound } from '../../../utilities/errors'
import { flushUsage } from './log'

/**
 * `GET /api/api-keys/:id/usage?days=30` (admins): a key's requests per day
 * with their errors, and its endpoints by number of requests with their
 * error count and p95 latency, from the request log (`api_usage`).
 */
export const usageEndpoint = defineEndpoint({
  method: 'get',
  path: '/:id/usage',
  params: z.object({ id: z.coerce.number().int().positive() }),
  query: z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }),
  access: isAdmin,
  headers: { 'Cache-Control': 'private, no-store' },
  handler: async ({ req, params, query }) => {
    const { rows: found } = await req.payload.db.pool.query('select id from api_keys where id = $1', [
      params.id,
    ])
    if (found.length === 0) throw notFound(`No API key has id ${params.id}`, 'id')
    // What this process still holds counts too: the summary is never a second behind.
    await flushUsage()
    const since = `now() - make_interval(days => $2)`
    const [days, endpoints] = await Promise.all([
      req.payload.db.pool.query(
        `select to_char(date_trunc('day', at at time zone 'UTC'), 'YYYY-MM-DD') as day,
                count(*)::int as requests, count(*) filter (where status >= 400)::int as errors
         from api_usage where key_id = $1 and at >= ${since}
         group by 1 order by 1`,
        [params.id, query.days],
      ),
      req.payload.db.pool.query(
        `select method, endpoint, count(*)::int as requests,
                count(*) filter (where status >= 400)::int as errors,
                round(percentile_cont(0.95) within group (order by duration_ms)::numeric, 1)::float as "p95Ms"
         from api_usage where key_id = $1 and at >= ${since}
         group by 1, 2 order by "p95Ms" desc, requests desc limit 20`,
        [params.id, query.days],
      ),
    ])
    return { days: days.rows, slowestEndpoints: endpoints.rows }
  },
})
