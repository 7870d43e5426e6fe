import type { SQL } from 'drizzle-orm'

import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../utilities/db'
import { type Day, utcDay } from './days'

export type VisitKind = 'view' | 'reaction'

type Counter = 'reactions' | 'submissions' | 'views'

const COUNTER: Record<Counter, SQL> = {
  views: sql.raw('views'),
  reactions: sql.raw('reactions'),
  submissions: sql.raw('submissions'),
}

const KIND_COUNTER: Record<VisitKind, Counter> = { view: 'views', reaction: 'reactions' }

/**
 * `counter` of (campaign, day) plus one, in one statement: the upsert takes
 * the row's lock, so concurrent increments queue on it and none is lost.
 * `source` is a row source (a CTE) that decides whether to count at all.
 */
const increment = (counter: Counter, campaignId: number, day: SQL | Day, source?: SQL) => {
  const column = COUNTER[counter]
  const dayValue = typeof day === 'string' ? sql`${day}::date` : day
  return sql`
    insert into campaign_metrics_daily (campaign_id, day, ${column})
    select ${campaignId}::int, ${dayValue}, 1 ${source ? sql`from ${source}` : sql``}
    on conflict (campaign_id, day) do update set ${column} = campaign_metrics_daily.${column} + 1
    returning 1 as counted`
}

/**
 * Counts a visitor once per campaign, day and kind: the visitor's row and
 * the count are one statement, so the count moves only when the row is new,
 * however many requests of the same visitor race. True when it counted.
 */
export const countVisit = async (
  db: TransactionDb,
  visit: { campaignId: number; day: Day; kind: VisitKind; visitor: Buffer },
): Promise<boolean> => {
  const { rows } = await db.execute(sql`
    with new_visitor as (
      insert into campaign_visitors (campaign_id, day, kind, visitor)
      values (${visit.campaignId}::int, ${visit.day}::date, ${visit.kind}, ${visit.visitor})
      on conflict do nothing returning 1
    )
    ${increment(KIND_COUNTER[visit.kind], visit.campaignId, visit.day, sql`new_visitor`)}`)
  return rows.length > 0
}

/**
 * An anonymous reader's reaction, on or off for today: on when this visitor
 * has none today, else withdrawn (the row deleted and today's count back by
 * one). Answers whether the reader now has one. Run it in a transaction.
 */
export const toggleVisitorReaction = async (
  db: TransactionDb,
  visit: { campaignId: number; day: Day; visitor: Buffer },
): Promise<boolean> => {
  if (await countVisit(db, { ...visit, kind: 'reaction' })) return true
  // A separate statement: it sees a row another request committed while ours waited.
  await db.execute(sql`
    with withdrawn as (
      delete from campaign_visitors
       where campaign_id = ${visit.campaignId}::int and day = ${visit.day}::date
         and kind = 'reaction' and visitor = ${visit.visitor}
      returning day
    )
    update campaign_metrics_daily m set reactions = m.reactions - 1
      from withdrawn w where m.campaign_id = ${visit.campaignId}::int and m.day = w.day`)
  return false
}

/** The UTC day of a timestamp column, as the daily rows are keyed. */
const dayOf = (column: SQL) => sql`(${column} at time zone 'UTC')::date`

/**
 * A signed-in reader's reaction, on or off: one per user and campaign ever.
 * Counted on the day it was given; withdrawing takes it off that same day's
 * count, so no day goes below zero and the total is what still stands.
 * Answers whether the user now has one. Run it in a transaction.
 */
export const toggleUserReaction = async (
  db: TransactionDb,
  reaction: { campaignId: number; userId: number; now?: Date },
): Promise<boolean> => {
  const at = (reaction.now ?? new Date()).toISOString()
  const { rows } = await db.execute(sql`
    with new_reaction as (
      insert into campaign_reactions_users (campaign_id, user_id, created_at)
      values (${reaction.campaignId}::int, ${reaction.userId}::int, ${at}::timestamptz)
      on conflict do nothing returning created_at
    )
    ${increment('reactions', reaction.campaignId, dayOf(sql`new_reaction.created_at`), sql`new_reaction`)}`)
  if (rows.length > 0) return true
  await db.execute(sql`
    with withdrawn as (
      delete from campaign_reactions_users
       where campaign_id = ${reaction.campaignId}::int and user_id = ${reaction.userId}::int
      returning created_at
    )
    update campaign_metrics_daily m set reactions = m.reactions - 1
      from withdrawn w where m.campaign_id = ${reaction.campaignId}::int and m.day = ${dayOf(sql`w.created_at`)}`)
  return false
}

/** Whether the reader has a reaction standing: the user's ever, or the visitor's today. */
export const hasReacted = async (
  db: TransactionDb,
  who: { campaignId: number; userId: number } | { campaignId: number; day: Day; visitor: Buffer },
): Promise<boolean> => {
  const { rows } = await db.execute(
    'userId' in who
      ? sql`select 1 from campaign_reactions_users
             where campaign_id = ${who.campaignId}::int and user_id = ${who.userId}::int`
      : sql`select 1 from campaign_visitors
             where campaign_id = ${who.campaignId}::int and day = ${who.day}::date
               and kind = 'reaction' and visitor = ${who.visitor}`,
  )
  return rows.length > 0
}

/**
 * One form submission toward a campaign's figures, on `day` (today, UTC, by
 * default). Call it with the submission's own transaction handle
 * (`transactionDb(req)`), so the count exists only if the submission does.
 */
export const countSubmission = async (
  db: TransactionDb,
  campaignId: number,
  day: Day = utcDay(),
): Promise<void> => {
  await db.execute(increment('submissions', campaignId, day))
}

export interface Totals {
  views: number
  reactions: number
  submissions: number
}

/** A campaign's counts over all days. */
export const totalsOf = async (db: TransactionDb, campaignId: number): Promise<Totals> => {
  const { rows } = await db.execute(sql`
    select coalesce(sum(views), 0) as views, coalesce(sum(reactions), 0) as reactions,
           coalesce(sum(submissions), 0) as submissions
      from campaign_metrics_daily where campaign_id = ${campaignId}::int`)
  const row = rows[0] ?? {}
  return { views: Number(row.views), reactions: Number(row.reactions), submissions: Number(row.submissions) }
}

export interface DailyRow extends Totals {
  day: Day
}

/** Every day from `from` to `to` (days without a row as zeros), oldest first. */
export const dailyRows = async (
  db: TransactionDb,
  campaignId: number,
  from: Day,
  to: Day,
): Promise<DailyRow[]> => {
  const { rows } = await db.execute(sql`
    select to_char(d.day, 'YYYY-MM-DD') as day, coalesce(m.views, 0) as views,
           coalesce(m.reactions, 0) as reactions, coalesce(m.submissions, 0) as submissions
      from (select g.at::date as day
              from generate_series(${from}::date, ${to}::date, interval '1 day') as g(at)) as d
      left join campaign_metrics_daily m on m.campaign_id = ${campaignId}::int and m.day = d.day
     order by d.day`)
  return rows.map((row) => ({
    day: String(row.day),
    views: Number(row.views),
    reactions: Number(row.reactions),
    submissions: Number(row.submissions),
  }))
}
