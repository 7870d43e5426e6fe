import type { Payload } from 'payload'

import { generateKeyPairSync } from 'node:crypto'

import jwt, { type JwtPayload } from 'jsonwebtoken'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { meetingName } from '../../realtime/calls/jaas'
import { resetConfig } from '../../utilities/config'
import { createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { type Client, next, SITE, startRealtime, generousLimiters } from './server'

const { publicKey, privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
})
const JITSI = {
  JITSI_APP_ID: 'vpaas-magic-cookie-test',
  JITSI_KEY_ID: 'vpaas-magic-cookie-test/abc123',
  // As it would sit on one line of a .env file.
  JITSI_PRIVATE_KEY: privateKey.replace(/\n/g, '\\n'),
}

let payload: Payload
let server: Awaited<ReturnType<typeof startRealtime>>
let users: Record<'member' | 'moderator' | 'outsider' | 'owner', any>
let room: { id: number }
let sockets: Record<'member' | 'moderator' | 'outsider' | 'owner', Client>

const verify = (token: string) =>
  jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'jitsi', issuer: 'chat' }) as JwtPayload

const guest = (invite: string, displayName: string) =>
  fetch(`${server.url}/calls/guest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE },
    body: JSON.stringify({ invite, displayName }),
  })

/** The JaaS variables as the test set them; config() is memoized, so it reads them again. */
const configureJaas = () => {
  Object.assign(process.env, JITSI)
  resetConfig()
}

beforeAll(async () => {
  configureJaas()
  payload = await getTestPayload()
  const [owner, moderator, member, outsider] = await Promise.all(
    ['owner', 'moderator', 'member', 'outsider'].map((name) =>
      createUser(payload, ['member'], `${name}-${unique()}`),
    ),
  )
  users = { owner, moderator, member, outsider }
  room = await payload.create({
    collection: 'chat-rooms',
    data: { name: `Calls ${unique()}`, visibility: 'members-only', calls: { recording: true } },
    user: owner,
    overrideAccess: false,
  })
  for (const [user, role] of [
    [moderator, 'moderator'],
    [member, 'member'],
  ] as const) {
    await payload.create({
      collection: 'chat-members',
      data: { room: room.id, user: user.id, role },
      overrideAccess: true,
    })
  }
  server = await startRealtime(payload, { limiters: generousLimiters() })
  sockets = {} as typeof sockets
  for (const name of ['owner', 'moderator', 'member', 'outsider'] as const)
    sockets[name] = await server.as(users[name])
  await sockets.member.emitWithAck('room:join', { room: room.id })
})

afterEach(configureJaas)

afterAll(async () => {
  for (const name of Object.keys(JITSI)) delete process.env[name]
  resetConfig()
  await server?.close()
})

describe('call tokens', () => {
  it('are refused to members until a host starts the call, and to non-members always', async () => {
    expect(
      await sockets.member.emitWithAck('call:token', { room: room.id, displayName: 'Member' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'A host has not started this call yet' },
    })
    expect(
      await sockets.outsider.emitWithAck('call:token', { room: room.id, displayName: 'Outsider' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('give a host a 5-minute RS256 token for this room only, with moderator rights and the room’s features', async () => {
    const started = next(sockets.member, 'call:started')
    const ack = await sockets.owner.emitWithAck('call:token', {
      room: room.id,
      displayName: users.owner.name,
    })
    if (!ack.ok) throw new Error(JSON.stringify(ack.error))
    await started
    const header = jwt.decode(ack.token, { complete: true })!.header
    expect(header).toMatchObject({ alg: 'RS256', kid: JITSI.JITSI_KEY_ID })
    const claims = verify(ack.token)
    const meeting = meetingName(payload.secret, room.id)
    expect(claims).toMatchObject({ aud: 'jitsi', iss: 'chat', sub: JITSI.JITSI_APP_ID, room: meeting })
    expect(claims.room).not.toBe('*')
    expect(claims.exp! - claims.nbf!).toBeLessThanOrEqual(5 * 60 + 10)
    expect(claims.exp! * 1000 - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000)
    expect(claims.context.user).toMatchObject({
      id: String(users.owner.id),
      name: users.owner.name,
      moderator: 'true',
    })
    expect(claims.context.features).toMatchObject({ recording: 'true', livestreaming: 'false' })
    expect(ack).toMatchObject({
      roomName: `${JITSI.JITSI_APP_ID}/${meeting}`,
      domain: '8x8.vc',
      moderator: true,
    })
  })

  it('give a member of a running call a token without moderator rights or features, and audit every token', async () => {
    const ack = await sockets.member.emitWithAck('call:token', { room: room.id, displayName: 'Gul Bano' })
    if (!ack.ok) throw new Error(JSON.stringify(ack.error))
    const claims = verify(ack.token)
    expect(claims.context.user).toMatchObject({ name: 'Gul Bano', moderator: 'false' })
    expect(claims.context.features).toMatchObject({ recording: 'false', livestreaming: 'false' })
    const audit = await payload.find({
      collection: 'audit-events',
      where: { and: [{ type: { equals: 'call-token' } }, { subjectId: { equals: String(room.id) } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(audit.docs.map((d) => d.actor)).toEqual(expect.arrayContaining([users.owner.id, users.member.id]))
    // Written by the audit plugin: each event with a request id of its own and the socket's address.
    const ids = audit.docs.map((d) => d.requestId)
    expect(ids.every(Boolean)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    for (const doc of audit.docs) expect(doc.ip).toMatch(/127\.0\.0\.1$/)
  })

  it('refuse a display name that impersonates a host, or breaks the rules', async () => {
    for (const [displayName, reason] of [
      [users.moderator.name, "displayName must not be a host's name"],
      [`  ${users.owner.name.toUpperCase()} (host) `, "displayName must not be a host's name"],
      ['x', 'displayName must have at least 2 characters'],
      ['y'.repeat(61), 'displayName must have at most 60 characters'],
    ]) {
      expect(await sockets.member.emitWithAck('call:token', { room: room.id, displayName })).toEqual({
        ok: false,
        error: { code: 'invalid', message: reason },
      })
    }
  })

  it('explain what is missing when JaaS is not configured', async () => {
    delete process.env.JITSI_PRIVATE_KEY
    delete process.env.JITSI_KEY_ID
    resetConfig()
    expect(await sockets.owner.emitWithAck('call:token', { room: room.id, displayName: 'Owner' })).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: 'Video calls are not set up on this server: set JITSI_KEY_ID, JITSI_PRIVATE_KEY',
      },
    })
  })

  it('stop once a host ends the call; members cannot end it', async () => {
    expect(await sockets.member.emitWithAck('call:end', { room: room.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    const ended = next(sockets.member, 'call:ended')
    expect(await sockets.moderator.emitWithAck('call:end', { room: room.id })).toEqual({ ok: true })
    await ended
    expect(
      await sockets.member.emitWithAck('call:token', { room: room.id, displayName: 'Member' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })
})

describe('call-only invites', () => {
  const startCall = async () => {
    const ack = await sockets.owner.emitWithAck('call:token', {
      room: room.id,
      displayName: users.owner.name,
    })
    if (!ack.ok) throw new Error(JSON.stringify(ack.error))
  }

  it('are created by hosts only and admit a guest to the call, once, without moderator rights', async () => {
    expect(await sockets.member.emitWithAck('call:invite', { room: room.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    const invite = await sockets.moderator.emitWithAck('call:invite', { room: room.id, minutes: 10 })
    if (!invite.ok) throw new Error(JSON.stringify(invite.error))
    expect(new Date(invite.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000)
    // Before the call starts the guest is told to wait, and the invite is not spent.
    await sockets.moderator.emitWithAck('call:end', { room: room.id })
    expect((await guest(invite.token, 'Visiting doctor')).status).toBe(409)
    await startCall()
    const admitted = await guest(invite.token, 'Visiting doctor')
    expect(admitted.status).toBe(200)
    expect(admitted.headers.get('access-control-allow-origin')).toBe(SITE)
    const ticket = (await admitted.json()) as { token: string; moderator: boolean }
    const claims = verify(ticket.token)
    expect(claims.room).toBe(meetingName(payload.secret, room.id))
    expect(claims.context.user).toMatchObject({ name: 'Visiting doctor', moderator: 'false' })
    expect(ticket.moderator).toBe(false)
    const guestAudit = await payload.find({
      collection: 'audit-events',
      where: { and: [{ type: { equals: 'call-token' } }, { actor: { exists: false } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect(guestAudit.docs[0]).toMatchObject({ diff: { guest: { to: 'Visiting doctor' } } })
    expect(guestAudit.docs[0]!.requestId).toBeTruthy()
    expect(guestAudit.docs[0]!.ip).toMatch(/127\.0\.0\.1$/)
    // One-time: the second use is refused.
    const again = await guest(invite.token, 'Visiting doctor')
    expect(again.status).toBe(403)
    expect((await again.json()).error.message).toBe('This invite has already been used')
  })

  it('never open the chat room itself', async () => {
    const invite = await sockets.owner.emitWithAck('call:invite', { room: room.id })
    if (!invite.ok) throw new Error(JSON.stringify(invite.error))
    expect(await sockets.outsider.emitWithAck('invite:accept', { token: invite.token })).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'This invite is for a call only; it does not open the room' },
    })
    expect(await sockets.outsider.emitWithAck('room:join', { room: room.id })).toMatchObject({ ok: false })
  })

  it('are refused when revoked, expired, tampered, or used to pass for a host', async () => {
    await startCall()
    const revoked = await sockets.owner.emitWithAck('call:invite', { room: room.id, oneTime: false })
    if (!revoked.ok) throw new Error(JSON.stringify(revoked.error))
    expect(await sockets.member.emitWithAck('call:revoke', { id: revoked.id })).toMatchObject({ ok: false })
    expect(await sockets.owner.emitWithAck('call:revoke', { id: revoked.id })).toEqual({
      ok: true,
      id: revoked.id,
    })
    expect((await (await guest(revoked.token, 'Guest')).json()).error.message).toBe(
      'This invite has been withdrawn',
    )

    const impersonation = await sockets.owner.emitWithAck('call:invite', { room: room.id })
    if (!impersonation.ok) throw new Error(JSON.stringify(impersonation.error))
    const pretending = await guest(impersonation.token, users.owner.name)
    expect(pretending.status).toBe(400)
    expect((await pretending.json()).error.message).toBe("displayName must not be a host's name")

    const tampered = `${impersonation.token.slice(0, -2)}xx`
    expect((await guest(tampered, 'Guest')).status).toBe(400)

    const expired = await payload.create({
      collection: 'chat-invites',
      data: { room: room.id, kind: 'call', expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const { signInvite } = await import('../../collections/chat/inviteToken')
    const stale = signInvite(payload.secret, { i: expired.id, r: room.id, e: Date.now() - 1000 })
    expect((await (await guest(stale, 'Guest')).json()).error.message).toBe('This invite has expired')
    expect((await fetch(`${server.url}/calls/guest`, { method: 'POST', body: 'not json' })).status).toBe(400)
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404)
  })
})
