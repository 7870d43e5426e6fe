import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../utilities/db'
import { type Day, addDays } from './days'

export const SALT_BYTES = 16

/**
 * The oldest day whose salt and visitor hashes are kept on `today`: today's
 * and yesterday's only. A day's hashes are needed only on that day (a visitor
 * counts once per day); yesterday's stay one more day so nothing is deleted
 * under a request that began before midnight, and so no salt outlives two
 * days, as Plausible does.
 */
export const oldestKept = (today: Day): Day => addDays(today, -1)

export interface Pruned {
  salts: number
  visitors: number
}

/**
 * Deletes the salts and visitor hashes of the days before yesterday. Without
 * its salt a hash can no longer be recomputed from an address, so the rows
 * would be noise; the daily counts stay.
 */
export const pruneExpired = async (db: TransactionDb, today: Day): Promise<Pruned> => {
  const before = oldestKept(today)
  const salts = await db.execute(sql`delete from visitor_salts where day < ${before}::date`)
  const visitors = await db.execute(sql`delete from campaign_visitors where day < ${before}::date`)
  return { salts: salts.rowCount ?? 0, visitors: visitors.rowCount ?? 0 }
}

/** The salt of `day` if it has been made; a read never makes one. */
export const readSalt = async (db: TransactionDb, day: Day): Promise<Buffer | undefined> => {
  const { rows } = await db.execute(sql`select salt from visitor_salts where day = ${day}::date`)
  return rows[0]?.salt as Buffer | undefined
}

/**
 * The salt of `day`, made on first use. The first request of a day (in any
 * CMS instance) writes it and clears out what has expired, so old salts go
 * even when the scheduled task has not run. Two first requests at once both
 * end up with the one that was written first.
 */
export const saltFor = async (db: TransactionDb, day: Day): Promise<Buffer> => {
  const existing = await readSalt(db, day)
  if (existing) return existing
  const { rows } = await db.execute(sql`
    insert into visitor_salts (day, salt) values (${day}::date, ${randomBytes(SALT_BYTES)})
    on conflict (day) do nothing returning salt`)
  const made = rows[0]?.salt as Buffer | undefined
  if (made) {
    await pruneExpired(db, day)
    return made
  }
  // Another request wrote it after our first look; this statement's snapshot sees it.
  const raced = await readSalt(db, day)
  if (!raced) throw new Error(`campaign metrics: no salt for ${day} after writing one`)
  return raced
}
