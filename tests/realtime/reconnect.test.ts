import type { Payload } from 'payload'

import { RateLimiterMemory } from 'rate-limiter-flexible'
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { next, startRealtime } from './server'

let payload: Payload

const limiters = () => {
  const limiter = () => new RateLimiterMemory({ points: 10_000, duration: 1 })
  return { user: limiter(), ip: limiter(), connect: limiter() }
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('reconnect', () => {
  it('a client back after a gap and a realtime restart gets what it missed, in order', async () => {
    const [alice, bilal] = await Promise.all([
      createUser(payload, ['member']),
      createUser(payload, ['member']),
    ])
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Reconnect ${unique()}`, visibility: 'public' },
      user: alice,
      overrideAccess: false,
    })

    const first = await startRealtime(payload, { limiters: limiters() })
    const sender = await first.as(alice)
    const reader = await first.as(bilal)
    await sender.emitWithAck('room:join', { room: room.id })
    await reader.emitWithAck('room:join', { room: room.id })
    const seen = next(reader, 'message:created')
    await sender.emitWithAck('message:send', { room: room.id, text: 'before the gap' })
    const lastSeen = (await seen).id
    reader.disconnect()

    const missed: number[] = []
    for (const text of ['one', 'two']) {
      const ack = await sender.emitWithAck('message:send', { room: room.id, text })
      if (ack.ok) missed.push(ack.id)
    }
    await first.close()

    // A new process; meanwhile another node stored a message too.
    const second = await startRealtime(payload, { limiters: limiters() })
    try {
      const other = await payload.create({
        collection: 'chat-messages',
        data: { room: room.id, text: 'three' },
        user: alice,
        overrideAccess: false,
      })
      missed.push(other.id)
      const back = await second.as(bilal)
      const caughtUp = await back.emitWithAck('room:join', { room: room.id, after: lastSeen })
      if (!caughtUp.ok) throw new Error(JSON.stringify(caughtUp.error))
      expect(caughtUp.messages.map((m) => m.id)).toEqual(missed)
      expect(caughtUp.messages.map((m) => m.text)).toEqual(['one', 'two', 'three'])
      expect(caughtUp.hasMore).toBe(false)
    } finally {
      await second.close()
    }
  })
})
