import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInvite } from '../../collections/chat/inviteToken'
import { resetConfig } from '../../utilities/config'
import { createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { type Client, SITE, startRealtime, generousLimiters } from './server'

/**
 * What the sidecar answers to those it refuses: a non-member learns nothing
 * of a room, stored invite records are honoured, and bad input is `invalid`
 * (HTTP 400), never `internal`.
 */

type Name = 'owner' | 'member' | 'outsider'

let payload: Payload
let server: Awaited<ReturnType<typeof startRealtime>>
let users: Record<Name, any>
let sockets: Record<Name, Client>
let rooms: Record<'secret' | 'public', { id: number }>

const JITSI_NAMES = ['JITSI_APP_ID', 'JITSI_KEY_ID', 'JITSI_PRIVATE_KEY', 'JITSI_APP_SECRET'] as const
const savedJitsi = Object.fromEntries(JITSI_NAMES.map((name) => [name, process.env[name]]))

beforeAll(async () => {
  // Calls unconfigured, so a refusal could tell which variables are missing.
  for (const name of JITSI_NAMES) delete process.env[name]
  resetConfig()
  payload = await getTestPayload()
  const [owner, member, outsider] = await Promise.all(
    (['owner', 'member', 'outsider'] as const).map((name) => createUser(payload, ['member'], name)),
  )
  users = { owner, member, outsider }
  const room = (visibility: 'public' | 'secret') =>
    payload.create({
      collection: 'chat-rooms',
      data: { name: `Refusals ${visibility} ${unique()}`, visibility },
      user: owner,
      overrideAccess: false,
    })
  rooms = { secret: await room('secret'), public: await room('public') }
  for (const r of Object.values(rooms)) {
    await payload.create({
      collection: 'chat-members',
      data: { room: r.id, user: member.id, role: 'member' },
      overrideAccess: true,
    })
  }
  server = await startRealtime(payload, { limiters: generousLimiters() })
  sockets = {} as typeof sockets
  for (const name of ['owner', 'member', 'outsider'] as const) sockets[name] = await server.as(users[name])
})

afterAll(async () => {
  for (const [name, value] of Object.entries(savedJitsi)) if (value !== undefined) process.env[name] = value
  resetConfig()
  await server?.close()
})

describe('a non-member', () => {
  /** The same event about a secret room, a public room the outsider is not in, and no room at all. */
  const askAbout = async (ask: (room: number) => Promise<unknown>) => ({
    secret: await ask(rooms.secret.id),
    public: await ask(rooms.public.id),
    missing: await ask(2_000_000_000),
  })

  const expectOneAnswer = (answers: Record<string, unknown>) => {
    expect(answers.secret).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'You are not a member of this room' },
    })
    expect(answers.public).toEqual(answers.secret)
    expect(answers.missing).toEqual(answers.secret)
  }

  it('learns nothing from member:mute: not whether the room exists, nor who is in it', async () => {
    for (const target of [users.member.id, users.owner.id, users.outsider.id]) {
      expectOneAnswer(
        await askAbout((room) =>
          sockets.outsider.emitWithAck('member:mute', { room, user: target, minutes: 5 }),
        ),
      )
    }
  })

  it('learns nothing from member:role, not even who owns the room', async () => {
    for (const target of [users.member.id, users.owner.id, users.outsider.id]) {
      expectOneAnswer(
        await askAbout((room) =>
          sockets.outsider.emitWithAck('member:role', { room, user: target, role: 'moderator' }),
        ),
      )
    }
  })

  it('learns nothing from member:remove', async () => {
    for (const target of [users.member.id, users.owner.id]) {
      expectOneAnswer(
        await askAbout((room) => sockets.outsider.emitWithAck('member:remove', { room, user: target })),
      )
    }
  })

  it('learns nothing from call:token, not even which JaaS variables are missing; a member does', async () => {
    expectOneAnswer(
      await askAbout((room) => sockets.outsider.emitWithAck('call:token', { room, displayName: 'Visitor' })),
    )
    expect(
      await sockets.member.emitWithAck('call:token', { room: rooms.secret.id, displayName: 'Member' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'Video calls are not set up on this server: set JITSI_APP_ID, JITSI_KEY_ID, JITSI_PRIVATE_KEY',
      },
    })
  })

  it('a member still mutes nobody without the right, and is told who is not in the room', async () => {
    expect(
      await sockets.member.emitWithAck('member:mute', {
        room: rooms.secret.id,
        user: users.owner.id,
        minutes: 5,
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(
      await sockets.member.emitWithAck('member:mute', {
        room: rooms.secret.id,
        user: users.outsider.id,
        minutes: 5,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('invite:accept', () => {
  const invite = async () => {
    const ack = await sockets.owner.emitWithAck('invite:create', { room: rooms.secret.id, minutes: 60 })
    if (!ack.ok) throw new Error(JSON.stringify(ack.error))
    const { docs } = await payload.find({
      collection: 'chat-invites',
      where: { room: { equals: rooms.secret.id } },
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    return { token: ack.token, id: docs[0]!.id }
  }

  it('honours an expiry shortened in the record, though the signed one is still ahead', async () => {
    const { token, id } = await invite()
    await payload.update({
      collection: 'chat-invites',
      id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(await sockets.outsider.emitWithAck('invite:accept', { token })).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'This invite has expired' },
    })
  })

  it('honours a revoked record', async () => {
    const { token, id } = await invite()
    await payload.update({ collection: 'chat-invites', id, data: { revoked: true }, overrideAccess: true })
    expect(await sockets.outsider.emitWithAck('invite:accept', { token })).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'This invite has been withdrawn' },
    })
    const { totalDocs } = await payload.count({
      collection: 'chat-members',
      where: { and: [{ room: { equals: rooms.secret.id } }, { user: { equals: users.outsider.id } }] },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('honours a one-time record revoked or shortened after the link was signed', async () => {
    for (const change of [{ revoked: true }, { expiresAt: new Date(Date.now() - 1000).toISOString() }]) {
      const row = await payload.create({
        collection: 'chat-invites',
        data: {
          room: rooms.secret.id,
          oneTime: true,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
        overrideAccess: true,
      })
      const token = signInvite(payload.secret, { i: row.id, r: rooms.secret.id, e: Date.now() + 3_600_000 })
      await payload.update({ collection: 'chat-invites', id: row.id, data: change, overrideAccess: true })
      expect(await sockets.outsider.emitWithAck('invite:accept', { token })).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      })
    }
  })
})

describe('bad input', () => {
  it('POST /calls/guest with a JSON body that is not an object answers 400, not 500', async () => {
    for (const body of ['null', '[]', '"invite"', '42', 'true']) {
      const res = await fetch(`${server.url}/calls/guest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: SITE },
        body,
      })
      expect(res.status, body).toBe(400)
      expect((await res.json()).error.message).toMatch(/JSON object/)
    }
  })

  it('a NUL character in a message is invalid, not internal', async () => {
    const joined = await sockets.member.emitWithAck('room:join', { room: rooms.secret.id })
    expect(joined.ok).toBe(true)
    for (const text of ['a\u0000b', '\u0000']) {
      expect(await sockets.member.emitWithAck('message:send', { room: rooms.secret.id, text })).toMatchObject(
        { ok: false, error: { code: 'invalid', message: expect.stringMatching(/^text: .*NUL/) } },
      )
    }
    const sent = await sockets.member.emitWithAck('message:send', { room: rooms.secret.id, text: 'fine' })
    if (!sent.ok) throw new Error(JSON.stringify(sent.error))
    expect(
      await sockets.member.emitWithAck('message:edit', { id: sent.id, text: 'still\u0000bad' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('an id out of range is invalid, not internal, on every kind of event', async () => {
    for (const bad of [Number('99999999999999999999'), 2_147_483_648, 1.5, -1, 0]) {
      const acks = await Promise.all([
        sockets.member.emitWithAck('room:join', { room: bad }),
        sockets.member.emitWithAck('message:send', { room: rooms.secret.id, text: 'x', replyTo: bad }),
        sockets.member.emitWithAck('message:edit', { id: bad, text: 'x' }),
        sockets.member.emitWithAck('message:delete', { id: bad }),
        sockets.member.emitWithAck('member:mute', { room: rooms.secret.id, user: bad, minutes: 1 }),
        sockets.member.emitWithAck('member:role', { room: bad, user: users.member.id, role: 'member' }),
        sockets.member.emitWithAck('report:create', {
          room: rooms.secret.id,
          targetKind: 'user',
          targetId: bad,
          type: 'spam',
        }),
        sockets.member.emitWithAck('call:token', { room: bad, displayName: 'Member' }),
        sockets.member.emitWithAck('call:revoke', { id: bad }),
      ])
      for (const ack of acks)
        expect(ack, String(bad)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    }
  })
})
