import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import type { EndpointAccess } from '../../../utilities/endpoint'

import { hasRole } from '../../../access/roles'
import { defineEndpoint } from '../../../utilities/endpoint'
import { notFound } from '../../../utilities/errors'
import { endUserSessions } from './end'
import { listSessions } from './store'
import { sessionIdOf } from './token'
import { toView } from './view'

/** Payload's session ids are UUIDs; anything else is refused before SQL. */
const sessionId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a session id from the sessions list')
const userId = z.coerce.number().int('must be a user id').positive('must be a user id')

const signedIn: EndpointAccess = ({ req }) => req.user?.collection === 'users'
const admin: EndpointAccess = ({ req }) => req.user?.collection === 'users' && hasRole(req.user, 'admin')

const own = (req: PayloadRequest) => ({ id: Number(req.user!.id), sid: sessionIdOf(req.user) })

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/** GET /api/users/sessions: the caller's own sessions, `current` marking this one. */
const listOwn = defineEndpoint({
  method: 'get',
  path: '/sessions',
  access: signedIn,
  headers: NO_STORE,
  handler: async ({ db, req }) => {
    const { id, sid } = own(req)
    return { sessions: (await listSessions(db, id)).map((s) => toView(s, sid)) }
  },
})

/** DELETE /api/users/sessions/:id: ends one of the caller's sessions (this one too, if named). */
const endOwn = defineEndpoint({
  method: 'delete',
  path: '/sessions/:id',
  params: z.object({ id: sessionId }),
  access: signedIn,
  transaction: true,
  headers: NO_STORE,
  handler: async ({ db, params, req }) => {
    const ended = await endUserSessions(req, db, { userId: own(req).id, sids: [params.id] }, 'user')
    if (ended.length === 0) throw notFound('No such session of yours', 'id')
    return { ended: ended.length }
  },
})

/** DELETE /api/users/sessions[?keepCurrent=true]: ends all the caller's sessions (but this one). */
const endAllOwn = defineEndpoint({
  method: 'delete',
  path: '/sessions',
  query: z.object({ keepCurrent: z.enum(['true', 'false']).optional() }),
  access: signedIn,
  transaction: true,
  headers: NO_STORE,
  handler: async ({ db, query, req }) => {
    const { id, sid } = own(req)
    const except = query.keepCurrent === 'true' ? sid : undefined
    return { ended: (await endUserSessions(req, db, { userId: id, except }, 'user')).length }
  },
})

const existingUser = async (req: PayloadRequest, id: number) => {
  const user = await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })
  if (!user) throw notFound('No such user', 'id')
}

/** GET /api/users/:id/sessions (admins): a user's sessions. */
const listOfUser = defineEndpoint({
  method: 'get',
  path: '/:id/sessions',
  params: z.object({ id: userId }),
  access: admin,
  headers: NO_STORE,
  handler: async ({ db, params, req }) => {
    await existingUser(req, params.id)
    const mine = Number(req.user!.id) === params.id ? own(req).sid : undefined
    return { sessions: (await listSessions(db, params.id)).map((s) => toView(s, mine)) }
  },
})

/** DELETE /api/users/:id/sessions (admins): ends every session of a user. */
const endAllOfUser = defineEndpoint({
  method: 'delete',
  path: '/:id/sessions',
  params: z.object({ id: userId }),
  access: admin,
  transaction: true,
  headers: NO_STORE,
  handler: async ({ db, params, req }) => {
    await existingUser(req, params.id)
    return { ended: (await endUserSessions(req, db, { userId: params.id }, 'admin')).length }
  },
})

/** DELETE /api/users/:id/sessions/:sid (admins): ends one session of a user. */
const endOneOfUser = defineEndpoint({
  method: 'delete',
  path: '/:id/sessions/:sid',
  params: z.object({ id: userId, sid: sessionId }),
  access: admin,
  transaction: true,
  headers: NO_STORE,
  handler: async ({ db, params, req }) => {
    const ended = await endUserSessions(req, db, { userId: params.id, sids: [params.sid] }, 'admin')
    if (ended.length === 0) throw notFound('No such session of that user', 'sid')
    return { ended: ended.length }
  },
})

/** Own paths first: `/sessions/x` must never be read as a user id. */
export const sessionEndpoints = [listOwn, endOwn, endAllOwn, listOfUser, endAllOfUser, endOneOfUser]
