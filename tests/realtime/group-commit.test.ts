import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { type Client, connected, next, startRealtime, generousLimiters } from './server'

/**
 * message:send stores messages in group commits (realtime/writer.ts): one
 * statement per batch that checks each row's session, membership, mute and
 * reply against the database as it is, with no cache between. These tests
 * change that state straight in the tables, as another node or a script
 * would, with no signal to tell the sidecar, and expect the very next send
 * to see it.
 */

let payload: Payload
let server: Awaited<ReturnType<typeof startRealtime>>
let users: Record<'a' | 'b' | 'c' | 'd', any>
let room: { id: number }
let otherRoom: { id: number }
let sockets: Record<'a' | 'b' | 'c' | 'd', Client>
const memberships = new Map<number, number>()

const sql = (text: string, values: unknown[] = []) => payload.db.pool.query(text, values)

beforeAll(async () => {
  payload = await getTestPayload()
  const [a, b, c, d] = await Promise.all(['a', 'b', 'c', 'd'].map((n) => createUser(payload, ['member'], n)))
  users = { a, b, c, d }
  room = await payload.create({
    collection: 'chat-rooms',
    data: { name: `Group commit ${unique()}`, visibility: 'secret' },
    user: a,
    overrideAccess: false,
  })
  otherRoom = await payload.create({
    collection: 'chat-rooms',
    data: { name: `Group commit other ${unique()}`, visibility: 'secret' },
    user: a,
    overrideAccess: false,
  })
  for (const user of [b, c, d]) {
    const m = await payload.create({
      collection: 'chat-members',
      data: { room: room.id, user: user.id, role: 'member' },
      overrideAccess: true,
    })
    memberships.set(user.id, m.id)
  }
  server = await startRealtime(payload, { limiters: generousLimiters(), writer: { windowMs: 20 } })
  sockets = {} as typeof sockets
  for (const name of ['a', 'b', 'c', 'd'] as const) {
    sockets[name] = await server.as(users[name])
    const joined = await sockets[name].emitWithAck('room:join', { room: room.id })
    if (!joined.ok) throw new Error(JSON.stringify(joined.error))
  }
})

afterAll(async () => {
  await server?.close()
})

describe('group commit', () => {
  it('stores a burst from many sockets, acknowledging each only once its row exists', async () => {
    const tag = unique()
    const seen: number[] = []
    sockets.a.on('message:created', (m) => seen.push(m.id))
    const acks = await Promise.all(
      (['b', 'c', 'd'] as const).flatMap((name) =>
        Array.from({ length: 20 }, async (_, i) => {
          const ack = await sockets[name].emitWithAck('message:send', { room: room.id, text: `${tag} ${i}` })
          if (!ack.ok) throw new Error(JSON.stringify(ack.error))
          // Acknowledged: the row is there for anyone to read, with what the ack says.
          const { rows } = await sql('select text, author_id, room_id from chat_messages where id = $1', [
            ack.id,
          ])
          expect(rows).toEqual([{ text: `${tag} ${i}`, author_id: users[name].id, room_id: room.id }])
          return ack
        }),
      ),
    )
    expect(new Set(acks.map((a) => a.id)).size).toBe(60)
    const { rows } = await sql('select count(*)::int as n from chat_messages where text like $1', [
      `${tag} %`,
    ])
    expect(rows[0].n).toBe(60)
    // What was delivered is what was stored, as history presents it.
    const joined = await sockets.a.emitWithAck('room:join', { room: room.id, limit: 1 })
    if (!joined.ok) throw new Error(JSON.stringify(joined.error))
    const last = acks.find((a) => a.id === joined.messages[0]!.id)!
    expect(joined.messages[0]).toEqual(last.message)
    await new Promise((resolve) => setTimeout(resolve, 200))
    sockets.a.off('message:created')
    expect(new Set(seen)).toEqual(new Set(acks.map((a) => a.id)))
  })

  it('refuses one row of a batch for its own reason and stores the others', async () => {
    const until = new Date(Date.now() + 60_000)
    await sql('update chat_members set muted_until = $1 where id = $2', [until, memberships.get(users.c.id)])
    try {
      const [fromB, fromC, fromD] = await Promise.all(
        (['b', 'c', 'd'] as const).map((name) =>
          sockets[name].emitWithAck('message:send', { room: room.id, text: `batch ${name}` }),
        ),
      )
      expect(fromB).toMatchObject({ ok: true })
      expect(fromD).toMatchObject({ ok: true })
      expect(fromC).toEqual({
        ok: false,
        error: { code: 'muted', message: `You are muted until ${until.toISOString()}` },
      })
    } finally {
      await sql('update chat_members set muted_until = null where id = $1', [memberships.get(users.c.id)])
    }
    expect(await sockets.c.emitWithAck('message:send', { room: room.id, text: 'unmuted' })).toMatchObject({
      ok: true,
    })
  })

  it('sees a membership deleted without a signal on the very next send', async () => {
    const victim = await createUser(payload, ['member'], 'unsignalled')
    const m = await payload.create({
      collection: 'chat-members',
      data: { room: room.id, user: victim.id, role: 'member' },
      overrideAccess: true,
    })
    const socket = await server.as(victim)
    expect((await socket.emitWithAck('room:join', { room: room.id })).ok).toBe(true)
    expect(await socket.emitWithAck('message:send', { room: room.id, text: 'in' })).toMatchObject({
      ok: true,
    })
    await sql('delete from chat_members where id = $1', [m.id])
    expect(await socket.emitWithAck('message:send', { room: room.id, text: 'out' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'You are not a member of this room' },
    })
  })

  it('sees a session ended in the table (the admin’s “End”) on the very next send', async () => {
    const user = await createUser(payload, ['member'], 'ended')
    await payload.create({
      collection: 'chat-members',
      data: { room: room.id, user: user.id, role: 'member' },
      overrideAccess: true,
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: PASSWORD },
    })
    const socket = server.client({ auth: { token } })
    await connected(socket)
    expect((await socket.emitWithAck('room:join', { room: room.id })).ok).toBe(true)
    await sql('delete from users_sessions where _parent_id = $1', [user.id])
    const gone = new Promise((resolve) => socket.once('disconnect', resolve))
    expect(await socket.emitWithAck('message:send', { room: room.id, text: 'still me?' })).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Your session has ended; sign in again' },
    })
    await gone
  })

  it('refuses a reply to another room’s message, and to none, and keeps a good reply', async () => {
    const elsewhere = await payload.create({
      collection: 'chat-messages',
      data: { room: otherRoom.id, text: 'elsewhere' },
      user: users.a,
      overrideAccess: false,
    })
    for (const replyTo of [elsewhere.id, 2_000_000_000]) {
      expect(await sockets.b.emitWithAck('message:send', { room: room.id, text: 'reply', replyTo })).toEqual({
        ok: false,
        error: { code: 'invalid', message: 'replyTo: no such message in this room' },
      })
    }
    const parent = await sockets.b.emitWithAck('message:send', { room: room.id, text: 'parent' })
    if (!parent.ok) throw new Error(JSON.stringify(parent.error))
    const arriving = next(sockets.c, 'message:created')
    const reply = await sockets.d.emitWithAck('message:send', {
      room: room.id,
      text: 'reply',
      replyTo: parent.id,
    })
    expect(reply).toMatchObject({ ok: true, message: { replyTo: parent.id, author: users.d.id } })
    expect(await arriving).toMatchObject({ replyTo: parent.id })
  })
})
