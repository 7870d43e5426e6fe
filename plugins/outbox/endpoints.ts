import { z } from 'zod'

import { isAdmin } from '../../access/isAdmin'
import { defineEndpoint } from '../../utilities/endpoint'
import { notFound } from '../../utilities/errors'
import { ENTRY_COLUMNS, OUTBOX_CHANNEL, OUTBOX_TABLE, type OutboxEntry, entryFromRow } from './table'
import { topicsOf } from './topics'

const STATES = {
  pending: 'done_at is null and failed_at is null',
  failed: 'failed_at is not null',
  done: 'done_at is not null',
  // Still queued but has failed at least once: what an admin looks at first.
  retrying: 'done_at is null and failed_at is null and last_error is not null',
} as const

/**
 * `GET /api/outbox` (admins): the queued side effects and what went wrong
 * with them, newest first, with counts by state.
 */
export const outboxListEndpoint = defineEndpoint({
  method: 'get',
  path: '/outbox',
  access: isAdmin,
  headers: { 'Cache-Control': 'no-store' },
  query: z.object({
    state: z.enum(['pending', 'retrying', 'failed', 'done', 'all']).default('all'),
    topic: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  }),
  handler: async ({ req, query }) => {
    const pool = req.payload.db.pool
    const where: string[] = []
    const params: unknown[] = []
    if (query.state !== 'all') where.push(STATES[query.state])
    if (query.topic) where.push(`topic = $${params.push(query.topic)}`)
    const filter = where.length ? `where ${where.join(' and ')}` : ''
    const [list, counts] = await Promise.all([
      pool.query(
        `select ${ENTRY_COLUMNS}, count(*) over () as total from ${OUTBOX_TABLE} ${filter}
          order by id desc limit ${query.limit} offset ${(query.page - 1) * query.limit}`,
        params,
      ),
      pool.query(
        `select ${Object.entries(STATES)
          .map(([state, condition]) => `count(*) filter (where ${condition})::int as ${state}`)
          .join(', ')} from ${OUTBOX_TABLE}`,
      ),
    ])
    const totalDocs = Number(list.rows[0]?.total ?? 0)
    const topics = topicsOf(req.payload)
    // Admins see what went wrong, never a payload's secrets (a message's one-time link).
    const shown = (entry: OutboxEntry): OutboxEntry => {
      const redact = topics.get(entry.topic)?.redact
      return redact ? { ...entry, payload: redact(entry.payload) } : entry
    }
    return {
      docs: list.rows.map(entryFromRow).map(shown),
      totalDocs,
      page: query.page,
      totalPages: Math.ceil(totalDocs / query.limit),
      counts: counts.rows[0],
    }
  },
})

/** `POST /api/outbox/:id/retry` (admins): a failed or waiting entry is due again now, with fresh attempts. */
export const outboxRetryEndpoint = defineEndpoint({
  method: 'post',
  path: '/outbox/:id/retry',
  access: isAdmin,
  params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
  handler: async ({ req, params }) => {
    const { rows } = await req.payload.db.pool.query(
      `update ${OUTBOX_TABLE} set failed_at = null, attempts = 0, next_attempt_at = now()
        where id = $1 and done_at is null and (claimed_until is null or claimed_until < now())
        returning ${ENTRY_COLUMNS}`,
      [params.id],
    )
    if (rows.length === 0) throw notFound('No failed or waiting entry with this id', 'id')
    await req.payload.db.pool.query('select pg_notify($1, $2)', [OUTBOX_CHANNEL, rows[0]!.topic])
    return { doc: entryFromRow(rows[0]!) }
  },
})
