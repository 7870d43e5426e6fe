import { randomUUID } from 'node:crypto'

import pg, { type ClientConfig } from 'pg'

import { ENTRY_COLUMNS, OUTBOX_CHANNEL, OUTBOX_TABLE, type OutboxEntry, entryFromRow } from './table'

/** How one topic's entries are handled. */
export interface TopicHandler {
  handle: (entry: OutboxEntry) => Promise<void>
  /**
   * Entries of this topic mean the same thing whatever their payload (a cache
   * purge): every due one is claimed together and the handler runs once, for
   * the newest.
   */
  collapse?: boolean
  /** Claims before an entry is marked failed. @default 20 */
  maxAttempts?: number
  /** Wait before the first retry, doubled on each further one. @default 2000 */
  backoffMs?: number
  /** Longest wait between retries. @default one hour */
  maxBackoffMs?: number
  /** A handler still running after this long counts as failed. @default 30 s */
  timeoutMs?: number
  /**
   * What may stay of a payload once it is no longer needed, and what the
   * admins' outbox list shows: a message's link carries a one-time token, which
   * must not outlive its delivery in the table nor reach an admin's screen.
   */
  redact?: (payload: unknown) => unknown
}

export interface DispatcherLogger {
  info: (obj: object, msg?: string) => void
  warn: (obj: object, msg?: string) => void
  error: (obj: object, msg?: string) => void
}

/** What the dispatcher needs of a pg Pool (the adapter's and a test's may come from different @types/pg copies). */
export interface SqlPool {
  query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

export interface DispatcherOptions {
  /** Where the outbox table is; claims and results are single autocommitted statements. */
  pool: SqlPool
  /** Connection for LISTEN (a dedicated client, never a pooled one); `false` polls only. */
  listen: ClientConfig | false
  topics: Record<string, TopicHandler>
  logger: DispatcherLogger
  /**
   * How long a claim keeps other workers off an entry. A worker killed
   * mid-way leaves its entries claimed; they are due again once this passes.
   * Must be longer than any handler's timeout. @default 60 s
   */
  leaseMs?: number
  /** Look for due entries at least this often (retries, a lost LISTEN connection). @default 5 s */
  pollMs?: number
  /** Entries claimed per round. @default 20 */
  batch?: number
  /** Handled entries are deleted after this long. @default 7 days */
  keepDoneMs?: number
}

export interface RunResult {
  handled: number
  failed: number
}

const DAY = 24 * 60 * 60 * 1000

/** The wait after the `attempts`-th failed claim: exponential, capped. */
export const backoffDelay = (handler: TopicHandler, attempts: number) =>
  Math.min((handler.backoffMs ?? 2000) * 2 ** Math.max(0, attempts - 1), handler.maxBackoffMs ?? 3_600_000)

const withTimeout = async (work: Promise<void>, ms: number) => {
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message || error.name : String(error)).slice(0, 2000)

/**
 * Runs the outbox: claims due entries, runs their topic's handler, marks
 * them done, and reschedules failures with exponential backoff.
 *
 * Safe with any number of dispatchers on one database: a claim is one
 * `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`, so two workers
 * never take the same entry, and it sets a lease (`claimed_until`) and a
 * claim token instead of holding a transaction open while the handler runs.
 * Results are written only under the token, so a worker whose lease ran out
 * cannot overwrite the newer claim's outcome.
 */
export class Dispatcher {
  readonly workerId = `${process.pid}-${randomUUID().slice(0, 8)}`
  private readonly leaseMs: number
  private readonly pollMs: number
  private readonly batch: number
  private readonly keepDoneMs: number
  private listener: pg.Client | undefined
  private timer: NodeJS.Timeout | undefined
  private running: Promise<RunResult> | undefined
  private again = false
  private stopped = true
  private lastCleanup = 0
  private reconnects = 0

  constructor(private readonly options: DispatcherOptions) {
    this.leaseMs = options.leaseMs ?? 60_000
    this.pollMs = options.pollMs ?? 5000
    this.batch = options.batch ?? 20
    this.keepDoneMs = options.keepDoneMs ?? 7 * DAY
  }

