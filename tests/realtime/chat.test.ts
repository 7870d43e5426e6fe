import type { Payload } from 'payload'

import { RateLimiterMemory } from 'rate-limiter-flexible'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'
import {
  type Client,
  connected,
  connectError,
  next,
  silent,
  SITE,
  startRealtime,
  generousLimiters,
} from './server'

let payload: Payload
let server: Awaited<ReturnType<typeof startRealtime>>
let users: Record<'member' | 'moderator' | 'other' | 'outsider' | 'owner', any>
let rooms: Record<'membersOnly' | 'public' | 'secret', any>

beforeAll(async () => {
  payload = await getTestPayload()
  const [owner, moderator, member, other, outsider] = await Promise.all(
    ['owner', 'moderator', 'member', 'other', 'outsider'].map((name) =>
      createUser(payload, ['member'], name),
    ),
  )
  users = { owner, moderator, member, other, outsider }
  const room = async (visibility: 'members-only' | 'public' | 'secret') => {
    const doc = await payload.create({
      collection: 'chat-rooms',
      data: { name: `RT ${visibility} ${unique()}`, visibility },
      user: owner,
      overrideAccess: false,
    })
    for (const [user, role] of [
      [moderator, 'moderator'],
      [member, 'member'],
      [other, 'member'],
    ] as const) {
      await payload.create({
        collection: 'chat-members',
        data: { room: doc.id, user: user.id, role },
        overrideAccess: true,
      })
    }
    return doc
  }
  rooms = {
    public: await room('public'),
    membersOnly: await room('members-only'),
    secret: await room('secret'),
  }
  server = await startRealtime(payload, { limiters: generousLimiters() })
})

afterAll(async () => {
  await server?.close()
})

const joined = async (user: any, room: any) => {
  const socket = await server.as(user)
  const ack = await socket.emitWithAck('room:join', { room: room.id })
  expect(ack.ok).toBe(true)
  return socket
}

describe('handshake', () => {
  it('refuses a connection without a token', async () => {
    const error = await connectError(server.client())
    expect(error.message).toBe('Not signed in')
  })

  it('refuses a bad or tampered token', async () => {
    expect((await connectError(server.client({ auth: { token: 'not-a-jwt' } }))).message).toBe(
      'Session expired or invalid',
    )
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users.member.email, password: PASSWORD },
    })
    const [head, body] = token!.split('.')
    const forged = `${head}.${body}.${'A'.repeat(43)}`
    expect((await connectError(server.client({ auth: { token: forged } }))).message).toBe(
      'Session expired or invalid',
    )
  })

  it('accepts the payload-token cookie and checks the Origin', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users.member.email, password: PASSWORD },
    })
    const ok = server.client({ extraHeaders: { cookie: `payload-token=${token}`, origin: SITE } })
    await new Promise<void>((resolve, reject) => {
      ok.once('connect', () => resolve())
      ok.once('connect_error', reject)
    })
    const evil = server.client({
      extraHeaders: { cookie: `payload-token=${token}`, origin: 'https://evil.example' },
    })
    await connectError(evil)
  })
})

describe('session', () => {
  const signIn = async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users.other.email, password: PASSWORD },
    })
    return token!
  }

  it('a revoked session is refused on its next event and disconnected', async () => {
    const token = await signIn()
    const socket = server.client({ auth: { token } })
    await connected(socket)
    expect(await socket.emitWithAck('room:join', { room: rooms.public.id })).toMatchObject({ ok: true })
    expect((await new ApiClient(token).post('/users/logout', {})).status).toBe(200)
    const gone = new Promise((resolve) => socket.once('disconnect', resolve))
    expect(await socket.emitWithAck('message:send', { room: rooms.public.id, text: 'still me?' })).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Your session has ended; sign in again' },
    })
    await gone
  })

  it('a socket that only listens is disconnected by the session sweep', async () => {
    const swept = await startRealtime(payload, { limiters: generousLimiters(), sessionSweepMs: 100 })
    try {
      const token = await signIn()
      const socket = swept.client({ auth: { token } })
      await connected(socket)
      const gone = new Promise((resolve) => socket.once('disconnect', resolve))
      await new ApiClient(token).post('/users/logout', {})
      await gone
    } finally {
      await swept.close()
    }
  })
})

