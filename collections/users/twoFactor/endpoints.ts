import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { hasRole } from '../../../access/roles'
import { recordAuditEvent } from '../../../plugins/audit'
import { queueMail, serverLink, siteLink } from '../../../plugins/mail'
import { defineEndpoint } from '../../../utilities/endpoint'
import { AppError, conflict, forbidden, notFound, unauthorized } from '../../../utilities/errors'
import { challengeCookie, challengeTokenOf, openChallenge } from './challenge'
import { checkSecondFactor } from './check'
import { newRecoveryCodes } from './keys'
import { takeCodeAttempt, forgiveCodeAttempt } from './limits'
import { requiredRoles, roleRequires, twoFactorOn } from './policy'
import { cookieSecure } from './signIn'
import { type StartedSession, startSession } from './session'
import {
  activatePendingSecret,
  dropChallenges,
  endOtherSessions,
  endUnverifiedSessions,
  isEnrolled,
  markSession,
  readCredentials,
  recoveryCodesLeft,
  removeTwoFactor,
  replaceRecoveryCodes,
  savePendingSecret,
  useChallenge,
} from './store'
import { acceptedStep, newTotpSecret, otpauthUrl, qrSvg } from './totp'

/** A pending secret must be confirmed within this time. */
const PENDING_TTL_MS = 15 * 60_000

const challengeField = z
  .string()
  .min(20, 'must be a challenge from sign-in')
  .max(200, 'must be a challenge from sign-in')
const codeField = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the 6 digits your authenticator app shows')
const recoveryField = z
  .string()
  .trim()
  .min(12, 'must be a recovery code like abcd-efgh-jkmn')
  .max(40, 'must be a recovery code like abcd-efgh-jkmn')

/** Off (ENABLE_2FA=false), every two-factor endpoint is as if it did not exist. */
const whenOn = () => {
  if (!twoFactorOn()) throw notFound()
  return true
}

const signedIn = ({ req }: { req: PayloadRequest }) => whenOn() && Boolean(req.user)
const adminOnly = ({ req }: { req: PayloadRequest }) => whenOn() && hasRole(req.user, 'admin')

interface Account {
  id: number
  email: string
  name: string
  roles: string[]
}

const accountOf = async (req: PayloadRequest, id: number): Promise<Account> => {
  const user = await req.payload.db.findOne<Account>({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })
  if (!user) throw notFound('No such user')
  return { id: Number(user.id), email: user.email, name: user.name, roles: user.roles ?? [] }
}

const me = (req: PayloadRequest) => {
  if (!req.user) throw unauthorized()
  return accountOf(req, Number(req.user.id))
}

/** Payload's login answer (`{ user, token, exp }`), its session cookie, and the admin's challenge cookie cleared. */
const signedInAnswer = (session: StartedSession, extra: Record<string, unknown> = {}) => {
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  headers.append('Set-Cookie', session.cookie)
  headers.append('Set-Cookie', challengeCookie(null, cookieSecure()))
  return Response.json(
    { message: 'Signed in', user: session.user, token: session.token, exp: session.exp, ...extra },
    { headers },
  )
}

const auditFor = (account: Account) => ({
  actor: account.id,
  actorEmail: account.email,
  subjectCollection: 'users',
  subjectId: account.id,
})

/** POST /api/users/two-factor/verify {challenge?, code | recoveryCode}: the second step of a sign-in. */
const verify = defineEndpoint({
  method: 'post',
  path: '/two-factor/verify',
  access: whenOn,
  transaction: true,
  body: z
    .object({
      challenge: challengeField.optional(),
      code: codeField.optional(),
      recoveryCode: recoveryField.optional(),
    })
    .strict()
    .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), {
      message: 'code: send either code or recoveryCode',
      path: ['code'],
    }),
  handler: async ({ req, body }) => {
    const challenge = await openChallenge(req, challengeTokenOf(req, body.challenge), 'verify')
    const account = await accountOf(req, challenge.userId)
    const used = await checkSecondFactor(req, account, body)
    if (!(await useChallenge(req, challenge.id)))
      throw new AppError(401, 'challenge: already used; sign in again', 'challenge')
    const session = await startSession(req, account.id)
    if (used === 'code') await recordAuditEvent(req, { type: 'two-factor-used', ...auditFor(account) })
    return signedInAnswer(
      session,
      used === 'recoveryCode' ? { recoveryCodesLeft: await recoveryCodesLeft(req, account.id) } : {},
    )
  },
})