  private get topics() {
    return Object.keys(this.options.topics)
  }

  /** Starts listening and polling; entries already due are handled at once. */
  async start(): Promise<void> {
    if (!this.stopped) return
    this.stopped = false
    if (this.options.listen) await this.connectListener(this.options.listen)
    this.wake()
  }

  /** Stops polling, waits for the round in progress, closes the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    this.timer = undefined
    await this.running?.catch(() => undefined)
    const listener = this.listener
    this.listener = undefined
    await listener?.end().catch(() => undefined)
  }

  /** Handles everything due now, round after round, until nothing is; for tests and scripts. */
  async drain(): Promise<RunResult> {
    const total: RunResult = { handled: 0, failed: 0 }
    for (;;) {
      const round = await this.round()
      total.handled += round.handled
      total.failed += round.failed
      if (round.handled + round.failed === 0) return total
    }
  }

  private async connectListener(config: ClientConfig) {
    const client = new pg.Client(config)
    client.on('notification', () => this.wake())
    client.on('error', (err) => {
      this.options.logger.warn({ err, msg: 'outbox: LISTEN connection lost; polling until it is back' })
      if (this.listener === client) this.listener = undefined
      void client.end().catch(() => undefined)
      this.reconnectLater(config)
    })
    try {
      await client.connect()
      await client.query(`listen ${OUTBOX_CHANNEL}`)
      // The LISTEN socket alone must never keep a process (a CLI, a test) alive.
      ;(
        client as unknown as { connection?: { stream?: { unref?: () => void } } }
      ).connection?.stream?.unref?.()
      this.reconnects = 0
      if (this.stopped) await client.end()
      else this.listener = client
    } catch (err) {
      await client.end().catch(() => undefined)
      this.options.logger.warn({ err, msg: 'outbox: cannot LISTEN; polling until it can' })
      this.reconnectLater(config)
    }
  }

  private reconnectLater(config: ClientConfig) {
    if (this.stopped) return
    const delay = Math.min(1000 * 2 ** this.reconnects++, 30_000)
    setTimeout(() => {
      if (!this.stopped && !this.listener) void this.connectListener(config)
    }, delay).unref()
  }

  /** Runs a round now, or right after the one in progress (a NOTIFY can arrive mid-round). */
  private wake() {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    clearTimeout(this.timer)
    this.running = this.drain()
      .catch((err) => {
        this.options.logger.error({ err, msg: 'outbox: dispatch round failed' })
        return { handled: 0, failed: 0 }
      })
      .finally(() => {
        this.running = undefined
        if (this.stopped) return
        if (this.again) {
          this.again = false
          this.wake()
        } else void this.schedule()
      })
  }

  /** Sleeps until the next entry is due (a retry, an expiring lease), at most `pollMs`. */
  private async schedule() {
    let delay = this.pollMs
    try {
      await this.cleanup()
      const { rows } = await this.options.pool.query(
        `select extract(epoch from (min(greatest(next_attempt_at, coalesce(claimed_until, next_attempt_at))) - now())) * 1000 as ms
           from ${OUTBOX_TABLE}
          where done_at is null and failed_at is null and topic = any($1)`,
        [this.topics],
      )
      const ms = rows[0]?.ms === null || rows[0]?.ms === undefined ? undefined : Number(rows[0].ms)
      if (ms !== undefined) delay = Math.min(delay, Math.max(ms + 5, 10))
    } catch (err) {
      this.options.logger.warn({ err, msg: 'outbox: cannot read the next due time' })
    }
    if (this.stopped || this.running) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.wake(), delay)
    this.timer.unref()
  }

  private async cleanup() {
    if (Date.now() - this.lastCleanup < 60 * 60 * 1000) return
    this.lastCleanup = Date.now()
    await this.options.pool.query(
      `delete from ${OUTBOX_TABLE} where done_at < now() - make_interval(secs => $1::double precision / 1000)`,
      [this.keepDoneMs],
    )
  }

