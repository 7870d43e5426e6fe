import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { SessionToken } from '../collections/users/sessions/token'

import { verifyToken } from '../collections/users/sessions/token'

/**
 * The sidecar's own session check: what Payload's local JWT strategy and
 * Hujra's session layer decide about a token (collections/users/sessions),
 * in one indexed statement instead of `payload.auth()`, which also computes
 * every collection's permissions (about 16 statements) that the sidecar
 * never uses. A session holds while its `users_sessions` row exists and has
 * not expired, the session layer has not marked it ended, and its user is
 * verified (the users collection has `auth.verify`).
 */

export type { SessionToken }

/** The token verified as Payload verifies it (HS256, its secret, its auth version), or null. */
export const verifySessionToken = (token: string, payload: Payload): null | SessionToken =>
  verifyToken(token, payload)

/** What a live session says of its user: the roles as they are now, and what the session is bound to. */
export interface LiveSession {
  roles: string[]
  boundAgent: null | string
}

/** Payload's JWT strategy accepts a user of a collection with `auth.verify` only once verified. */
const mustBeVerified = (payload: Payload) => Boolean(payload.collections.users?.config.auth?.verify)

const LIVE = `
  select s.id as sid, s._parent_id as user_id, d.bound_agent,
    array(select r.value::text from users_roles r where r.parent_id = s._parent_id order by r."order") as roles
  from users_sessions s
  join users u on u.id = s._parent_id
  left join session_details d on d.sid = s.id
  where s.id = any($1::varchar[]) and s.expires_at > now() and d.ended_at is null
    and (not $2::boolean or u._verified is true)`

/**
 * The live sessions among `tokens`, by session id, in one statement however
 * many there are (the sweep checks every socket's session at once).
 */
export const liveSessions = async (
  payload: Payload,
  tokens: Pick<SessionToken, 'sid' | 'userId'>[],
): Promise<Map<string, LiveSession>> => {
  const live = new Map<string, LiveSession>()
  if (tokens.length === 0) return live
  const owner = new Map(tokens.map((t) => [t.sid, t.userId]))
  const { rows } = await payload.db.pool.query<{
    sid: string
    user_id: number
    bound_agent: null | string
    roles: string[]
  }>(LIVE, [[...owner.keys()], mustBeVerified(payload)])
  for (const row of rows) {
    // A token naming another user's session is no session at all.
    if (owner.get(row.sid) === row.user_id)
      live.set(row.sid, { roles: row.roles, boundAgent: row.bound_agent })
  }
  return live
}

/** One session: its live state, or null when it has ended, expired or was never this user's. */
export const liveSession = async (
  payload: Payload,
  token: Pick<SessionToken, 'sid' | 'userId'>,
): Promise<LiveSession | null> => (await liveSessions(payload, [token])).get(token.sid) ?? null

/**
 * SESSION_BINDING as the sidecar can apply it: a socket comes straight from
 * the reader's browser, so its User-Agent is the one the session was bound
 * to (the site passes the reader's own on). Its address is not: a session
 * started through the site is bound to the site's server's address, so
 * `ip-and-user-agent` is held to its User-Agent part here.
 */
export const bindingHolds = (
  mode: 'ip-and-user-agent' | 'off' | 'user-agent',
  session: LiveSession,
  userAgent: string | undefined,
) => mode === 'off' || session.boundAgent === null || session.boundAgent === (userAgent ?? '').slice(0, 512)
