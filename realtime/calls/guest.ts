import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'

import type { CallTicket } from '../events'

import { verifyInvite } from '../../collections/chat/inviteToken'
import { AppError, badRequest, forbidden, notFound, toErrorResponse, tooLarge } from '../../utilities/errors'
import { jaasConfig, meetingName, missingJaasConfig, signCallToken } from './jaas'
import { checkDisplayName } from './names'
import { auditToken, callRunning, hostNames } from './room'

const MAX_BODY = 4096

const SEND_JSON = 'Send a JSON object with invite and displayName'

/** The body as a JSON object; anything else (`null`, an array, a string, no JSON at all) is a 400. */
const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw tooLarge('The request is too large')
    chunks.push(chunk as Buffer)
  }
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw badRequest('body', SEND_JSON)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('body', SEND_JSON)
  return body as Record<string, unknown>
}

/**
 * A guest's way into one call: a call-only invite (short-lived, one-time by
 * default, revocable) becomes a JaaS token for that room's meeting, without
 * moderator rights or features, and never the room's chat.
 */
const admitGuest = async (
  payload: Payload,
  body: Record<string, unknown>,
  client: { ip: string; userAgent?: string },
): Promise<CallTicket> => {
  if (typeof body.invite !== 'string' || body.invite.length > 512)
    throw badRequest('invite', 'invite is required')
  const claims = verifyInvite(payload.secret, body.invite)
  if (!claims) throw badRequest('invite', 'This invite link is not valid (it was changed or cut short)')
  if (claims.e <= Date.now()) throw forbidden('This invite has expired')
  const invite = await payload
    .findByID({ collection: 'chat-invites', id: claims.i, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!invite || Number(invite.room) !== claims.r || invite.kind !== 'call') {
    throw forbidden('This is not a call invite')
  }
  if (invite.revoked) throw forbidden('This invite has been withdrawn')
  // The stored expiry can be sooner than the signed one (shortened in the admin).
  if (new Date(invite.expiresAt).getTime() <= Date.now()) throw forbidden('This invite has expired')
  if (invite.oneTime && invite.usedAt) throw forbidden('This invite has already been used')
  const room = await payload
    .findByID({ collection: 'chat-rooms', id: claims.r, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!room) throw notFound('The room of this invite no longer exists')
  const config = jaasConfig()
  if (!config)
    throw new AppError(
      503,
      `Video calls are not set up on this server: set ${missingJaasConfig().join(', ')}`,
    )
  if (!callRunning(room))
    throw new AppError(409, 'The call has not started yet: try again once the host has started it')
  const name = checkDisplayName(body.displayName, await hostNames(payload, room.id))
  if (!name.ok) throw badRequest('displayName', name.reason)
  if (invite.oneTime) {
    // One statement, so two guests racing for one invite cannot both win.
    const claimed = await payload.db.drizzle.execute(
      sql`update chat_invites set used_at = now() where id = ${invite.id} and used_at is null returning id`,
    )
    if (claimed.rows.length === 0) throw forbidden('This invite has already been used')
  }
  const meeting = meetingName(payload.secret, room.id)
  const { token, expiresAt } = signCallToken(config, {
    meeting,
    user: { id: `guest-${invite.id}-${randomUUID().slice(0, 8)}`, name: name.name },
    moderator: false,
    features: { recording: false, livestreaming: false },
  })
  await auditToken(payload, {
    room: room.id,
    actor: null,
    actorEmail: null,
    moderator: false,
    guest: name.name,
    ip: client.ip,
    userAgent: client.userAgent,
  })
  return {
    token,
    roomName: `${config.appId}/${meeting}`,
    domain: config.domain,
    moderator: false,
    lobby: room.calls?.lobby !== false,
    expiresAt,
  }
}

/**
 * The sidecar's only plain HTTP route, `POST /calls/guest` (CORS for the
 * allowed origins); anything else that is not Socket.IO is 404.
 */
export const guestRoute =
  (
    payload: Payload,
    allowedOrigins: string[],
    limiter: RateLimiterAbstract,
    addressOf: (req: IncomingMessage) => string,
  ) =>
  async (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin
    const cors: Record<string, string> =
      origin && allowedOrigins.includes(origin)
        ? { 'access-control-allow-origin': origin, vary: 'Origin' }
        : {}
    const reply = (status: number, body?: unknown) => {
      res.writeHead(status, { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' })
      res.end(body === undefined ? undefined : JSON.stringify(body))
    }
    const path = (req.url ?? '').split('?')[0]
    if (path !== '/calls/guest') return reply(404, { error: { message: 'Not found' } })
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
      })
      return res.end()
    }
    if (req.method !== 'POST') return reply(405, { error: { message: 'Use POST' } })
    if (origin && !cors['access-control-allow-origin'])
      return reply(403, { error: { message: 'Origin not allowed' } })
    try {
      const ip = addressOf(req)
      await limiter.consume(ip).catch(() => {
        throw new AppError(429, 'Too many attempts; try again in a minute')
      })
      const body = await readJson(req)
      reply(200, await admitGuest(payload, body, { ip, userAgent: req.headers['user-agent'] }))
    } catch (error) {
      const { status, body, internal } = toErrorResponse(error)
      if (internal) payload.logger.error({ err: error, msg: 'realtime: guest call admission failed' })
      const message = internal ? 'Something went wrong; please try again' : body.errors[0]!.message
      // `error.message` is what the site's call lobby reads; `errors` is the kernel's shape.
      reply(status, { error: { message }, errors: body.errors })
    }
  }
