import type { PayloadRequest } from 'payload'

import type { TransactionDb } from '../../../utilities/db'

import { recordAuditEvent } from '../../../plugins/audit'
import { type EndFilter, endSessions } from './store'

/** Why a session ended, as its `session-ended` audit event says. */
export type EndReason =
  /** The user ended it from their sessions list. */
  | 'user'
  /** An admin ended it. */
  | 'admin'
  /** Used from another browser (or address) than it started with (SESSION_BINDING). */
  | 'binding'
  | 'logout'
  /** The password changed: every other session of the user ends. */
  | 'password-change'
  /** The password was reset (collections/users/tokens may call endUserSessions with it). */
  | 'password-reset'

/**
 * One `session-ended` event per session: who ended it (the request's user,
 * or nobody for a binding refusal), whose it was, which one and why. The
 * session id only names the session (a token needs the signature too); no
 * token is ever written.
 */
export const auditEnded = async (
  req: PayloadRequest,
  userId: number,
  sids: string[],
  reason: EndReason,
  options: { detached?: boolean } = {},
) => {
  for (const sid of sids) {
    await recordAuditEvent(
      req,
      {
        type: 'session-ended',
        ...(reason === 'binding' ? { actor: null, actorEmail: null } : {}),
        subjectCollection: 'users',
        subjectId: userId,
        diff: { session: { from: sid }, reason: { to: reason } },
      },
      options,
    )
  }
}

/**
 * Ends sessions of a user and audits each: the one call for every part of
 * the accounts feature that ends sessions (the list, admins, binding, and
 * the reset flow with `reason: 'password-reset'`). Answers the ended ids.
 */
export const endUserSessions = async (
  req: PayloadRequest,
  db: TransactionDb,
  filter: EndFilter,
  reason: EndReason,
  options: { detached?: boolean } = {},
): Promise<string[]> => {
  const ended = await endSessions(db, filter)
  await auditEnded(req, filter.userId, ended, reason, options)
  return ended
}
