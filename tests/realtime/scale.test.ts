import type { Payload } from 'payload'

import { createAdapter } from '@socket.io/redis-adapter'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { next, silent, startRealtime } from './server'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

let payload: Payload
const redisClients: { quit: () => Promise<unknown> }[] = []
const nodes: Awaited<ReturnType<typeof startRealtime>>[] = []
let users: Record<'member' | 'moderator' | 'owner', any>
let room: any

/** A realtime node on the shared Redis, under a key prefix of this run only. */
const startNode = async (key: string) => {
  const pub = createClient({ url: REDIS_URL })
  const sub = pub.duplicate()
  redisClients.push(pub, sub)
  await Promise.all([pub.connect(), sub.connect()])
  const limiter = () => new RateLimiterMemory({ points: 10_000, duration: 1 })
  const node = await startRealtime(payload, {
    server: { adapter: createAdapter(pub, sub, { key }) },
    limiters: { user: limiter(), ip: limiter(), connect: limiter() },
  })
  nodes.push(node)
  return node
}

beforeAll(async () => {
  payload = await getTestPayload()
  const [owner, moderator, member] = await Promise.all(
    ['owner', 'moderator', 'member'].map((name) => createUser(payload, ['member'], name)),
  )
  users = { owner, moderator, member }
  room = await payload.create({
    collection: 'chat-rooms',
    data: { name: `Scale ${unique()}`, visibility: 'secret' },
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
})

afterAll(async () => {
  for (const node of nodes) await node.close()
  await Promise.allSettled(redisClients.map((c) => c.quit()))
})

describe('two realtime nodes on Redis', () => {
  it('a message sent on one node reaches clients on the other; mutes and removals cross too', async () => {
    const key = `hujra-test-${unique()}`
    const [a, b] = [await startNode(key), await startNode(key)]

    const join = async (node: typeof a, user: any) => {
      const socket = await node.as(user)
      expect(await socket.emitWithAck('room:join', { room: room.id })).toMatchObject({ ok: true })
      return socket
    }
    const owner = await join(a, users.owner)
    const moderator = await join(a, users.moderator)
    const member = await join(b, users.member)

    const arriving = next(member, 'message:created')
    const sent = await owner.emitWithAck('message:send', { room: room.id, text: 'across nodes' })
    if (!sent.ok) throw new Error(JSON.stringify(sent.error))
    expect(await arriving).toMatchObject({ id: sent.id, text: 'across nodes' })

    // A mute given on node A holds on node B.
    const notice = next(member, 'member:muted')
    expect(
      await moderator.emitWithAck('member:mute', { room: room.id, user: users.member.id, minutes: 10 }),
    ).toMatchObject({ ok: true })
    expect(await notice).toMatchObject({ user: users.member.id })
    expect(await member.emitWithAck('message:send', { room: room.id, text: 'muted?' })).toMatchObject({
      ok: false,
      error: { code: 'muted' },
    })

    // A removal on node A takes the member's socket on node B out of the room.
    const removed = next(member, 'room:removed')
    expect(await moderator.emitWithAck('member:remove', { room: room.id, user: users.member.id })).toEqual({
      ok: true,
    })
    expect(await removed).toEqual({ room: room.id })
    const quiet = silent(member, 'message:created')
    await owner.emitWithAck('message:send', { room: room.id, text: 'after removal' })
    expect(await quiet).toBe(true)
  })
})
