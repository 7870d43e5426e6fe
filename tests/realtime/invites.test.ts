import type { Payload } from 'payload'

import { RateLimiterMemory } from 'rate-limiter-flexible'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInvite } from '../../collections/chat/inviteToken'
import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'
import { startRealtime } from './server'

let payload: Payload
let server: Awaited<ReturnType<typeof startRealtime>>
let owner: any
let member: any
let room: any

beforeAll(async () => {
  payload = await getTestPayload()
  ;[owner, member] = await Promise.all([createUser(payload, ['member']), createUser(payload, ['member'])])
  room = await payload.create({
    collection: 'chat-rooms',
    data: { name: `Invites ${unique()}`, visibility: 'members-only' },
    user: owner,
    overrideAccess: false,
  })
  await payload.create({
    collection: 'chat-members',
    data: { room: room.id, user: member.id, role: 'member' },
    overrideAccess: true,
  })
  const limiter = () => new RateLimiterMemory({ points: 10_000, duration: 1 })
  server = await startRealtime(payload, { limiters: { user: limiter(), ip: limiter(), connect: limiter() } })
})

afterAll(async () => {
  await server?.close()
})

const invite = async (oneTime: boolean, forRoom = room, minutes = 60) => {
  const socket = await server.as(owner)
  const ack = await socket.emitWithAck('invite:create', { room: forRoom.id, minutes, oneTime })
  if (!ack.ok) throw new Error(JSON.stringify(ack.error))
  return ack
}

const accept = async (token: string, user?: any) => {
  const socket = await server.as(user ?? (await createUser(payload, ['member'])))
  return socket.emitWithAck('invite:accept', { token })
}

describe('invites', () => {
  it('owners and moderators invite; plain members cannot; the expiry is capped', async () => {
    const socket = await server.as(member)
    expect(await socket.emitWithAck('invite:create', { room: room.id, minutes: 60 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    const long = await invite(false, room, 60 * 24 * 365)
    expect(new Date(long.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + 7 * 24 * 3600_000)
  })

  it('admins set the cap in Settings, and only admins may', async () => {
    const admin = await new ApiClient().login((await createUser(payload, ['admin'])).email, PASSWORD)
    const editor = await new ApiClient().login((await createUser(payload, ['editor'])).email, PASSWORD)
    expect((await editor.post('/globals/settings', { chat: { maxInviteDays: 30 } })).status).toBe(403)
    expect((await admin.post('/globals/settings', { chat: { maxInviteDays: 1 } })).status).toBe(200)
    try {
      const capped = await invite(false, room, 60 * 24 * 5)
      expect(new Date(capped.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + 24 * 3600_000)
      expect(new Date(capped.expiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000)
    } finally {
      await admin.post('/globals/settings', { chat: { maxInviteDays: null } })
    }
    // An invalid cap is refused with the field named.
    const bad = await admin.post('/globals/settings', { chat: { maxInviteDays: 0 } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('chat.maxInviteDays')
  })

  it('a valid invite joins the members-only room; a reusable one works twice', async () => {
    const { token } = await invite(false)
    const guest = await createUser(payload, ['member'])
    expect(await accept(token, guest)).toEqual({ ok: true, room: room.id })
    const socket = await server.as(guest)
    expect(await socket.emitWithAck('room:join', { room: room.id })).toMatchObject({ ok: true })
    expect(await accept(token)).toEqual({ ok: true, room: room.id })
  })

  it('refuses a used one-time invite, an expired, a tampered one and one for a deleted room, each with its reason', async () => {
    const once = await invite(true)
    expect(await accept(once.token)).toMatchObject({ ok: true })
    expect(await accept(once.token)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'This invite has already been used' },
    })

    const row = await payload.create({
      collection: 'chat-invites',
      data: { room: room.id, expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const expired = signInvite(payload.secret, { i: row.id, r: room.id, e: Date.now() - 1000 })
    expect(await accept(expired)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'This invite has expired' },
    })

    const { token } = await invite(false)
    const [body, mac] = token.split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString())
    const forgedBody = Buffer.from(JSON.stringify({ ...claims, e: claims.e + 3600_000 })).toString(
      'base64url',
    )
    for (const tampered of [`${forgedBody}.${mac}`, `${body}.${mac!.slice(0, -2)}`, 'garbage']) {
      expect(await accept(tampered)).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/not valid/) },
      })
    }

    const doomed = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Doomed ${unique()}`, visibility: 'secret' },
      user: owner,
      overrideAccess: false,
    })
    const doomedInvite = await invite(false, doomed)
    await payload.delete({ collection: 'chat-rooms', id: doomed.id, overrideAccess: true })
    expect(await accept(doomedInvite.token)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'The room of this invite no longer exists' },
    })
  })

  it('two people racing for one one-time invite: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const { token } = await invite(true)
      const [a, b] = await Promise.all([createUser(payload, ['member']), createUser(payload, ['member'])])
      const [sa, sb] = await Promise.all([server.as(a), server.as(b)])
      const results = await Promise.all([
        sa.emitWithAck('invite:accept', { token }),
        sb.emitWithAck('invite:accept', { token }),
      ])
      expect(results.filter((r) => r.ok)).toHaveLength(1)
      const { totalDocs } = await payload.count({
        collection: 'chat-members',
        where: { and: [{ room: { equals: room.id } }, { user: { in: [a.id, b.id] } }] },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(1)
    }
  })
})
