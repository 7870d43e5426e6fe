import type { AuthStrategy, CollectionAfterChangeHook, GlobalAfterChangeHook, Payload } from 'payload'

import { createHmac, timingSafeEqual } from 'node:crypto'

import { forgetRequiredRoles, requiredRoles, roleRequires, twoFactorOn } from './policy'
import { endSession, endUnverifiedSessions, isMarkedSession } from './store'

interface Claims {
  id?: unknown
  collection?: unknown
  sid?: unknown
  roles?: unknown
  exp?: unknown
}

/** The token a request carries, where Payload's `extractJWT` looks (header first, then its cookie). */
const tokenOf = (headers: Headers, cookiePrefix: string): string | undefined => {
  const auth = headers.get('authorization') ?? ''
  const match = /^(?:JWT|Bearer)\s+(\S+)$/i.exec(auth)
  if (match) return match[1]
  const name = `${cookiePrefix}-token`
  for (const part of (headers.get('cookie') ?? '').split(/;\s*/)) {
    if (part.startsWith(`${name}=`)) return decodeURIComponent(part.slice(name.length + 1))
  }
  return undefined
}

/** The claims of a token signed with this server's secret (HS256, as `jwtSign` makes them) that has not expired. */
const verifiedClaims = (token: string, payload: Payload): Claims | null => {
  const [head, body, signature] = token.split('.')
  if (!head || !body || !signature) return null
  const expected = createHmac('sha256', new TextEncoder().encode(payload.secret))
    .update(`${head}.${body}`)
    .digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: unknown }
    if (header.alg !== 'HS256') return null
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
    return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() ? claims : null
  } catch {
    return null
  }
}

/**
 * Runs before Payload's `local-jwt` and never signs anyone in itself: for a
 * token of a user whose role requires two-factor (the roles are in the
 * token: `saveToJWT`) whose session did not pass the second factor — made
 * before the requirement, or by a path other than the two-factor step — it
 * ends that session, so `local-jwt` then finds no session and refuses it.
 * Role changes after sign-in are handled when they happen (hooks below).
 */
export const enforceSecondFactor: AuthStrategy = {
  name: 'two-factor-enforcement',
  authenticate: async ({ headers, payload }) => {
    if (!twoFactorOn()) return { user: null }
    const token = tokenOf(headers, payload.config.cookiePrefix)
    const claims = token ? verifiedClaims(token, payload) : null
    if (!claims || claims.collection !== 'users' || typeof claims.sid !== 'string') return { user: null }
    const roles = Array.isArray(claims.roles) ? (claims.roles as string[]) : []
    if (!roleRequires(roles, await requiredRoles({ payload }))) return { user: null }
    const req = { payload, transactionID: undefined }
    const userId = Number(claims.id)
    if (!(await isMarkedSession(req, userId, claims.sid))) {
      await endSession(req, userId, claims.sid)
      payload.logger.info({ userId, msg: 'two-factor: ended a session that never passed the second factor' })
    }
    return { user: null }
  },
}

/** An admin gives a user a role that requires two-factor: their sessions without it end now. */
export const endSessionsOnRequiredRole: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || !twoFactorOn()) return doc
  const before = new Set<string>((previousDoc?.roles as string[] | undefined) ?? [])
  const gained = ((doc.roles as string[] | undefined) ?? []).filter((role) => !before.has(role))
  if (gained.length && roleRequires(gained, await requiredRoles(req, { fresh: true }))) {
    await endUnverifiedSessions(req, { userId: Number(doc.id) })
  }
  return doc
}

/**
 * Settings: roles that now require two-factor. Whoever of those roles is
 * signed in without having passed a second factor is signed out, and at the
 * next sign-in is sent to the code or to enrolment.
 */
export const endSessionsOnRequirement: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  forgetRequiredRoles()
  if (!twoFactorOn()) return doc
  const before = new Set<string>((previousDoc?.twoFactorRequiredRoles as string[] | undefined) ?? [])
  const added = ((doc.twoFactorRequiredRoles as string[] | undefined) ?? []).filter(
    (role) => !before.has(role),
  )
  if (added.length) {
    const ended = await endUnverifiedSessions(req, { roles: added })
    req.payload.logger.info({
      roles: added,
      ended,
      msg: 'two-factor: now required; sessions without it ended',
    })
  }
  return doc
}