describe('rooms', () => {
  it('a non-member cannot see a secret or members-only room; anyone joins a public one', async () => {
    const socket = await server.as(users.outsider)
    expect(await socket.emitWithAck('room:join', { room: rooms.secret.id })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No such room' },
    })
    expect(await socket.emitWithAck('room:join', { room: rooms.membersOnly.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(await socket.emitWithAck('message:send', { room: rooms.secret.id, text: 'hi' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await socket.emitWithAck('room:join', { room: rooms.public.id })).toMatchObject({ ok: true })
  })

  it('loads recent history with pagination, and what was missed after a given id, in order', async () => {
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `History ${unique()}`, visibility: 'secret' },
      user: users.owner,
      overrideAccess: false,
    })
    const ids: number[] = []
    for (let i = 0; i < 5; i++) {
      const doc = await payload.create({
        collection: 'chat-messages',
        data: { room: room.id, text: `m${i}` },
        user: users.owner,
        overrideAccess: false,
      })
      ids.push(doc.id)
    }
    const socket = await server.as(users.owner)
    const recent = await socket.emitWithAck('room:join', { room: room.id, limit: 2 })
    expect(recent).toMatchObject({ ok: true, hasMore: true })
    if (!recent.ok) throw new Error('join failed')
    expect(recent.messages.map((m) => m.text)).toEqual(['m3', 'm4'])
    const older = await socket.emitWithAck('room:join', { room: room.id, before: ids[3], limit: 10 })
    expect(older.ok && older.messages.map((m) => m.text)).toEqual(['m0', 'm1', 'm2'])
    expect(older.ok && older.hasMore).toBe(false)
    const missed = await socket.emitWithAck('room:join', { room: room.id, after: ids[1] })
    expect(missed.ok && missed.messages.map((m) => m.id)).toEqual(ids.slice(2))
  })
})

describe('messages', () => {
  it('round trip: stored as the user, ack carries the id, broadcast to the room only', async () => {
    const sender = await joined(users.member, rooms.secret)
    const receiver = await joined(users.other, rooms.secret)
    const elsewhere = await joined(users.moderator, rooms.public)
    const arriving = next(receiver, 'message:created')
    const quiet = silent(elsewhere, 'message:created')
    const ack = await sender.emitWithAck('message:send', { room: rooms.secret.id, text: '  salaam  ' })
    if (!ack.ok) throw new Error(JSON.stringify(ack.error))
    const received = await arriving
    expect(received).toMatchObject({
      id: ack.id,
      text: 'salaam',
      author: users.member.id,
      room: rooms.secret.id,
    })
    expect(await quiet).toBe(true)
    const stored = await payload.findByID({
      collection: 'chat-messages',
      id: ack.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ text: 'salaam', author: users.member.id })
  })

  it('edit and delete: own messages only, broadcast to the room', async () => {
    const author = await joined(users.member, rooms.secret)
    const watcher = await joined(users.other, rooms.secret)
    const sent = await author.emitWithAck('message:send', { room: rooms.secret.id, text: 'tpyo' })
    if (!sent.ok) throw new Error('send failed')
    expect(await watcher.emitWithAck('message:edit', { id: sent.id, text: 'hijack' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    const updated = next(watcher, 'message:updated')
    expect(await author.emitWithAck('message:edit', { id: sent.id, text: 'typo' })).toEqual({
      ok: true,
      id: sent.id,
    })
    expect(await updated).toMatchObject({ id: sent.id, text: 'typo', edited: true })
    const deleted = next(watcher, 'message:deleted')
    expect(await author.emitWithAck('message:delete', { id: sent.id })).toEqual({ ok: true, id: sent.id })
    expect(await deleted).toEqual({ id: sent.id, room: rooms.secret.id })
  })

  it('malformed payloads get an error ack and the server keeps running', async () => {
    const socket = await joined(users.member, rooms.secret)
    const bad: unknown[] = [
      null,
      'text',
      42,
      [],
      { room: 'one', text: 'x' },
      { room: rooms.secret.id },
      { room: rooms.secret.id, text: '' },
      { room: rooms.secret.id, text: 'x'.repeat(2001) },
      { room: rooms.secret.id, text: 'x', author: users.other.id },
      { room: -1, text: 'x' },
    ]
    for (const payload of bad) {
      const ack = await (socket.emitWithAck as (...args: unknown[]) => Promise<any>)('message:send', payload)
      expect(ack).toMatchObject({ ok: false, error: { code: 'invalid' } })
      expect(ack.error.message).not.toMatch(/stack|at .*\.ts/)
    }
    // No acknowledgement callback, an unknown event, and a raw garbage packet.
    ;(socket.emit as (...args: unknown[]) => void)('message:send', { room: rooms.secret.id, text: 'no ack' })
    ;(socket.emit as (...args: unknown[]) => void)('nonsense:event', { x: 1 })
    const raw = await server.as(users.member)
    ;(raw.io.engine as unknown as { write: (data: string) => void }).write('42["message:send",{')
    // A packet over the size limit closes only that connection.
    const big = await server.as(users.member)
    const closed = new Promise((resolve) => big.once('disconnect', resolve))
    big.emit('message:send', { room: rooms.secret.id, text: 'x'.repeat(50_000) }, () => {})
    await closed

    const fresh = await joined(users.other, rooms.secret)
    expect(
      await fresh.emitWithAck('message:send', { room: rooms.secret.id, text: 'still here' }),
    ).toMatchObject({
      ok: true,
    })
    expect(await socket.emitWithAck('message:send', { room: rooms.secret.id, text: 'me too' })).toMatchObject(
      {
        ok: true,
      },
    )
  })
})

describe('moderation', () => {
  it('a moderator mutes a member; the mute refuses sends and lifts itself', async () => {
    const member = await joined(users.other, rooms.public)
    const moderator = await joined(users.moderator, rooms.public)
    expect(
      await member.emitWithAck('member:mute', {
        room: rooms.public.id,
        user: users.moderator.id,
        minutes: 5,
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const notice = next(member, 'member:muted')
    const muted = await moderator.emitWithAck('member:mute', {
      room: rooms.public.id,
      user: users.other.id,
      minutes: 5,
    })
    expect(muted).toMatchObject({ ok: true })
    expect(await notice).toMatchObject({ room: rooms.public.id, user: users.other.id })
    const refused = await member.emitWithAck('message:send', { room: rooms.public.id, text: 'let me speak' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'muted' } })

    // Time passes: the stored mute is in the past, and sending works without anyone lifting it.
    const { docs } = await payload.find({
      collection: 'chat-members',
      where: { and: [{ room: { equals: rooms.public.id } }, { user: { equals: users.other.id } }] },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'chat-members',
      id: docs[0]!.id,
      data: { mutedUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(
      await member.emitWithAck('message:send', { room: rooms.public.id, text: 'free again' }),
    ).toMatchObject({
      ok: true,
    })
  })

  it('removing a member takes them out of the room at once', async () => {
    const victim = await createUser(payload, ['member'])
    await payload.create({
      collection: 'chat-members',
      data: { room: rooms.secret.id, user: victim.id, role: 'member' },
      overrideAccess: true,
    })
    const removed = await joined(victim, rooms.secret)
    const owner = await joined(users.owner, rooms.secret)
    const moderator = await joined(users.moderator, rooms.secret)
    expect(
      await moderator.emitWithAck('member:remove', { room: rooms.secret.id, user: users.owner.id }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const notice = next(removed, 'room:removed')
    expect(await moderator.emitWithAck('member:remove', { room: rooms.secret.id, user: victim.id })).toEqual({
      ok: true,
    })
    expect(await notice).toEqual({ room: rooms.secret.id })
    const quiet = silent(removed, 'message:created')
    await owner.emitWithAck('message:send', { room: rooms.secret.id, text: 'after removal' })
    expect(await quiet).toBe(true)
    expect(await removed.emitWithAck('message:send', { room: rooms.secret.id, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await removed.emitWithAck('room:join', { room: rooms.secret.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })
})

describe('rate limits', () => {
  it('flooding gets an error ack with a clear message, and the server keeps serving', async () => {
    const tight = await startRealtime(payload, {
      limiters: { ...generousLimiters(), user: new RateLimiterMemory({ points: 5, duration: 60 }) },
    })
    try {
      const socket: Client = await tight.as(users.member)
      await socket.emitWithAck('room:join', { room: rooms.secret.id })
      const acks = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          socket.emitWithAck('message:send', { room: rooms.secret.id, text: `flood ${i}` }),
        ),
      )
      expect(acks.filter((a) => a.ok)).toHaveLength(4)
      const refused = acks.filter((a) => !a.ok)
      expect(refused).toHaveLength(6)
      expect(refused[0]).toMatchObject({
        error: { code: 'rate_limited', message: expect.stringMatching(/Too many requests: wait \d+ s/) },
      })
      const someoneElse = await tight.as(users.other)
      expect(await someoneElse.emitWithAck('room:join', { room: rooms.secret.id })).toMatchObject({
        ok: true,
      })
    } finally {
      await tight.close()
    }
  })
})
