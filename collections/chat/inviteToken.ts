import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { config } from '../../utilities/config'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The longest an invite may live: what admins set in Settings → Chat, else
 * CHAT_INVITE_MAX_DAYS (7 by default). Read on every invite, so a change
 * applies at once.
 */
export const maxInviteMs = async (payload: Payload) => {
  const settings = await payload
    .findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
    .catch(() => null)
  const days = settings?.chat?.maxInviteDays ?? config().CHAT_INVITE_MAX_DAYS
  return days * DAY_MS
}

export interface InviteClaims {
  /** chat-invites id */
  i: number
  /** room id */
  r: number
  /** expiry, epoch ms */
  e: number
}

const sign = (secret: string, body: string) =>
  createHmac('sha256', `chat-invite:${secret}`).update(body).digest('base64url')

/** `<claims>.<HMAC-SHA256>`, both base64url: safe in a URL. */
export const signInvite = (secret: string, claims: InviteClaims) => {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

/** The claims of an untampered token, or null. Expiry is checked by the caller, to name the reason. */
export const verifyInvite = (secret: string, token: string): InviteClaims | null => {
  const [body, mac, ...rest] = token.split('.')
  if (!body || !mac || rest.length > 0) return null
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as InviteClaims
    return Number.isInteger(claims.i) && Number.isInteger(claims.r) && Number.isFinite(claims.e)
      ? claims
      : null
  } catch {
    return null
  }
}