/** The account an enrolment is for: the sign-in's (challenge at the enrol step) or the signed-in user. */
const enrollee = async (req: PayloadRequest, challengeToken: string | undefined) => {
  if (req.user && !challengeToken) return { account: await me(req), challenge: null }
  const challenge = await openChallenge(req, challengeTokenOf(req, challengeToken), 'enrol')
  return { account: await accountOf(req, challenge.userId), challenge }
}

/** POST /api/users/two-factor/enrol/start {challenge?}: a new secret as text, an otpauth address and a QR code. */
const enrolStart = defineEndpoint({
  method: 'post',
  path: '/two-factor/enrol/start',
  access: whenOn,
  transaction: true,
  body: z.object({ challenge: challengeField.optional() }).strict(),
  handler: async ({ req, body }) => {
    const { account } = await enrollee(req, body.challenge)
    if (await isEnrolled(req, account.id)) throw conflict('Two-step sign-in is already on; turn it off first')
    const secret = newTotpSecret()
    await savePendingSecret(req, account.id, secret)
    const url = otpauthUrl(secret, account.email)
    return { secret, otpauthUrl: url, qrSvg: await qrSvg(url) }
  },
})

/** POST /api/users/two-factor/enrol/confirm {challenge?, code}: two-factor on, ten recovery codes (shown this once). */
const enrolConfirm = defineEndpoint({
  method: 'post',
  path: '/two-factor/enrol/confirm',
  access: whenOn,
  transaction: true,
  body: z.object({ challenge: challengeField.optional(), code: codeField }).strict(),
  handler: async ({ req, body }) => {
    const { account, challenge } = await enrollee(req, body.challenge)
    await takeCodeAttempt(req, account.email)
    const credentials = await readCredentials(req, account.id)
    if (credentials?.enabledAt) throw conflict('Two-step sign-in is already on')
    if (
      !credentials?.pendingSecret ||
      !credentials.pendingAt ||
      Date.now() - credentials.pendingAt.getTime() > PENDING_TTL_MS
    ) {
      throw new AppError(
        409,
        'code: start the set-up again (enrol/start); the key it showed has expired',
        'code',
      )
    }
    const step = await acceptedStep(credentials.pendingSecret, body.code, null)
    if (step === null || !(await activatePendingSecret(req, account.id, step))) {
      await recordAuditEvent(
        req,
        { type: 'two-factor-failed', ...auditFor(account), diff: { with: { to: 'set-up code' } } },
        { detached: true },
      )
      throw new AppError(401, 'code: not right; check the time on your phone and try the next code', 'code')
    }
    await forgiveCodeAttempt(req, account.email)
    const recoveryCodes = newRecoveryCodes()
    await replaceRecoveryCodes(req, account.id, recoveryCodes)
    await dropChallenges(req, account.id)
    await recordAuditEvent(req, { type: 'two-factor-enrolled', ...auditFor(account) })
    if (challenge) {
      await useChallenge(req, challenge.id)
      return signedInAnswer(await startSession(req, account.id), { recoveryCodes })
    }
    // From the account: this session proved the code; sessions elsewhere never passed a second factor.
    const sid = (req.user as { _sid?: string } | null)?._sid
    await endOtherSessions(req, account.id, sid)
    if (sid) await markSession(req, account.id, sid)
    return Response.json({ recoveryCodes }, { headers: { 'Cache-Control': 'no-store' } })
  },
})

/** GET /api/users/two-factor: whether the signed-in user has two-factor on, must have it, and codes left. */
const status = defineEndpoint({
  method: 'get',
  path: '/two-factor',
  access: signedIn,
  handler: async ({ req }) => statusOf(req, await me(req)),
})

const statusOf = async (req: PayloadRequest, account: Account) => {
  const credentials = await readCredentials(req, account.id)
  return {
    enabled: Boolean(credentials?.enabledAt),
    enabledAt: credentials?.enabledAt?.toISOString() ?? null,
    required: roleRequires(account.roles, await requiredRoles(req, { fresh: true })),
    recoveryCodesLeft: credentials?.enabledAt ? await recoveryCodesLeft(req, account.id) : 0,
  }
}

