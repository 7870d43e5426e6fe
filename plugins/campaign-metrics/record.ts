import type { PayloadRequest } from 'payload'

import type { TransactionDb } from '../../utilities/db'
import { countVisit, hasReacted, toggleUserReaction, toggleVisitorReaction } from './counters'
import { utcDay } from './days'
import { readSalt, saltFor } from './salts'
import { type Reader, notCounted, visitorHash } from './visitor'

/** What a reader's request amounts to; `now` is the request's time (tests pass another day's). */
export interface Visit {
  campaignId: number
  reader: Reader
  user: PayloadRequest['user']
  now?: Date
}

export type ViewOutcome = 'counted' | 'repeat' | 'bot' | 'staff'

/** This reader's hash for the campaign on the visit's day, with that day's salt. */
const hashOf = async (db: TransactionDb, visit: Visit) => {
  const day = utcDay(visit.now)
  const salt = await saltFor(db, day)
  return { day, visitor: visitorHash(salt, visit.reader, visit.campaignId) }
}

/** A page view: counted once per visitor, campaign and UTC day, never for bots or staff. */
export const recordView = async (db: TransactionDb, visit: Visit): Promise<ViewOutcome> => {
  const skip = notCounted({ user: visit.user }, visit.reader)
  if (skip) return skip
  const { day, visitor } = await hashOf(db, visit)
  return (await countVisit(db, { campaignId: visit.campaignId, day, kind: 'view', visitor }))
    ? 'counted'
    : 'repeat'
}

export interface ReactionState {
  /** Whether this reader has a reaction standing now. */
  reacted: boolean
  /** False for bots and staff: nothing was changed. */
  counted: boolean
}

/**
 * Turns the reader's reaction on or off: a signed-in reader's once ever, an
 * anonymous reader's once per visitor hash and day. Run it in a transaction.
 */
export const toggleReaction = async (db: TransactionDb, visit: Visit): Promise<ReactionState> => {
  if (notCounted({ user: visit.user }, visit.reader)) return { reacted: false, counted: false }
  const { campaignId, user, now } = visit
  if (user) {
    return {
      reacted: await toggleUserReaction(db, { campaignId, userId: Number(user.id), now }),
      counted: true,
    }
  }
  const { day, visitor } = await hashOf(db, visit)
  return { reacted: await toggleVisitorReaction(db, { campaignId, day, visitor }), counted: true }
}

/** Whether this reader has a reaction standing, without changing anything. */
export const readerHasReacted = async (db: TransactionDb, visit: Visit): Promise<boolean> => {
  if (notCounted({ user: visit.user }, visit.reader)) return false
  if (visit.user) return hasReacted(db, { campaignId: visit.campaignId, userId: Number(visit.user.id) })
  const day = utcDay(visit.now)
  // No salt yet today: nobody has reacted today, and a read makes none.
  const salt = await readSalt(db, day)
  if (!salt) return false
  const visitor = visitorHash(salt, visit.reader, visit.campaignId)
  return hasReacted(db, { campaignId: visit.campaignId, day, visitor })
}
