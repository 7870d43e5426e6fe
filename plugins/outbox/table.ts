/**
 * The outbox table (created by the `outbox` migration) and the rows it holds.
 * Plain SQL, not a Payload collection: it is written inside other
 * collections' transactions and claimed with row locks, which Payload's
 * operations cannot express, and it must not grow access rules, hooks or
 * versions of its own.
 */

export const OUTBOX_TABLE = 'outbox'

/**
 * The NOTIFY channel an enqueue signals in its own transaction. PostgreSQL
 * delivers it only when that transaction commits, so a dispatcher wakes right
 * after the commit and never for a rollback.
 */
export const OUTBOX_CHANNEL = 'hujra_outbox'

/** One pending or handled side effect, as handlers and the admin list see it. */
export interface OutboxEntry {
  id: number
  topic: string
  payload: unknown
  createdAt: Date
  /** Claims so far, this one included: a worker that died mid-way counts too. */
  attempts: number
  nextAttemptAt: Date
  claimedUntil: Date | null
  lastError: string | null
  doneAt: Date | null
  /** Set once a topic's attempts are used up; an admin can retry it. */
  failedAt: Date | null
}

/** Every column, as the queries select them. */
export const ENTRY_COLUMNS = `id, topic, payload, created_at, attempts, next_attempt_at, claimed_until,
  last_error, done_at, failed_at`

export const entryFromRow = (row: Record<string, unknown>): OutboxEntry => ({
  id: Number(row.id),
  topic: String(row.topic),
  payload: row.payload,
  createdAt: new Date(row.created_at as string),
  attempts: Number(row.attempts),
  nextAttemptAt: new Date(row.next_attempt_at as string),
  claimedUntil: row.claimed_until ? new Date(row.claimed_until as string) : null,
  lastError: (row.last_error as string | null) ?? null,
  doneAt: row.done_at ? new Date(row.done_at as string) : null,
  failedAt: row.failed_at ? new Date(row.failed_at as string) : null,
})
