import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { applySignal } from '../../realtime/features/signals'
import { listenForSignals, type SignalListener } from '../../realtime/signals'
import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'
import { type Client, next, silent, startRealtime, generousLimiters } from './server'
import { testDatabaseUrl } from '../helpers/database'

let payload: Payload
let server: Awaited<ReturnType<typeof startRealtime>>
let signals: SignalListener
let users: Record<'member' | 'moderator' | 'other' | 'owner', any>
let room: { id: number }
let sockets: Record<'member' | 'moderator' | 'other' | 'owner', Client>

const memberships = new Map<number, number>()

beforeAll(async () => {
  payload = await getTestPayload()
  const [owner, moderator, member, other] = await Promise.all(
    ['owner', 'moderator', 'member', 'other'].map((name) => createUser(payload, ['member'], name)),
  )
  users = { owner, moderator, member, other }
  room = await payload.create({
    collection: 'chat-rooms',
    data: { name: `Moderated ${unique()}`, visibility: 'members-only' },
    user: owner,
    overrideAccess: false,
  })
  for (const [user, role] of [
    [moderator, 'moderator'],
    [member, 'member'],
    [other, 'member'],
  ] as const) {
    const membership = await payload.create({
      collection: 'chat-members',
      data: { room: room.id, user: user.id, role },
      overrideAccess: true,
    })
    memberships.set(user.id, membership.id)
  }
  server = await startRealtime(payload, { limiters: generousLimiters() })
  // The CMS's signals, as realtime/index.ts wires them.
  signals = await listenForSignals(testDatabaseUrl(), {
    onSignal: (signal) => applySignal({ io: server.io, payload }, signal),
    onResync: () => undefined,
    log: () => undefined,
  })
  sockets = {} as typeof sockets
  for (const name of ['owner', 'moderator', 'member', 'other'] as const) {
    sockets[name] = await server.as(users[name])
    const joined = await sockets[name].emitWithAck('room:join', { room: room.id })
    if (!joined.ok) throw new Error(JSON.stringify(joined.error))
  }
})

afterAll(async () => {
  await signals?.close()
  await server?.close()
})

const send = async (socket: Client, text: string) => {
  const ack = await socket.emitWithAck('message:send', { room: room.id, text })
  if (!ack.ok) throw new Error(JSON.stringify(ack.error))
  return ack.id
}

