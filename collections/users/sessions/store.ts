import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../../utilities/db'
import type { BoundTo, SeenFrom } from './requestOrigin'

/**
 * The session table (session_details, see its migration) in raw SQL: Payload
 * keeps sessions as rows of `users_sessions` (id, created_at, expires_at) and
 * nothing else, so where and with what a session started, when it was last
 * used and whether it was ended live here, keyed by the same id.
 *
 * Ending a session deletes its one `users_sessions` row instead of writing
 * the user's whole array back (as Payload's own logout does): a login at the
 * same moment cannot lose its new session to it (Payload #18132).
 */

export interface SessionDetails {
  sid: string
  userId: number
  createdAt: Date
  lastUsedAt: Date
  expiresAt: Date | null
  ip: string | null
  userAgent: string | null
  boundAddress: string | null
  boundAgent: string | null
  endedAt: Date | null
}

const date = (value: unknown) => (value === null || value === undefined ? null : new Date(String(value)))

const toDetails = (row: Record<string, unknown>): SessionDetails => ({
  sid: String(row.sid),
  userId: Number(row.user_id),
  createdAt: date(row.created_at)!,
  lastUsedAt: date(row.last_used_at)!,
  expiresAt: date(row.expires_at),
  ip: (row.ip as string | null) ?? null,
  userAgent: (row.user_agent as string | null) ?? null,
  boundAddress: (row.bound_address as string | null) ?? null,
  boundAgent: (row.bound_agent as string | null) ?? null,
  endedAt: date(row.ended_at),
})

export const findDetails = async (db: TransactionDb, sid: string): Promise<SessionDetails | null> => {
  const { rows } = await db.execute(sql`select * from session_details where sid = ${sid}`)
  return rows[0] ? toDetails(rows[0]) : null
}

/** The live Payload session (not expired) of this user with this id, if any. */
export const liveSession = async (
  db: TransactionDb,
  userId: number,
  sid: string,
): Promise<{ createdAt: Date | null; expiresAt: Date } | null> => {
  const { rows } = await db.execute(
    sql`select created_at, expires_at from users_sessions
        where id = ${sid} and _parent_id = ${userId} and expires_at > now()`,
  )
  return rows[0] ? { createdAt: date(rows[0].created_at), expiresAt: date(rows[0].expires_at)! } : null
}

/** Records a session's start; a second recording of the same session changes nothing. */
export const recordDetails = async (
  db: TransactionDb,
  session: {
    sid: string
    userId: number
    createdAt?: Date | null
    expiresAt: Date
    seen: SeenFrom
    bound: BoundTo
  },
): Promise<void> => {
  const created = (session.createdAt ?? new Date()).toISOString()
  await db.execute(sql`
    insert into session_details
      (sid, user_id, created_at, last_used_at, expires_at, ip, user_agent, bound_address, bound_agent)
    values (${session.sid}, ${session.userId}, ${created}, now(), ${session.expiresAt.toISOString()},
      ${session.seen.ip}, ${session.seen.userAgent}, ${session.bound.address}, ${session.bound.agent})
    on conflict (sid) do nothing`)
}

/**
 * Marks a session used, at most once per `everySeconds`: reading pages must
 * not write a row per request. Answers whether it wrote.
 */
export const touchDetails = async (
  db: TransactionDb,
  sid: string,
  everySeconds: number,
): Promise<boolean> => {
  const { rows } = await db.execute(sql`
    update session_details set last_used_at = now()
    where sid = ${sid} and ended_at is null
      and last_used_at < now() - make_interval(secs => ${everySeconds})
    returning sid`)
  return rows.length > 0
}

export interface LiveSession {
  sid: string
  createdAt: Date | null
  expiresAt: Date
  details: SessionDetails | null
}

/**
 * A user's live sessions with what is known of each, newest first; expired
 * sessions are deleted first (Payload only drops them at the next login,
 * and never on logout: #16061), and details whose session is gone with them.
 */
export const listSessions = async (db: TransactionDb, userId: number): Promise<LiveSession[]> => {
  await db.execute(sql`delete from users_sessions where _parent_id = ${userId} and expires_at <= now()`)
  await pruneDetails(db, userId)
  const { rows } = await db.execute(sql`
    select s.id as session_id, s.created_at as session_created_at, s.expires_at as session_expires_at, d.*
    from users_sessions s
    left join session_details d on d.sid = s.id and d.user_id = s._parent_id
    where s._parent_id = ${userId}
    order by coalesce(d.last_used_at, s.created_at) desc nulls last, s.created_at desc`)
  return rows.map((row) => ({
    sid: String(row.session_id),
    createdAt: date(row.session_created_at),
    expiresAt: date(row.session_expires_at)!,
    details: row.sid ? toDetails(row) : null,
  }))
}

/**
 * Details of sessions that are gone (ended elsewhere, expired, removed by
 * Payload), except tombstones still young enough to matter: a token lives
 * at most `tokenExpiration` after it was issued, and it was issued before
 * its session ended.
 */
const pruneDetails = async (db: TransactionDb, userId: number) => {
  await db.execute(sql`
    delete from session_details d
    where d.user_id = ${userId}
      and not exists (select 1 from users_sessions s where s.id = d.sid)
      and (d.ended_at is null or d.expires_at is null or d.expires_at < now())`)
}

export interface EndFilter {
  userId: number
  /** Only these sessions (else all of the user's). */
  sids?: string[]
  /** Keep this one. */
  except?: string
}

/**
 * Ends sessions: deletes their Payload rows (so the local JWT strategy
 * refuses their tokens) and leaves a tombstone for each. Answers the ids
 * that were live and so were ended.
 */
export const endSessions = async (db: TransactionDb, filter: EndFilter): Promise<string[]> => {
  const only = filter.sids
    ? sql` and id in (${sql.join(
        filter.sids.map((s) => sql`${s}`),
        sql`, `,
      )})`
    : sql``
  const except = filter.except ? sql` and id <> ${filter.except}` : sql``
  if (filter.sids && filter.sids.length === 0) return []
  const { rows } = await db.execute(sql`
    delete from users_sessions where _parent_id = ${filter.userId}${only}${except}
    returning id, created_at, expires_at`)
  for (const row of rows) await tombstone(db, filter.userId, String(row.id), date(row.expires_at))
  return rows.map((row) => String(row.id))
}

/** Marks a session ended (with or without details recorded before). */
export const tombstone = async (db: TransactionDb, userId: number, sid: string, expiresAt: Date | null) => {
  await db.execute(sql`
    insert into session_details (sid, user_id, expires_at, ended_at)
    values (${sid}, ${userId}, ${expiresAt?.toISOString() ?? null}, now())
    on conflict (sid) do update set ended_at = coalesce(session_details.ended_at, now()),
      expires_at = coalesce(session_details.expires_at, excluded.expires_at)`)
}

/**
 * Tombstones for details whose Payload session is gone (Payload removed it:
 * a password change, a logout): answers the ids newly marked.
 */
export const tombstoneGone = async (db: TransactionDb, userId: number): Promise<string[]> => {
  const { rows } = await db.execute(sql`
    update session_details d set ended_at = now()
    where d.user_id = ${userId} and d.ended_at is null
      and not exists (select 1 from users_sessions s where s.id = d.sid)
    returning sid`)
  return rows.map((row) => String(row.sid))
}
