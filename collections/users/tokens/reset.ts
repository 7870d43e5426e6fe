import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { STAFF_ROLES, hasRole } from '../../../access/roles'
import { recordAuditEvent } from '../../../plugins/audit'
import { type MailLocale, queueMail, serverLink, siteLink } from '../../../plugins/mail'
import { transactionDb } from '../../../utilities/db'
import { badRequest } from '../../../utilities/errors'
import { takeAuthPoint } from '../authLimits'
import { clientAddress } from '../clientAddress'
import { assertPassword } from '../passwordPolicy'
import { TokenRefused, USERS, inTransaction, normaliseEmail, sitePath, withTimeFloor } from './common'
import { TOKEN_LIFETIME_MS, checkToken, issueToken } from './token'

const rows = async <T>(req: PayloadRequest, query: ReturnType<typeof sql>) =>
  (await (await transactionDb(req)).execute(query)).rows as T[]

/**
 * A forgot-password answer comes no sooner than this after the request, known
 * email or not: the known branch (a token, an update, a queued mail and an
 * audit row) takes a few to a few tens of milliseconds.
 */
export const FORGOT_FLOOR_MS = 400

/** Where the reset link leads: the site's page, or the admin's for staff who did not ask on the site. */
export type ResetTarget = 'site' | 'admin'

const resetLink = (req: PayloadRequest, target: ResetTarget, locale: MailLocale, token: string) => {
  if (target === 'site') return siteLink(sitePath(locale, '/account/reset'), { token })
  const { routes, admin } = req.payload.config
  return serverLink(`${routes.admin}${admin.routes.reset}/${token}`)
}

/**
 * Sends a reset link to `email` if it names an account; the same answer,
 * in the same time, either way. The link is built from SITE_URL or
 * SERVER_URL, never from the request's Host. A request the site made for a
 * reader leads to the site's page; any other (the admin's form, the API)
 * leads staff to the admin and members to the site.
 */
export const forgotPassword = async (req: PayloadRequest, email: string, locale: MailLocale) => {
  const address = normaliseEmail(email)
  const from = clientAddress(req.headers)
  await takeAuthPoint(req, 'forgotPassword', { address: from.key, account: address })
  await withTimeFloor(FORGOT_FLOOR_MS, () =>
    inTransaction(req, async () => {
      const [user] = await rows<{ id: number; email: string; name: string | null }>(
        req,
        sql`select id, email, name from users where email = ${address}`,
      )
      if (!user) return
      const [{ roles = [] } = {}] = await rows<{ roles: string[] }>(
        req,
        sql`select coalesce(array_agg(value::text), '{}') as roles from users_roles where parent_id = ${user.id}`,
      )
      const staff = hasRole({ roles }, ...STAFF_ROLES)
      const target: ResetTarget = from.fromSite || !staff ? 'site' : 'admin'
      const { token, hash, expiresAt } = issueToken(req.payload.secret, 'reset')
      await rows(
        req,
        sql`update users set reset_password_token = ${hash}, reset_password_expiration = ${expiresAt.toISOString()}
            where id = ${user.id}`,
      )
      await queueMail(req, {
        to: user.email,
        template: 'reset-password',
        locale,
        data: {
          ...(user.name ? { name: user.name } : {}),
          link: resetLink(req, target, locale, token),
          expiresInMinutes: TOKEN_LIFETIME_MS.reset / 60_000,
        },
      })
      await recordAuditEvent(req, {
        type: 'password-reset-requested',
        actor: null,
        actorEmail: user.email,
        subjectCollection: USERS,
        subjectId: user.id,
        diff: { link: { to: target } },
      })
    }),
  )
}

/**
 * Sets a new password with the token from the mail. The token is taken in
 * the same statement that checks it (single use even when two requests race)
 * and is given back only if the new password breaks the rule (the
 * transaction rolls back). Every session of the account ends; none is
 * started (the person signs in again, with their second factor if they have
 * one). An unverified address counts as verified: the mail was read.
 */
export const resetPassword = async (
  req: PayloadRequest,
  token: string,
  password: string,
  locale: MailLocale,
): Promise<{ id: number }> => {
  await takeAuthPoint(req, 'resetPassword', { address: clientAddress(req.headers).key })
  const checked = checkToken(req.payload.secret, 'reset', token)
  if (!checked.ok) throw new TokenRefused(checked.problem)
  return inTransaction(req, async () => {
    const [user] = await rows<{ id: number; email: string; name: string | null; verified: boolean | null }>(
      req,
      sql`update users set reset_password_token = null, reset_password_expiration = null
          where reset_password_token = ${checked.hash} and reset_password_expiration > now()
          returning id, email, name, _verified as verified`,
    )
    if (!user) {
      const [stale] = await rows(req, sql`select id from users where reset_password_token = ${checked.hash}`)
      throw new TokenRefused(stale ? 'expired' : 'used')
    }
    assertPassword(password, { email: user.email, name: user.name })
    await req.payload.update({
      collection: USERS,
      id: user.id,
      data: { password },
      overrideAccess: true,
      depth: 0,
      req,
    })
    // Payload's update already drops the sessions of an account changed by someone not signed in as
    // it; said here again so no later change to that rule can leave a stolen session alive.
    await rows(req, sql`delete from users_sessions where _parent_id = ${user.id}`)
    if (user.verified === false) {
      await rows(
        req,
        sql`update users set _verified = true, _verificationtoken = null, verification_expires_at = null
            where id = ${user.id}`,
      )
      await recordAuditEvent(req, {
        type: 'email-verified',
        actor: user.id,
        actorEmail: user.email,
        subjectCollection: USERS,
        subjectId: user.id,
        diff: { by: { to: 'password-reset' } },
      })
    }
    await queueMail(req, {
      to: user.email,
      template: 'password-changed',
      locale,
      data: {
        ...(user.name ? { name: user.name } : {}),
        changedAt: new Date().toISOString(),
        resetLink: siteLink(sitePath(locale, '/account/forgot')),
      },
    })
    await recordAuditEvent(req, {
      type: 'password-reset',
      actor: user.id,
      actorEmail: user.email,
      subjectCollection: USERS,
      subjectId: user.id,
    })
    return { id: user.id }
  })
}

/**
 * Payload's own forgot-password and reset-password (its REST routes and
 * GraphQL mutations are replaced: endpoints.ts, graphql.ts) would store a
 * plain token and mail synchronously; what still reaches them is the Local
 * API, which is refused so no script can take that path by mistake.
 */
export const refusePayloadTokens: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'forgotPassword' || operation === 'resetPassword') {
    throw badRequest(
      undefined,
      `${operation}: Payload's own ${operation} is off; use POST /api/users/${operation === 'forgotPassword' ? 'forgot-password' : 'reset-password'} (collections/users/tokens)`,
    )
  }
  return args
}
