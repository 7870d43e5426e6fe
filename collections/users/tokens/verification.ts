import type {
  CollectionAfterChangeHook,
  CollectionBeforeOperationHook,
  FieldAccess,
  PayloadRequest,
} from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { hasRole, personOf } from '../../../access/roles'
import { recordAuditEvent } from '../../../plugins/audit'
import { type MailLocale, queueMail, siteLink } from '../../../plugins/mail'
import { transactionDb } from '../../../utilities/db'
import { takeAuthPoint } from '../authLimits'
import { clientAddress } from '../clientAddress'
import {
  TokenRefused,
  USERS,
  inTransaction,
  normaliseEmail,
  pickLocale,
  sitePath,
  withTimeFloor,
} from './common'
import { TOKEN_LIFETIME_MS, checkToken, issueToken } from './token'

/** Where beforeOperation leaves the reader's language for the afterChange that mails them. */
const LOCALE_KEY = 'accountTokens:locale'

interface Account {
  id: number
  email: string
  name?: string | null
}

const rows = async <T>(req: PayloadRequest, query: ReturnType<typeof sql>) =>
  (await (await transactionDb(req)).execute(query)).rows as T[]

/** The link in the mail: the site's verify page in the reader's language. */
export const verifyLink = (locale: MailLocale, token: string) =>
  siteLink(sitePath(locale, '/account/verify'), { token })

/**
 * A new verification link for `account`: its hash and expiry replace any
 * earlier one (so an older mail's link stops working), and the mail is queued
 * in the request's transaction.
 */
export const sendVerification = async (req: PayloadRequest, account: Account, locale: MailLocale) => {
  const { token, hash, expiresAt } = issueToken(req.payload.secret, 'verify')
  await rows(
    req,
    sql`update users set _verificationtoken = ${hash}, verification_expires_at = ${expiresAt.toISOString()}
        where id = ${account.id}`,
  )
  await queueMail(req, {
    to: account.email,
    template: 'verify-email',
    locale,
    data: {
      ...(account.name ? { name: account.name } : {}),
      link: verifyLink(locale, token),
      expiresInMinutes: TOKEN_LIFETIME_MS.verify / 60_000,
    },
  })
  await recordAuditEvent(req, {
    type: 'verification-sent',
    actor: req.user?.id ?? account.id,
    actorEmail: personOf(req.user)?.email ?? account.email,
    subjectCollection: USERS,
    subjectId: account.id,
  })
}

/** Accounts the server makes itself (seed, bootstrap, scripts, first admin): no person signed up. */
const isServerOwn = (req: PayloadRequest, overrideAccess: boolean | undefined) =>
  overrideAccess === true && !req.user

/**
 * Before a user is created: Payload's own verification mail (sent inside the
 * request, with a plain token that never expires) is switched off; the
 * reader's `locale` is taken out of the data for the mail afterChange
 * queues. Accounts the server creates itself are verified unless it says
 * `_verified: false`; everyone else's start unverified (only an admin may set
 * `_verified`, field access below).
 */
export const prepareSignUp: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'create') return args
  const a = args as { data?: Record<string, unknown>; disableVerificationEmail?: boolean }
  const { locale, ...data } = a.data ?? {}
  req.context[LOCALE_KEY] = pickLocale(locale ?? req.locale)
  if (isServerOwn(req, overrideAccess) && data._verified === undefined) data._verified = true
  return { ...args, data, disableVerificationEmail: true }
}

/**
 * After a user is created, in the same transaction: Payload has written a
 * plain token of its own; a verified account gets none, an unverified one a
 * hashed, expiring token of ours and its mail. A person's sign-up (or an
 * admin's creation of an account) is audited.
 */
export const finishSignUp: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const [row] = await rows<{ verified: boolean | null; email: string; name: string | null }>(
    req,
    sql`select _verified as verified, email, name from users where id = ${doc.id}`,
  )
  if (!row) return doc
  if (row.verified !== false) {
    await rows(
      req,
      sql`update users set _verificationtoken = null, verification_expires_at = null where id = ${doc.id}`,
    )
    return doc
  }
  const account = { id: doc.id as number, email: row.email, name: row.name }
  await recordAuditEvent(req, {
    type: 'signup',
    actor: req.user?.id ?? account.id,
    actorEmail: personOf(req.user)?.email ?? account.email,
    subjectCollection: USERS,
    subjectId: account.id,
    diff: { createdBy: { to: req.user ? 'admin' : 'self' } },
  })
  await sendVerification(req, account, pickLocale(req.context[LOCALE_KEY]))
  return doc
}

/**
 * `_verified` (Payload's, merged with this): Payload lets any signed-in user
 * write it, so a member could verify themselves. Only an admin may set it;
 * the account itself and admins may read it.
 */
export const verifiedFieldAccess: { create: FieldAccess; read: FieldAccess; update: FieldAccess } = {
  create: ({ req: { user } }) => hasRole(user, 'admin'),
  update: ({ req: { user } }) => hasRole(user, 'admin'),
  read: ({ req: { user }, doc }) => hasRole(user, 'admin') || (user != null && doc?.id === user.id),
}

/**
 * Confirms an address with the token from the mail: refused as `invalid`,
 * `expired` or `used`; otherwise the account is verified and the token is
 * gone, in one statement, so two clicks cannot both count.
 */
export const verifyEmail = async (req: PayloadRequest, token: string): Promise<{ id: number }> => {
  await takeAuthPoint(req, 'verify', { address: clientAddress(req.headers).key })
  const checked = checkToken(req.payload.secret, 'verify', token)
  if (!checked.ok) throw new TokenRefused(checked.problem)
  return inTransaction(req, async () => {
    const [claimed] = await rows<{ id: number; email: string }>(
      req,
      sql`update users set _verified = true, _verificationtoken = null, verification_expires_at = null
          where _verificationtoken = ${checked.hash} and verification_expires_at > now()
          returning id, email`,
    )
    if (!claimed) {
      const [stale] = await rows(req, sql`select id from users where _verificationtoken = ${checked.hash}`)
      throw new TokenRefused(stale ? 'expired' : 'used')
    }
    await recordAuditEvent(req, {
      type: 'email-verified',
      actor: claimed.id,
      actorEmail: claimed.email,
      subjectCollection: USERS,
      subjectId: claimed.id,
    })
    return { id: claimed.id }
  })
}

/** A resend answers no sooner than this, known email or not (the slow branch takes a few ms). */
export const RESEND_FLOOR_MS = 300

/**
 * A new verification link for `email`, when it names an account that is
 * waiting for one; nothing otherwise. The same answer, in the same time, for
 * an unknown, a verified and an unverified email.
 */
export const resendVerification = async (req: PayloadRequest, email: string, locale: MailLocale) => {
  const address = normaliseEmail(email)
  await takeAuthPoint(req, 'resend', { address: clientAddress(req.headers).key, account: address })
  await withTimeFloor(RESEND_FLOOR_MS, () =>
    inTransaction(req, async () => {
      const [row] = await rows<{ id: number; email: string; name: string | null; verified: boolean | null }>(
        req,
        sql`select id, email, name, _verified as verified from users where email = ${address}`,
      )
      if (row && row.verified === false) await sendVerification(req, row, locale)
    }),
  )
}