describe('moderation over Socket.IO', () => {
  it('lets moderators pin and unpin, and refuses members', async () => {
    const id = await send(sockets.member, `pin me ${unique()}`)
    expect(await sockets.member.emitWithAck('message:pin', { id, pinned: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    const seen = next(sockets.other, 'message:updated')
    expect(await sockets.moderator.emitWithAck('message:pin', { id, pinned: true })).toEqual({ ok: true, id })
    // Members see who wrote it, though they may not read each other's accounts.
    expect(await seen).toMatchObject({ id, pinned: true, authorName: users.member.name })
    expect(await sockets.owner.emitWithAck('message:pin', { id, pinned: false })).toEqual({ ok: true, id })
  })

  it('lets moderators hide a message, keeping it for reports, and refuses members', async () => {
    const id = await send(sockets.member, `rude words ${unique()}`)
    expect(await sockets.other.emitWithAck('message:moderate', { id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    const seen = next(sockets.member, 'message:updated')
    expect(await sockets.moderator.emitWithAck('message:moderate', { id })).toEqual({ ok: true, id })
    expect(await seen).toMatchObject({ id, deletedByModerator: true, text: '' })
    const stored = await payload.findByID({ collection: 'chat-messages', id, overrideAccess: true })
    expect(stored.text).toContain('rude words')
  })

  it('lets only owners change roles, never an owner’s', async () => {
    expect(
      await sockets.moderator.emitWithAck('member:role', {
        room: room.id,
        user: users.other.id,
        role: 'moderator',
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const seen = next(sockets.other, 'member:role')
    expect(
      await sockets.owner.emitWithAck('member:role', {
        room: room.id,
        user: users.other.id,
        role: 'moderator',
      }),
    ).toEqual({ ok: true, role: 'moderator' })
    expect(await seen).toEqual({ room: room.id, user: users.other.id, role: 'moderator' })
    // The new moderator can moderate at once.
    const id = await send(sockets.member, `now moderated ${unique()}`)
    expect(await sockets.other.emitWithAck('message:pin', { id, pinned: true })).toEqual({ ok: true, id })
    expect(
      await sockets.owner.emitWithAck('member:role', { room: room.id, user: users.owner.id, role: 'member' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(
      await sockets.owner.emitWithAck('member:role', { room: room.id, user: users.other.id, role: 'member' }),
    ).toEqual({ ok: true, role: 'member' })
  })

  it('takes reports of messages and users and tells the room’s moderators', async () => {
    const id = await send(sockets.other, `spam spam ${unique()}`)
    const toModerator = next(sockets.moderator, 'report:created')
    const toOwner = next(sockets.owner, 'report:created')
    const quiet = silent(sockets.other, 'report:created')
    const ack = await sockets.member.emitWithAck('report:create', {
      room: room.id,
      targetKind: 'message',
      targetId: id,
      type: 'spam',
      reason: 'Selling things',
    })
    if (!ack.ok) throw new Error(JSON.stringify(ack.error))
    expect(await toModerator).toEqual({ id: ack.id, room: room.id, targetKind: 'message', targetId: id })
    await toOwner
    expect(await quiet).toBe(true)
    const report = await payload.findByID({
      collection: 'reports',
      id: ack.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(report).toMatchObject({ reporter: users.member.id, status: 'open', targetId: String(id) })
    // A user of the room can be reported; a message from elsewhere cannot.
    expect(
      await sockets.member.emitWithAck('report:create', {
        room: room.id,
        targetKind: 'user',
        targetId: users.other.id,
        type: 'harassment',
      }),
    ).toMatchObject({ ok: true })
    expect(
      await sockets.member.emitWithAck('report:create', {
        room: room.id,
        targetKind: 'message',
        targetId: 999_999_999,
        type: 'spam',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('changes made in the CMS reach sockets at once', () => {
  const login = async (user: { email: string }) => new ApiClient().login(user.email, PASSWORD)

  it('a mute set in the admin is broadcast to the room', async () => {
    const api = await login(users.owner)
    const seen = next(sockets.member, 'member:muted')
    const until = new Date(Date.now() + 60_000).toISOString()
    const res = await api.patch(`/chat-members/${memberships.get(users.other.id)}`, { mutedUntil: until })
    expect(res.status).toBe(200)
    expect(await seen).toMatchObject({ room: room.id, user: users.other.id })
    await api.patch(`/chat-members/${memberships.get(users.other.id)}`, { mutedUntil: null })
  })

  it('a member removed through REST leaves the room and stops receiving', async () => {
    const victim = await createUser(payload, ['member'], 'removed')
    const membership = await payload.create({
      collection: 'chat-members',
      data: { room: room.id, user: victim.id, role: 'member' },
      overrideAccess: true,
    })
    const socket = await server.as(victim)
    expect((await socket.emitWithAck('room:join', { room: room.id })).ok).toBe(true)
    const removed = next(socket, 'room:removed')
    const api = await login(users.owner)
    expect((await api.delete(`/chat-members/${membership.id}`)).status).toBe(200)
    expect(await removed).toEqual({ room: room.id })
    const quiet = silent(socket, 'message:created')
    await send(sockets.member, `after removal ${unique()}`)
    expect(await quiet).toBe(true)
  })

  it('a logout through REST disconnects the user’s sockets without waiting for an event', async () => {
    const leaving = await createUser(payload, ['member'], 'leaving')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: leaving.email, password: PASSWORD },
    })
    const socket = server.client({ auth: { token } })
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    const started = Date.now()
    const gone = new Promise((resolve) => socket.once('disconnect', resolve))
    expect((await new ApiClient(token).post('/users/logout', {})).status).toBe(200)
    await gone
    // The idle-socket sweep runs every 30 s; the signal is what makes this quick.
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('a message deleted in the admin disappears from the room', async () => {
    const id = await send(sockets.member, `delete me ${unique()}`)
    const seen = next(sockets.other, 'message:deleted')
    const admin = await createUser(payload, ['admin'], 'chat-admin')
    await payload.delete({ collection: 'chat-messages', id, user: admin, overrideAccess: false })
    expect(await seen).toEqual({ id, room: room.id })
  })
})
