import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { MESSAGE_MAX_LENGTH } from '../../collections/chat/ChatMessages'
import { FROM_REALTIME } from '../../plugins/realtime-signals'
import { badRequest, forbidden } from '../../utilities/errors'
import { NOT_A_MEMBER } from '../access'
import { actor, handle, SessionEndedError } from '../context'
import { MutedError } from '../errors'
import { type ChatMessage, roomChannel } from '../events'
import { knownName, present } from '../names'
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
      const author = socket.data.user.id
      const written = await ctx.writer.write({
        room,
        author,
        sid: socket.data.session.sid,
        text,
        replyTo: replyTo ?? null,
      })
      if (!written.ok) {
        switch (written.refusal) {
          case 'session':
            throw new SessionEndedError()
          case 'member':
            throw forbidden(NOT_A_MEMBER)
          case 'muted':
            throw new MutedError(`You are muted until ${written.mutedUntil}`)
          case 'replyTo':
            throw badRequest('replyTo', 'replyTo: no such message in this room')
        }
      }
      // The stored row, as toChatMessage would present it: nothing to read back.
      const message: ChatMessage = {
        id: written.id,
        room,
        author,
        authorName: knownName(author) ?? (socket.data.user.name || `#${author}`),
        text,
        replyTo: replyTo ?? null,
        pinned: false,
        edited: false,
        deletedByModerator: false,
        createdAt: written.createdAt,
        updatedAt: written.createdAt,
      }
      socket.to(roomChannel(room)).emit('message:created', message)
      return { id: message.id, message }
    },
    // The insert checks the session, the membership and the mute in its own statement.
    { sessionInStatement: true },
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
