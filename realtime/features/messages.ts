import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { MESSAGE_MAX_LENGTH } from '../../collections/chat/ChatMessages'
import { FROM_REALTIME } from '../../plugins/realtime-signals'
import { badRequest, forbidden } from '../../utilities/errors'
import { requireMember } from '../access'
import { actor, handle } from '../context'
import { MutedError } from '../errors'
import { roomChannel } from '../events'
import { present } from '../names'
import { id, storableText } from '../schemas'

const text = storableText().trim().min(1, 'a message needs text').max(MESSAGE_MAX_LENGTH)

export const registerMessageHandlers = (ctx: Context, socket: ChatSocket) => {
  const user = actor(socket)

  handle(
    ctx,
    socket,
    'message:send',
    z.object({ room: id, text, replyTo: id.optional() }).strict(),
    async ({ room, text, replyTo }) => {
      if (!socket.rooms.has(roomChannel(room))) throw forbidden('Join the room first')
      const membership = await requireMember(ctx, socket, room)
      if (membership?.mutedUntil && new Date(membership.mutedUntil).getTime() > Date.now()) {
        throw new MutedError(`You are muted until ${membership.mutedUntil}`)
      }
      if (replyTo) {
        const parent = await ctx.payload
          .findByID({ collection: 'chat-messages', id: replyTo, depth: 0, user, overrideAccess: false })
          .catch(() => null)
        if (!parent || Number(parent.room) !== room)
          throw badRequest('replyTo', 'replyTo: no such message in this room')
      }
      const doc = await ctx.payload.create({
        collection: 'chat-messages',
        data: { room, text, replyTo },
        depth: 0,
        user,
        overrideAccess: false,
      })
      const [message] = await present(ctx.payload, [doc])
      socket.to(roomChannel(room)).emit('message:created', message)
      return { id: message.id, message }
    },
  )

  handle(ctx, socket, 'message:edit', z.object({ id, text }).strict(), async ({ id, text }) => {
    const doc = await ctx.payload.update({
      collection: 'chat-messages',
      id,
      data: { text },
      depth: 0,
      user,
      overrideAccess: false,
    })
    const [message] = await present(ctx.payload, [doc])
    ctx.io.to(roomChannel(message.room)).emit('message:updated', message)
    return { id }
  })

  handle(ctx, socket, 'message:delete', z.object({ id }).strict(), async ({ id }) => {
    const doc = await ctx.payload.delete({
      collection: 'chat-messages',
      id,
      depth: 0,
      user,
      overrideAccess: false,
      context: { [FROM_REALTIME]: true },
    })
    const room = typeof doc.room === 'object' ? doc.room.id : doc.room
    ctx.io.to(roomChannel(room)).emit('message:deleted', { id, room })
    return { id }
  })
}