  /** One claim of due entries and their handling. */
  private async round(): Promise<RunResult> {
    const token = `${this.workerId}-${randomUUID().slice(0, 8)}`
    const due = `done_at is null and failed_at is null and next_attempt_at <= now()
      and (claimed_until is null or claimed_until < now())`
    const claim = async (where: string, params: unknown[], limit: string) =>
      (
        await this.options.pool.query(
          `update ${OUTBOX_TABLE}
              set claimed_until = now() + make_interval(secs => $1::double precision / 1000),
                  claimed_by = $2, attempts = attempts + 1
            where id in (select id from ${OUTBOX_TABLE} where ${due} and ${where}
                          order by next_attempt_at, id ${limit} for update skip locked)
            returning ${ENTRY_COLUMNS}`,
          [this.leaseMs, token, ...params],
        )
      ).rows.map(entryFromRow)

    const claimed = await claim('topic = any($3)', [this.topics], `limit ${this.batch}`)
    if (claimed.length === 0) return { handled: 0, failed: 0 }

    // A collapsing topic's other due entries go with the ones claimed: one call covers them all.
    const groups = new Map<string, OutboxEntry[]>()
    for (const entry of claimed) {
      const key = this.options.topics[entry.topic]?.collapse ? entry.topic : `#${entry.id}`
      groups.set(key, [...(groups.get(key) ?? []), entry])
    }
    for (const [key, entries] of groups) {
      if (key.startsWith('#')) continue
      entries.push(...(await claim('topic = $3', [key], '')))
    }

    const result: RunResult = { handled: 0, failed: 0 }
    await Promise.all(
      [...groups.values()].map(async (entries) => {
        const newest = entries.reduce((a, b) => (b.id > a.id ? b : a))
        const handler = this.options.topics[newest.topic]!
        try {
          await withTimeout(handler.handle(newest), handler.timeoutMs ?? 30_000)
          // Redacted per entry (each has its own payload); topics without redact keep theirs.
          await this.options.pool.query(
            `update ${OUTBOX_TABLE} as o set done_at = now(), claimed_until = null,
                payload = coalesce(r.payload, o.payload)
               from unnest($1::bigint[], $3::jsonb[]) as r(id, payload)
              where o.id = r.id and o.claimed_by = $2`,
            [
              entries.map((e) => e.id),
              token,
              entries.map((e) => (handler.redact ? JSON.stringify(handler.redact(e.payload)) : null)),
            ],
          )
          result.handled += entries.length
        } catch (error) {
          result.failed += entries.length
          // The newest entry of a collapsing topic stands for the others: only it is retried.
          const others = entries.filter((e) => e !== newest).map((e) => e.id)
          if (others.length > 0) {
            await this.options.pool.query(
              `update ${OUTBOX_TABLE} set done_at = now(), claimed_until = null, last_error = $3
                where id = any($1) and claimed_by = $2`,
              [others, token, `superseded by #${newest.id}`],
            )
          }
          await this.failed(newest, handler, token, error)
        }
      }),
    )
    return result
  }

  private async failed(entry: OutboxEntry, handler: TopicHandler, token: string, error: unknown) {
    const message = messageOf(error)
    const giveUp = entry.attempts >= (handler.maxAttempts ?? 20)
    const delay = backoffDelay(handler, entry.attempts)
    await this.options.pool.query(
      `update ${OUTBOX_TABLE}
          set claimed_until = null, last_error = $3,
              next_attempt_at = now() + make_interval(secs => $4::double precision / 1000),
              failed_at = case when $5 then now() end
        where id = $1 and claimed_by = $2`,
      [entry.id, token, message, delay, giveUp],
    )
    const log = { outboxId: entry.id, topic: entry.topic, attempts: entry.attempts, err: error }
    if (giveUp) {
      this.options.logger.error({
        ...log,
        msg: `outbox: ${entry.topic} #${entry.id} failed ${entry.attempts} times; giving up`,
      })
    } else {
      this.options.logger.warn({
        ...log,
        msg: `outbox: ${entry.topic} #${entry.id} failed (${message}); retry in ${delay} ms`,
      })
    }
  }
}