/** GET /api/users/:id/two-factor (admins): the same for any user, for the reset button. */
const statusForAdmin = defineEndpoint({
  method: 'get',
  path: '/:id/two-factor',
  params: z.object({ id: z.coerce.number().int().positive('must be a user id') }),
  access: adminOnly,
  handler: async ({ req, params }) => statusOf(req, await accountOf(req, params.id)),
})

/** POST /api/users/two-factor/recovery-codes {code}: ten new recovery codes; the old ones stop working. */
const regenerate = defineEndpoint({
  method: 'post',
  path: '/two-factor/recovery-codes',
  access: signedIn,
  transaction: true,
  body: z.object({ code: codeField }).strict(),
  handler: async ({ req, body }) => {
    const account = await me(req)
    if (!(await isEnrolled(req, account.id))) throw conflict('Two-step sign-in is off')
    await checkSecondFactor(req, account, { code: body.code })
    const recoveryCodes = newRecoveryCodes()
    await replaceRecoveryCodes(req, account.id, recoveryCodes)
    return Response.json({ recoveryCodes }, { headers: { 'Cache-Control': 'no-store' } })
  },
})

/** POST /api/users/two-factor/disable {code}: two-factor off, unless the user's role requires it. */
const disable = defineEndpoint({
  method: 'post',
  path: '/two-factor/disable',
  access: signedIn,
  transaction: true,
  body: z.object({ code: codeField }).strict(),
  handler: async ({ req, body }) => {
    const account = await me(req)
    if (roleRequires(account.roles, await requiredRoles(req, { fresh: true }))) {
      throw forbidden('Your role requires two-step sign-in; an administrator can reset it')
    }
    if (!(await isEnrolled(req, account.id))) throw conflict('Two-step sign-in is off')
    await checkSecondFactor(req, account, { code: body.code })
    await removeTwoFactor(req, account.id)
    await recordAuditEvent(req, {
      type: 'two-factor-reset',
      ...auditFor(account),
      diff: { by: { to: 'the user' } },
    })
    return { enabled: false }
  },
})

/**
 * POST /api/users/:id/two-factor/reset (admins): for a user who lost their
 * phone. Secret, recovery codes and half-done sign-ins go, every session of
 * theirs ends, they are mailed, and the reset is audited.
 */
const reset = defineEndpoint({
  method: 'post',
  path: '/:id/two-factor/reset',
  params: z.object({ id: z.coerce.number().int().positive('must be a user id') }),
  access: adminOnly,
  transaction: true,
  handler: async ({ req, params }) => {
    const account = await accountOf(req, params.id)
    const wasEnabled = await isEnrolled(req, account.id)
    await removeTwoFactor(req, account.id)
    await dropChallenges(req, account.id)
    const ended = await endUnverifiedSessions(req, { userId: account.id })
    await recordAuditEvent(req, {
      type: 'two-factor-reset',
      subjectCollection: 'users',
      subjectId: account.id,
      diff: { enabled: { from: wasEnabled, to: false }, sessionsEnded: { to: ended } },
    })
    const locale = (['en', 'ur', 'ps'] as const).find((l) => l === req.locale) ?? 'en'
    await queueMail(req, {
      to: account.email,
      template: 'two-factor-reset',
      locale,
      data: {
        name: account.name,
        resetAt: new Date().toISOString(),
        link: hasRole(account as never, 'admin', 'editor', 'moderator')
          ? serverLink('/admin/login')
          : siteLink(`${locale === 'en' ? '' : `/${locale}`}/account/sign-in`),
      },
    })
    return { reset: true, sessionsEnded: ended }
  },
})

/** DELETE /api/users/two-factor/challenge: the admin's "start again" (forgets its challenge cookie). */
const forgetChallenge = defineEndpoint({
  method: 'delete',
  path: '/two-factor/challenge',
  access: whenOn,
  handler: async () => {
    const headers = new Headers({ 'Cache-Control': 'no-store' })
    headers.append('Set-Cookie', challengeCookie(null, cookieSecure()))
    return new Response(null, { status: 204, headers })
  },
})

export const twoFactorEndpoints = [
  verify,
  enrolStart,
  enrolConfirm,
  status,
  statusForAdmin,
  regenerate,
  disable,
  reset,
  forgetChallenge,
]
