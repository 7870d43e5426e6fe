import type { PayloadRequest } from 'payload'

import { getFieldsToSign, jwtSign } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

import type { User } from '../../../payload-types'

import { markSession } from './store'

export interface StartedSession {
  /** The user as they may read themselves (no internal fields). */
  user: User
  token: string
  exp: number
  /** Payload's own session cookie for this token. */
  cookie: string
}

/**
 * The session a completed sign-in gets, made the way Payload's login makes
 * one (auth/operations/login.ts: `addSessionToUser`, `getFieldsToSign`,
 * `jwtSign`, `generatePayloadCookie`), and marked as having passed the
 * second factor so enforcement lets it through.
 */
export const startSession = async (req: PayloadRequest, userId: number): Promise<StartedSession> => {
  const { payload } = req
  const collectionConfig = payload.collections.users.config
  // Read after the checks that changed the tables, so the whole-user write below writes what is current.
  const user = await payload.db.findOne<User & { sessions?: unknown[] }>({
    collection: 'users',
    where: { id: { equals: userId } },
    req,
  })
  if (!user) throw new Error('two-factor: the user went away during sign-in')
  const { sid } = await addSessionToUser({
    collectionConfig,
    payload,
    req,
    user: user as unknown as Parameters<typeof addSessionToUser>[0]['user'],
  })
  if (sid) await markSession(req, userId, sid)
  const fieldsToSign = getFieldsToSign({
    collectionConfig,
    email: user.email,
    sid,
    user: { ...user, collection: 'users' } as unknown as Parameters<typeof getFieldsToSign>[0]['user'],
  })
  const { exp, token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  const visible = await payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: false,
    user: { ...user, collection: 'users', _sid: sid },
    req,
  })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  }) as string
  return { user: visible, token, exp, cookie }
}
