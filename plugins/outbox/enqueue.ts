import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../utilities/db'
import { OUTBOX_CHANNEL } from './table'
import { topicsOf } from './topics'

/** req.context key: topics already written by each open transaction, for collapsing ones. */
const WRITTEN = 'outboxWritten'

/**
 * Queues a side effect in the request's own transaction: the entry exists
 * (and the dispatchers are woken by NOTIFY) only if the change commits. Call
 * it from hooks and handlers instead of doing the side effect there.
 *
 * For a collapsing topic (one entry means the same as many) an entry is
 * written once per transaction, however many documents it changes. Skipping
 * on an entry another transaction wrote would be wrong: a dispatcher could
 * handle that one before this transaction commits, and this change would
 * never be announced.
 */
export const enqueue = async (req: PayloadRequest, topic: string, payload: unknown = {}): Promise<void> => {
  const spec = topicsOf(req.payload).get(topic)
  if (!spec) throw new Error(`outbox: no handler is registered for topic ${topic}`)
  const transaction = await req.transactionID
  if (spec.collapse && transaction !== undefined && transaction !== null) {
    const written = ((req.context[WRITTEN] as Set<string> | undefined) ??= new Set<string>())
    const key = `${String(transaction)} ${topic}`
    if (written.has(key)) return
    written.add(key)
  }
  const db = await transactionDb(req)
  await db.execute(sql`
    with entry as (insert into outbox (topic, payload) values (${topic}, ${JSON.stringify(payload)}::jsonb) returning id)
    select pg_notify(${OUTBOX_CHANNEL}, ${topic}) from entry`)
}
