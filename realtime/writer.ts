import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** A message to store, as its author's socket sends it (text already validated and trimmed). */
export interface Draft {
  room: number
  author: number
  /** The author's session: the insert checks it is still live, in the same statement. */
  sid: string
  text: string
  replyTo: null | number
}

export type Refusal = 'member' | 'muted' | 'replyTo' | 'session'

export type Written =
  { ok: true; id: number; createdAt: string } | { ok: false; refusal: Refusal; mutedUntil?: string }

export interface WriterOptions {
  /** How long the first message of a batch waits for others (ms). @default 2 */
  windowMs?: number
  /** Most messages in one statement. @default 500 */
  maxBatch?: number
  /** Batches in flight at once (each holds one pooled connection). @default 2 */
  maxInFlight?: number
}

export interface MessageWriter {
  /** Resolves once the message is committed (or refused); rejects when the database fails. */
  write: (draft: Draft) => Promise<Written>
  close: () => void
}

/*
 * Every message of a batch in one statement, which applies the rules of the
 * chat-messages collection (canCreateMessage, replyInSameRoom, and the
 * sidecar's session check) to each row against the database as it is at
 * that moment, and inserts the rows that pass:
 * - the author's session is live (the row in users_sessions, unexpired, not
 *   ended by the session layer; the user verified), as session.ts checks it;
 * - the author is a member of the room, and not muted (a mute in the past
 *   has lifted);
 * - a reply points at a message of the same room (which a member reads).
 * The text's length, emptiness and NUL characters are the schema's
 * (message:send). Ids come from the table's sequence before the insert, so
 * each answer finds its row; the statement commits on its own, so a message
 * is acknowledged only once it is stored.
 */
const INSERT = `
with v as (
  select * from unnest($1::int[], $2::int[], $3::int[], $4::varchar[], $5::varchar[], $6::int[])
    as v(ord, room, author, sid, text, reply_to)
), c as (
  select v.*,
    exists (
      select 1 from users_sessions s join users u on u.id = s._parent_id
      where s.id = v.sid and s._parent_id = v.author and s.expires_at > now()
        and (not $7::boolean or u._verified is true)
        and not exists (select 1 from session_details d where d.sid = s.id and d.ended_at is not null)
    ) as session_ok,
    m.id is not null as member,
    case when m.muted_until > now() then m.muted_until end as muted_until,
    (v.reply_to is null or exists (
      select 1 from chat_messages p where p.id = v.reply_to and p.room_id = v.room
    )) as reply_ok
  from v left join chat_members m on m.room_id = v.room and m.user_id = v.author
), ok as (
  select c.ord, nextval(pg_get_serial_sequence('chat_messages', 'id'))::int as id, c.room, c.author, c.text, c.reply_to
  from c where c.session_ok and c.member and c.muted_until is null and c.reply_ok
  order by c.ord
), ins as (
  insert into chat_messages (id, room_id, author_id, text, reply_to_id, updated_at, created_at)
  select id, room, author, text, reply_to, now(), now() from ok
  returning id, created_at
)
select c.ord, c.session_ok, c.member, c.muted_until, c.reply_ok, ins.id, ins.created_at
from c left join ok on ok.ord = c.ord left join ins on ins.id = ok.id
order by c.ord`

interface Row {
  ord: number
  session_ok: boolean
  member: boolean
  muted_until: Date | null
  reply_ok: boolean
  id: null | number
  created_at: Date | null
}

const outcome = (row: Row): Written => {
  if (!row.session_ok) return { ok: false, refusal: 'session' }
  if (!row.member) return { ok: false, refusal: 'member' }
  if (row.muted_until) return { ok: false, refusal: 'muted', mutedUntil: row.muted_until.toISOString() }
  if (!row.reply_ok) return { ok: false, refusal: 'replyTo' }
  if (row.id === null || !row.created_at) throw new Error('a message passed every rule but was not stored')
  return { ok: true, id: row.id, createdAt: row.created_at.toISOString() }
}

/** Stores a batch of messages in one statement; the answers are in the drafts' order. */
export const insertMessages = async (payload: Payload, drafts: Draft[]): Promise<Written[]> => {
  const verify = Boolean(payload.collections.users?.config.auth?.verify)
  const { rows } = await payload.db.pool.query<Row>(INSERT, [
    drafts.map((_, i) => i),
    drafts.map((d) => d.room),
    drafts.map((d) => d.author),
    drafts.map((d) => d.sid),
    drafts.map((d) => d.text),
    drafts.map((d) => d.replyTo),
    verify,
  ])
  return rows.map(outcome)
}

interface Pending {
  draft: Draft
  resolve: (written: Written) => void
  reject: (error: unknown) => void
}

/**
 * Group commit: messages arriving within a few milliseconds of each other
 * (or while a batch is being written) go to the database together, in one
 * statement and one commit, instead of a transaction each.
 */
export const createMessageWriter = (payload: Payload, options: WriterOptions = {}): MessageWriter => {
  const { windowMs = 2, maxBatch = 500, maxInFlight = 2 } = options
  let queue: Pending[] = []
  let timer: NodeJS.Timeout | undefined
  let inFlight = 0

  const settle = (batch: Pending[], results: Written[]) =>
    batch.forEach((pending, i) => pending.resolve(results[i]!))

  const run = async (batch: Pending[]) => {
    inFlight += 1
    try {
      settle(
        batch,
        await insertMessages(
          payload,
          batch.map((p) => p.draft),
        ),
      )
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error)
      // One bad row (a room deleted meanwhile) fails its statement: the others go one by one.
      else
        await Promise.all(
          batch.map((p) => insertMessages(payload, [p.draft]).then(([w]) => p.resolve(w!), p.reject)),
        )
    } finally {
      inFlight -= 1
      // What queued meanwhile has waited long enough.
      if (queue.length > 0 && !timer) flush()
    }
  }

  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    while (queue.length > 0 && inFlight < maxInFlight) {
      const batch = queue.slice(0, maxBatch)
      queue = queue.slice(maxBatch)
      void run(batch)
    }
  }

  return {
    write: (draft) =>
      new Promise<Written>((resolve, reject) => {
        queue.push({ draft, resolve, reject })
        if (inFlight >= maxInFlight) return // the batch in flight flushes when it ends
        if (queue.length >= maxBatch) flush()
        else timer ??= setTimeout(flush, windowMs)
      }),
    close: () => {
      clearTimeout(timer)
      timer = undefined
      flush()
    },
  }
}
