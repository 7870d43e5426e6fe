import { z } from 'zod'

import { defineEndpoint } from '../../../utilities/endpoint'
import { readBody } from './body'
import { pickLocale } from './common'
import { inputs } from './inputs'
import { forgotPassword, resetPassword } from './reset'
import { signUp } from './signup'
import { resendVerification, verifyEmail } from './verification'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** The one answer to a forgot-password request, whatever the email: it never says whether an account exists. */
export const FORGOT_ANSWER = {
  message:
    'If an account uses that email, a link to choose a new password is on its way. It works for 30 minutes.',
}

/** The one answer to a resend, for an unknown, a verified and an unverified email alike. */
export const RESEND_ANSWER = {
  message: 'If an account with that email is waiting to be confirmed, a new link is on its way.',
}

/** The one answer to a sign-up, for a new email and a taken one alike. */
export const SIGNUP_ANSWER = {
  message:
    'Check your mail: we sent a message to that address with what to do next. A confirmation link works for 24 hours.',
}

/**
 * The account steps, replacing Payload's own routes of the same paths
 * (custom endpoints are matched first) and adding the ones it lacks.
 * Refused links answer 400 naming `token`, with `reason`: `invalid`,
 * `expired` or `used`.
 */
export const tokenEndpoints = [
  defineEndpoint({
    method: 'post',
    path: '/signup',
    headers: NO_STORE,
    handler: async ({ req }) => {
      const { email, password, name, locale } = await readBody(req, inputs.signup)
      await signUp(req, { email, password, name, locale: pickLocale(locale ?? req.locale) })
      return Response.json(SIGNUP_ANSWER, { status: 202, headers: NO_STORE })
    },
  }),
  defineEndpoint({
    method: 'post',
    path: '/forgot-password',
    headers: NO_STORE,
    handler: async ({ req }) => {
      const { email, locale } = await readBody(req, inputs.email)
      await forgotPassword(req, email, pickLocale(locale))
      return FORGOT_ANSWER
    },
  }),
  defineEndpoint({
    method: 'post',
    path: '/reset-password',
    headers: NO_STORE,
    handler: async ({ req }) => {
      const { token, password, locale } = await readBody(req, inputs.reset)
      await resetPassword(req, token, password, pickLocale(locale))
      // No token and no cookie: a reset never signs anyone in (two-factor would be skipped).
      return {
        message: 'Your password was changed and every session was signed out. Sign in with the new password.',
      }
    },
  }),
  defineEndpoint({
    method: 'post',
    path: '/verify',
    headers: NO_STORE,
    handler: async ({ req }) => {
      const { token } = await readBody(req, inputs.token)
      await verifyEmail(req, token)
      return { message: 'Your email address is confirmed. You can sign in now.', verified: true }
    },
  }),
  defineEndpoint({
    method: 'post',
    path: '/verify/:token',
    params: z.object({ token: z.string().min(1).max(512) }),
    headers: NO_STORE,
    handler: async ({ req, params }) => {
      await verifyEmail(req, params.token)
      return { message: 'Your email address is confirmed. You can sign in now.', verified: true }
    },
  }),
  defineEndpoint({
    method: 'post',
    path: '/resend-verification',
    headers: NO_STORE,
    handler: async ({ req }) => {
      const { email, locale } = await readBody(req, inputs.email)
      await resendVerification(req, email, pickLocale(locale))
      return RESEND_ANSWER
    },
  }),
]
