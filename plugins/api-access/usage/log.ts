import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { config } from '../../../utilities/config'
import { poolDb } from '../../../utilities/db'

/** One request made with a key: where it went, how it ended, how long it took. Nothing of any reader. */
export interface UsageEntry {
  keyId: number
  at: Date
  method: string
  /** The route with ids taken out: `GET /api/resources/:id`. */
  endpoint: string
  status: number
  durationMs: number
}

const FLUSH_EVERY_MS = 1000
const FLUSH_AT = 500
const PRUNE_EVERY_MS = 60 * 60 * 1000

let buffer: UsageEntry[] = []
let timer: NodeJS.Timeout | undefined
let flushing: Promise<void> = Promise.resolve()
let lastPrune = 0
let target: Payload | undefined

/** `/api/resources/42/preview` → `/api/resources/:id/preview`: one row per route, not per document. */
export const endpointOf = (pathname: string): string =>
  pathname
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) ? ':id' : segment))
    .join('/')
    .slice(0, 200)

const write = async (payload: Payload, entries: UsageEntry[]) => {
  // One statement per batch: the request that made an entry never waits for it.
  await poolDb(payload).execute(sql`
    insert into api_usage (key_id, at, method, endpoint, status, duration_ms)
    select * from unnest(
      ${sql.param(entries.map((e) => e.keyId))}::int[],
      ${sql.param(entries.map((e) => e.at.toISOString()))}::timestamptz[],
      ${sql.param(entries.map((e) => e.method))}::text[],
      ${sql.param(entries.map((e) => e.endpoint))}::text[],
      ${sql.param(entries.map((e) => e.status))}::smallint[],
      ${sql.param(entries.map((e) => e.durationMs))}::real[]
    ) as u(key_id, at, method, endpoint, status, duration_ms)
    -- A key deleted since its request was made has no log to add to.
    where exists (select 1 from api_keys k where k.id = key_id)`)
  if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = Date.now()
    await pruneUsage(payload)
  }
}

/** Deletes what is older than API_USAGE_RETENTION_DAYS (run at most hourly, with a batch). */
export const pruneUsage = async (payload: Payload): Promise<number> => {
  const days = config().API_USAGE_RETENTION_DAYS
  const { rows } = await poolDb(payload).execute(
    sql`with gone as (delete from api_usage where at < now() - make_interval(days => ${days}) returning 1)
        select count(*)::int as n from gone`,
  )
  return Number(rows[0]?.n ?? 0)
}

/** Writes what is buffered now; the next batch waits for this one. */
export const flushUsage = (): Promise<void> => {
  const payload = target
  const entries = buffer
  buffer = []
  if (!payload || entries.length === 0) return flushing
  flushing = flushing
    .then(() => write(payload, entries))
    .catch((err: unknown) =>
      payload.logger.warn({ err, msg: `api usage: ${entries.length} entries not recorded` }),
    )
  return flushing
}

/**
 * Notes one request for its key's usage log. Entries are buffered and written
 * together every second (or every 500), in one statement outside the
 * request; a process that stops loses at most the last second's entries.
 */
export const recordUsage = (payload: Payload, entry: UsageEntry): void => {
  target = payload
  buffer.push(entry)
  if (buffer.length >= FLUSH_AT) void flushUsage()
  else if (!timer) {
    timer = setTimeout(() => {
      timer = undefined
      void flushUsage()
    }, FLUSH_EVERY_MS)
    timer.unref()
  }
}
