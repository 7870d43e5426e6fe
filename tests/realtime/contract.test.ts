import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import type { ChatSocket, Context } from '../../realtime/context'

import { handle } from '../../realtime/context'
import { id } from '../../realtime/schemas'

/**
 * The zod schema of every event is typed against the contract in
 * realtime/events.ts: `npx tsc --noEmit` fails if a line marked
 * `@ts-expect-error` below compiles, i.e. if `handle()` stopped refusing a
 * schema (or a reply) the contract does not describe. Never called: only
 * compiled.
 */
export const contractChecks = (ctx: Context, socket: ChatSocket) => {
  const never = async (): Promise<never> => {
    throw new Error('not called')
  }

  // A schema that matches the contract compiles.
  handle(ctx, socket, 'message:send', z.object({ room: id, text: z.string(), replyTo: id.optional() }), never)

  // @ts-expect-error `room` is a number in the contract, not a string.
  handle(ctx, socket, 'message:send', z.object({ room: z.string(), text: z.string() }), never)

  // @ts-expect-error `text` is required by the contract; a schema without it would let a message through with none.
  handle(ctx, socket, 'message:send', z.object({ room: id }), never)

  const withOwner = z.object({ room: id, user: id, role: z.enum(['member', 'owner']) })
  // @ts-expect-error `owner` is not a role the contract lets a client give.
  handle(ctx, socket, 'member:role', withOwner, never)

  // @ts-expect-error the schema of one event cannot be registered for another.
  handle(ctx, socket, 'call:token', z.object({ id }), never)

  // @ts-expect-error the reply must be the event's acknowledged result (`id` is a number).
  handle(ctx, socket, 'message:edit', z.object({ id, text: z.string() }), async () => ({ id: 'one' }))
}

describe('the event contract', () => {
  it('is enforced by the compiler (this file is type-checked by tsc)', () => {
    expect(typeof contractChecks).toBe('function')
  })
})
