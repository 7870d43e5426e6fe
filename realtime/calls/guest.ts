import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'

import type { CallTicket } from '../events'

import { verifyInvite } from '../../collections/chat/inviteToken'
import { jaasConfig, meetingName, missingJaasConfig, signCallToken } from './jaas'
import { checkDisplayName } from './names'
import { auditToken, callRunning, hostNames } from './room'

const MAX_BODY = 4096

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const readJson = async (req: IncomingMessage) => {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Refusal(413, 'The request is too large')
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
  } catch {
    throw new Refusal(400, 'Send JSON with invite and displayName')
  }
}

/**
 * A guest's way into one call: a call-only invite (short-lived, one-time by
 * default, revocable) becomes a JaaS token for that room's meeting, without
 * moderator rights or features, and never the room's chat.
 */
const admitGuest = async (payload: Payload, body: Record<string, unknown>): Promise<CallTicket> => {
  if (typeof body.invite !== 'string' || body.invite.length > 512)
    throw new Refusal(400, 'invite is required')
  const claims = verifyInvite(payload.secret, body.invite)
  if (!claims) throw new Refusal(400, 'This invite link is not valid (it was changed or cut short)')
  if (claims.e <= Date.now()) throw new Refusal(403, 'This invite has expired')
  const invite = await payload
    .findByID({ collection: 'chat-invites', id: claims.i, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!invite || Number(invite.room) !== claims.r || invite.kind !== 'call') {
    throw new Refusal(403, 'This is not a call invite')
  }
  if (invite.revoked) throw new Refusal(403, 'This invite has been withdrawn')
  if (invite.oneTime && invite.usedAt) throw new Refusal(403, 'This invite has already been used')
  const room = await payload
    .findByID({ collection: 'chat-rooms', id: claims.r, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!room) throw new Refusal(404, 'The room of this invite no longer exists')
  const config = jaasConfig()
  if (!config)
    throw new Refusal(503, `Video calls are not set up on this server: set ${missingJaasConfig().join(', ')}`)
  if (!callRunning(room))
    throw new Refusal(409, 'The call has not started yet: try again once the host has started it')
  const name = checkDisplayName(body.displayName, await hostNames(payload, room.id))
  if (!name.ok) throw new Refusal(400, name.reason)
  if (invite.oneTime) {
    // One statement, so two guests racing for one invite cannot both win.
    const drizzle = (
      payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }
    ).drizzle
    const claimed = await drizzle.execute(
      sql`update chat_invites set used_at = now() where id = ${invite.id} and used_at is null returning id`,
    )
    if (claimed.rows.length === 0) throw new Refusal(403, 'This invite has already been used')
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
      await limiter.consume(addressOf(req)).catch(() => {
        throw new Refusal(429, 'Too many attempts; try again in a minute')
      })
      reply(200, await admitGuest(payload, await readJson(req)))
    } catch (error) {
      if (error instanceof Refusal) return reply(error.status, { error: { message: error.message } })
      payload.logger.error({ err: error, msg: 'realtime: guest call admission failed' })
      reply(500, { error: { message: 'Something went wrong; please try again' } })
    }
  }
