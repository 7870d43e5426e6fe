import type {
  CollectionAfterChangeHook,
  CollectionAfterLogoutHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../../utilities/db'
import { auditEnded } from './end'
import { LOGOUT_ALL_SESSIONS } from './graphqlLogout'
import { boundTo, seenFrom } from './requestOrigin'
import { recordDetails, tombstone } from './store'
import { readOwnToken, sessionIdOf } from './token'

/**
 * A login here records its session at once, with the address and browser
 * of the request, in the login's own transaction. The server's own Local
 * API logins carry neither: their sessions are recorded when first used.
 */
export const recordLoginSession: CollectionAfterOperationHook = async ({ args, operation, result }) => {
  if (operation !== 'login') return result
  const req = args.req
  const token = (result as { token?: unknown } | undefined)?.token
  if (!req || req.payloadAPI === 'local' || typeof token !== 'string') return result
  const claims = readOwnToken(token)
  if (!claims) return result
  await recordDetails(await transactionDb(req), {
    sid: claims.sid,
    userId: claims.userId,
    expiresAt: new Date(claims.exp * 1000),
    seen: seenFrom(req.headers),
    bound: boundTo(req.headers),
  })
  return result
}

const PASSWORD_CHANGE = 'hujraSessionsPasswordChange'
type Before = Record<string, string[]>

/** An update that sets a password (by the user or an admin; the reset flow is another operation). */
export const notePasswordChange: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (operation === 'update' && typeof password === 'string' && password) {
    req.context[PASSWORD_CHANGE] = {} satisfies Before
  }
  return args
}

const liveIds = async (db: Awaited<ReturnType<typeof transactionDb>>, userId: number) =>
  (await db.execute(sql`select id from users_sessions where _parent_id = ${userId}`)).rows.map((r) =>
    String(r.id),
  )

/** The sessions each changed user had before the update. */
export const rememberSessions: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const before = req.context[PASSWORD_CHANGE] as Before | undefined
  if (operation !== 'update' || !before || !originalDoc) return data
  before[String(originalDoc.id)] = await liveIds(await transactionDb(req), Number(originalDoc.id))
  return data
}

/**
 * Payload 3.90's update keeps only the changer's own session when a password
 * changes (collections/operations/utilities/update.js); here the others are
 * marked ended and each gets its `session-ended` event.
 */
export const endedByPasswordChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const before = (req.context[PASSWORD_CHANGE] as Before | undefined)?.[String(doc.id)]
  if (operation !== 'update' || !before) return doc
  const db = await transactionDb(req)
  const now = new Set(await liveIds(db, Number(doc.id)))
  const ended = before.filter((sid) => !now.has(sid))
  for (const sid of ended) await tombstone(db, Number(doc.id), sid, null)
  await auditEnded(req, Number(doc.id), ended, 'password-change')
  return doc
}

/**
 * Logout removes the session from the user (auth/operations/logout.js); this
 * marks it ended too and audits it (the audit plugin's `logout` event does
 * not say which session, nor that `allSessions` ended them all). GraphQL's
 * `allSessions` argument reaches it through graphqlLogout.ts.
 */
export const endedByLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const user = req.user
  if (!user || user.collection !== 'users') return
  const db = await transactionDb(req)
  const all = req.context[LOGOUT_ALL_SESSIONS] === true || req.searchParams?.get('allSessions') === 'true'
  const current = sessionIdOf(user)
  const sids = all ? await liveIds(db, Number(user.id)) : current ? [current] : []
  for (const sid of sids) await tombstone(db, Number(user.id), sid, null)
  await auditEnded(req, Number(user.id), sids, 'logout')
}
