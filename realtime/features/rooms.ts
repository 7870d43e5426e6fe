import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { forbidden, notFound } from '../../utilities/errors'
import { actor, handle } from '../context'
import { roomChannel } from '../events'
import { present } from '../names'
import { id } from '../schemas'

const joinSchema = z
  .object({
    room: id,
    before: id.optional(),
    after: id.optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict()
  .refine((p) => !(p.before && p.after), { message: 'give `before` or `after`, not both' })

/** The user's membership of a room, or null. */
export const membershipOf = async (ctx: Context, room: number, user: number) => {
  const { docs } = await ctx.payload.find({
    collection: 'chat-members',
    where: { and: [{ room: { equals: room } }, { user: { equals: user } }] },
    depth: 0,
    limit: 1,
    // No count(*) beside the row: nobody pages through one membership.
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export const registerRoomHandlers = (ctx: Context, socket: ChatSocket) => {
  const user = actor(socket)

  handle(ctx, socket, 'room:join', joinSchema, async ({ room, before, after, limit }) => {
    // Reading the room with the user's access: a secret room the user is not in does not exist.
    const found = await ctx.payload.find({
      collection: 'chat-rooms',
      where: { id: { equals: room } },
      depth: 0,
      limit: 1,
      user,
      overrideAccess: false,
    })
    const doc = found.docs[0]
    if (!doc) throw notFound('No such room')
    if (!(await membershipOf(ctx, room, socket.data.user.id))) {
      if (doc.visibility !== 'public') throw forbidden('This room is joined by invite')
      await ctx.payload.create({
        collection: 'chat-members',
        data: { room, user: socket.data.user.id, role: 'member' },
        user,
        overrideAccess: false,
      })
    }

    const cursor = after
      ? { id: { greater_than: after } }
      : before
        ? { id: { less_than: before } }
        : undefined
    const page = await ctx.payload.find({
      collection: 'chat-messages',
      where: { and: [{ room: { equals: room } }, ...(cursor ? [cursor] : [])] },
      sort: after ? 'id' : '-id',
      limit,
      depth: 0,
      user,
      overrideAccess: false,
    })
    await socket.join(roomChannel(room))
    const messages = await present(ctx.payload, page.docs)
    return { messages: after ? messages : messages.reverse(), hasMore: page.hasNextPage }
  })

  handle(ctx, socket, 'room:leave', z.object({ room: id }).strict(), async ({ room }) => {
    await socket.leave(roomChannel(room))
    return {}
  })
}
