import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { FROM_REALTIME } from '../../plugins/realtime-signals'
import { notFound } from '../../utilities/errors'
import { requireMember } from '../access'
import { actor, handle } from '../context'
import { roomChannel, userChannel } from '../events'
import { id } from '../schemas'
import { membershipOf } from './rooms'

const MAX_MUTE_MINUTES = 7 * 24 * 60

/**
 * The membership of `member` in `room`, looked up only once the socket's user
 * is known to be in the room (or a site admin): a non-member learns nothing
 * of who is in it.
 */
export const targetMembership = async (ctx: Context, socket: ChatSocket, room: number, member: number) => {
  await requireMember(ctx, socket, room, { admins: true })
  const membership = await membershipOf(ctx, room, member)
  if (!membership) throw notFound('That user is not a member of this room')
  return membership
}

export const registerMemberHandlers = (ctx: Context, socket: ChatSocket) => {
  const user = actor(socket)

  handle(
    ctx,
    socket,
    'member:mute',
    z.object({ room: id, user: id, minutes: z.number().int().min(0).max(MAX_MUTE_MINUTES) }).strict(),
    async ({ room, user: member, minutes }) => {
      const membership = await targetMembership(ctx, socket, room, member)
      // The mute is a time, not a flag: it lifts itself when the time passes.
      const mutedUntil = minutes > 0 ? new Date(Date.now() + minutes * 60_000).toISOString() : null
      // Payload refuses (403) unless the actor moderates or owns the room.
      await ctx.payload.update({
        collection: 'chat-members',
        id: membership.id,
        data: { mutedUntil },
        depth: 0,
        user,
        overrideAccess: false,
        context: { [FROM_REALTIME]: true },
      })
      ctx.io.to(roomChannel(room)).emit('member:muted', { room, user: member, mutedUntil })
      return { mutedUntil }
    },
  )

  handle(
    ctx,
    socket,
    'member:remove',
    z.object({ room: id, user: id }).strict(),
    async ({ room, user: member }) => {
      const membership = await targetMembership(ctx, socket, room, member)
      await ctx.payload.delete({
        collection: 'chat-members',
        id: membership.id,
        depth: 0,
        user,
        overrideAccess: false,
        context: { [FROM_REALTIME]: true },
      })
      // Every socket of the removed user, on every node, leaves the room at once.
      ctx.io.in(userChannel(member)).socketsLeave(roomChannel(room))
      ctx.io.to(userChannel(member)).emit('room:removed', { room })
      return {}
    },
  )
}
