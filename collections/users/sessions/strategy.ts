import type { AuthStrategy, Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { config } from '../../../utilities/config'
import { poolDb } from '../../../utilities/db'
import { endUserSessions } from './end'
import { boundTo, seenFrom } from './requestOrigin'
import {
  type SessionDetails,
  endSessions,
  findDetails,
  liveSession,
  recordDetails,
  touchDetails,
} from './store'
import { extractToken, verifyToken } from './token'

/** How often "last used" is written at most: a page of reads must not write a row each. */
export const TOUCH_EVERY_SECONDS = 60

const bindingBroken = (details: SessionDetails, headers: Headers): boolean => {
  const mode = config().SESSION_BINDING
  if (mode === 'off') return false
  const now = boundTo(headers)
  if (details.boundAgent !== null && details.boundAgent !== now.agent) return true
  return mode === 'ip-and-user-agent' && details.boundAddress !== null && details.boundAddress !== now.address
}

/** A request for the audit event when Payload gave the strategy none (the admin's page renders). */
const requestFor = async (payload: Payload, headers: Headers, req: PayloadRequest | undefined) =>
  req ?? (await createLocalReq({ req: { headers } as Partial<PayloadRequest> }, payload))

/**
 * Runs before Payload's local JWT strategy on every request and always
 * answers "no user", so local-jwt still decides who the caller is. For a
 * valid session token it records the session the first time it is seen (a
 * session made anywhere: the login here, the two-factor step, a reset),
 * marks it used (at most once a minute), removes again a session that was
 * ended but written back by a concurrent login, and with SESSION_BINDING
 * ends a session used from another browser or address than it started
 * with, so local-jwt then refuses the token too.
 *
 * The server's own Local API calls (`payload.auth` from the realtime
 * sidecar, which passes the token alone) are neither recorded nor bound:
 * they carry no browser or address of their own.
 */
export const sessionDetailsStrategy: AuthStrategy = {
  name: 'session-details',
  authenticate: async ({ headers, payload, req }) => {
    const token = extractToken(headers, payload)
    const claims = token ? verifyToken(token, payload) : null
    if (!claims) return { user: null }
    const db = poolDb(payload)
    const serverCall = req?.payloadAPI === 'local'
    const details = await findDetails(db, claims.sid)
    if (details?.endedAt) {
      await endSessions(db, { userId: details.userId, sids: [claims.sid] })
      return { user: null }
    }
    if (!details) {
      if (serverCall) return { user: null }
      const live = await liveSession(db, claims.userId, claims.sid)
      if (live) {
        await recordDetails(db, {
          sid: claims.sid,
          userId: claims.userId,
          createdAt: live.createdAt,
          expiresAt: live.expiresAt,
          seen: seenFrom(headers),
          bound: boundTo(headers),
        })
      }
      return { user: null }
    }
    if (details.userId !== claims.userId) return { user: null }
    if (!serverCall && bindingBroken(details, headers)) {
      const auditReq = await requestFor(payload, headers, req)
      // Its own transaction: the request is about to be refused, the ending must stay.
      await endUserSessions(auditReq, db, { userId: details.userId, sids: [claims.sid] }, 'binding', {
        detached: true,
      })
      return { user: null }
    }
    // The row just read says whether a write is due: most requests make none.
    if (Date.now() - details.lastUsedAt.getTime() >= TOUCH_EVERY_SECONDS * 1000) {
      await touchDetails(db, claims.sid, TOUCH_EVERY_SECONDS)
    }
    return { user: null }
  },
}
