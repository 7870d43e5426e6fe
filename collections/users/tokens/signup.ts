import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { recordAuditEvent } from '../../../plugins/audit'
import { MAIL_TOPIC, type MailLocale, queueMail, siteLink } from '../../../plugins/mail'
import { transactionDb } from '../../../utilities/db'
import { takeAuthPoint } from '../authLimits'
import { clientAddress } from '../clientAddress'
import { assertPassword } from '../passwordPolicy'
import { spendHashWork } from '../signInGuard'
import { USERS, inTransaction, normaliseEmail, sitePath, withTimeFloor } from './common'

const rows = async <T>(req: PayloadRequest, query: ReturnType<typeof sql>) =>
  (await (await transactionDb(req)).execute(query)).rows as T[]

/**
 * A sign-up answers no sooner than this, new email or taken. The new branch
 * is Payload's create: its password hash (PBKDF2, 600 000 rounds) is most
 * of it, about half a second here, up to 0.9 s with both cores busy; the
 * taken branch spends the same hash work (signInGuard's `spendHashWork`) so
 * a loaded server slows both alike, and the floor hides the rest.
 */
export const SIGNUP_FLOOR_MS = 1200

/** A taken address's owner hears of a sign-up attempt at most once in this long. */
export const ACCOUNT_EXISTS_NOTICE_EVERY_MINUTES = 60

/** Set on `req.context` by a reader's own sign-up: Users.ts' first-user rule makes no admin of it. */
export const SELF_SIGNUP = 'accountTokens:selfSignup'

export interface SignUpInput {
  email: string
  password: string
  name: string
  locale: MailLocale
}

/**
 * Tells the owner of a taken address that someone tried to sign up with it,
 * at most once an hour (the outbox keeps what it queued for days: that is
 * the record). Taken under a lock per address, so a burst sends one.
 */
const noticeTaken = async (
  req: PayloadRequest,
  user: { id: number; email: string; name: string | null },
  locale: MailLocale,
) => {
  const [recent] = await rows(
    req,
    sql`select 1 from outbox
        where topic = ${MAIL_TOPIC} and payload->>'template' = 'account-exists'
          and lower(payload->>'to') = ${normaliseEmail(user.email)}
          and created_at > now() - make_interval(mins => ${ACCOUNT_EXISTS_NOTICE_EVERY_MINUTES})
        limit 1`,
  )
  if (!recent) {
    await queueMail(req, {
      to: user.email,
      template: 'account-exists',
      locale,
      data: {
        ...(user.name ? { name: user.name } : {}),
        link: siteLink(sitePath(locale, '/account/sign-in')),
        resetLink: siteLink(sitePath(locale, '/account/forgot')),
      },
    })
  }
  await recordAuditEvent(req, {
    type: 'signup',
    actor: null,
    actorEmail: user.email,
    subjectCollection: USERS,
    subjectId: user.id,
    diff: { attempt: { to: 'address-taken' }, notice: { to: recent ? 'already-sent' : 'sent' } },
  })
}

/**
 * A reader's sign-up, with one answer whether the email is new or taken
 * (the caller answers the same body; this takes the same time). What can be
 * refused is judged on the input alone, before anything is looked up: the
 * limit and the password rule. A new email becomes an unverified member
 * through Payload's create, so the password rule, the verification mail and
 * the `signup` event happen as for any account; a taken one creates
 * nothing and its owner is told by mail.
 */
export const signUp = async (req: PayloadRequest, input: SignUpInput): Promise<void> => {
  const email = normaliseEmail(input.email)
  await takeAuthPoint(req, 'signup', { address: clientAddress(req.headers).key, account: email })
  assertPassword(input.password, { email, name: input.name })
  await withTimeFloor(SIGNUP_FLOOR_MS, () =>
    inTransaction(req, async () => {
      // Two sign-ups with one email wait for each other: the second sees the first's account.
      await rows(req, sql`select pg_advisory_xact_lock(hashtext(${`hujra:signup:${email}`}))`)
      const [user] = await rows<{ id: number; email: string; name: string | null }>(
        req,
        sql`select id, email, name from users where email = ${email}`,
      )
      if (user) {
        await spendHashWork(input.password)
        return noticeTaken(req, user, input.locale)
      }
      req.context[SELF_SIGNUP] = true
      // overrideAccess: anonymous creation is closed (Users.ts); the data is exactly what the reader
      // may choose, with the role and the unverified state set here.
      await req.payload.create({
        collection: USERS,
        data: {
          email,
          password: input.password,
          name: input.name,
          locale: input.locale,
          roles: ['member'],
          _verified: false,
        } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
    }),
  )
}
