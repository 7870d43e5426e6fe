import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { FROM_REALTIME } from '../../plugins/realtime-signals'
import { forbidden, notFound } from '../../utilities/errors'
import { requireMember } from '../access'
import { actor, handle } from '../context'
import { roomChannel, userChannel } from '../events'
import { present } from '../names'
import { id, storableText } from '../schemas'
import { targetMembership } from './members'
import { membershipOf } from './rooms'
/** This sidecar tells its own sockets; the CMS's signal for the same change is not needed. */
const context = { [FROM_REALTIME]: true }

/**
 * Pins, moderators' removals, role changes and reports. Payload's access
 * rules and field guards decide who may (a member pinning gets 403 from
 * Payload, surfaced as `forbidden`); this only validates and broadcasts.
 */
export const registerModerationHandlers = (ctx: Context, socket: ChatSocket) => {
  const user = actor(socket)

  const updateMessage = async (
    messageId: number,
    data: { pinned?: boolean; deletedByModerator?: boolean },
  ) => {
    const doc = await ctx.payload.update({
      collection: 'chat-messages',
      id: messageId,
      data,
      depth: 0,
      user,
      overrideAccess: false,
      context,
    })
    const [message] = await present(ctx.payload, [doc])
    ctx.io.to(roomChannel(message.room)).emit('message:updated', message)
    return { id: message.id }
  }

  handle(
    ctx,
    socket,
    'message:pin',
    z.object({ id, pinned: z.boolean() }).strict(),
    ({ id: messageId, pinned }) => updateMessage(messageId, { pinned }),
  )

  handle(ctx, socket, 'message:moderate', z.object({ id }).strict(), ({ id: messageId }) =>
    updateMessage(messageId, { deletedByModerator: true }),
  )

  handle(
    ctx,
    socket,
    'member:role',
    z.object({ room: id, user: id, role: z.enum(['member', 'moderator']) }).strict(),
    async ({ room, user: member, role }) => {
      const membership = await targetMembership(ctx, socket, room, member)
      if (membership.role === 'owner') throw forbidden("An owner's role cannot be changed here")
      // The role field's guard lets only the room's owners (and site admins) change it.
      await ctx.payload.update({
        collection: 'chat-members',
        id: membership.id,
        data: { role },
        depth: 0,
        user,
        overrideAccess: false,
        context,
      })
      ctx.io.to(roomChannel(room)).emit('member:role', { room, user: member, role })
      return { role }
    },
  )

  handle(
    ctx,
    socket,
    'report:create',
    z
      .object({
        room: id,
        targetKind: z.enum(['message', 'user']),
        targetId: id,
        type: z.enum(['spam', 'abuse', 'harassment', 'other']),
        reason: storableText().trim().max(2000).optional(),
      })
      .strict(),
    async ({ room, targetKind, targetId, type, reason }) => {
      await requireMember(ctx, socket, room, { admins: true })
      // The target must be in the reporter's room, or the report points at nothing they can see.
      const target =
        targetKind === 'message'
          ? (
              await ctx.payload.find({
                collection: 'chat-messages',
                where: { and: [{ id: { equals: targetId } }, { room: { equals: room } }] },
                depth: 0,
                limit: 1,
                user,
                overrideAccess: false,
              })
            ).docs[0]
          : await membershipOf(ctx, room, targetId)
      if (!target) throw notFound(`No such ${targetKind} in this room`)
      const report = await ctx.payload.create({
        collection: 'reports',
        // Filed open: any other status is for those who handle it (the collection refuses it).
        data: { room, targetKind, targetId: String(targetId), type, reason: reason ?? null, status: 'open' },
        depth: 0,
        user,
        overrideAccess: false,
      })
      const handlers = await ctx.payload.find({
        collection: 'chat-members',
        where: { and: [{ room: { equals: room } }, { role: { in: ['owner', 'moderator'] } }] },
        depth: 0,
        limit: 100,
        overrideAccess: true,
      })
      for (const member of handlers.docs) {
        const handlerId = typeof member.user === 'object' ? member.user.id : member.user
        ctx.io
          .to(userChannel(handlerId))
          .emit('report:created', { id: report.id, room, targetKind, targetId })
      }
      return { id: report.id }
    },
  )
}
