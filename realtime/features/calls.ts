import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { signInvite } from '../../collections/chat/inviteToken'
import { AppError, badRequest, forbidden, notFound } from '../../utilities/errors'
import { NOT_A_MEMBER, requireMember } from '../access'
import { jaasConfig, meetingName, missingJaasConfig, signCallToken } from '../calls/jaas'
import { checkDisplayName } from '../calls/names'
import { auditToken, callRunning, hostNames, isHost, mayStart } from '../calls/room'
import { actor, handle } from '../context'
import { roomChannel } from '../events'
import { id } from '../schemas'

/**
 * Video calls: JaaS tokens for members (moderator rights for hosts only),
 * starting and ending a room's call, and call-only invites for outsiders.
 */
export const registerCallHandlers = (ctx: Context, socket: ChatSocket) => {
  const user = actor(socket)

  /**
   * The room and the user's role in it; refused, before anything else is
   * said about the room or the server, with the one answer every non-member
   * gets (a secret room, a public one, a room that does not exist).
   */
  const roomOf = async (roomId: number) => {
    const membership = await requireMember(ctx, socket, roomId)
    const room = await ctx.payload
      .findByID({ collection: 'chat-rooms', id: roomId, depth: 0, user, overrideAccess: false })
      .catch(() => null)
    if (!room || !membership) throw forbidden(NOT_A_MEMBER)
    return { room, role: membership.role }
  }

  handle(
    ctx,
    socket,
    'call:token',
    z.object({ room: id, displayName: z.string().max(200) }).strict(),
    async ({ room: roomId, displayName }) => {
      const { room, role } = await roomOf(roomId)
      // Only members learn what the server lacks.
      const config = jaasConfig()
      if (!config) {
        throw new AppError(
          503,
          `Video calls are not set up on this server: set ${missingJaasConfig().join(', ')}`,
        )
      }
      const name = checkDisplayName(
        displayName,
        await hostNames(ctx.payload, roomId),
        socket.data.user.name ?? undefined,
      )
      if (!name.ok) throw badRequest('displayName', name.reason)
      const starts = !callRunning(room) && mayStart(room, role)
      if (!callRunning(room) && !starts) throw forbidden('A host has not started this call yet')
      if (starts) {
        await ctx.payload.update({
          collection: 'chat-rooms',
          id: roomId,
          data: { calls: { ...room.calls, activeSince: new Date().toISOString() } },
          depth: 0,
          overrideAccess: true,
        })
        ctx.io.to(roomChannel(roomId)).emit('call:started', { room: roomId })
      }
      const moderator = isHost(role)
      const { token, expiresAt } = signCallToken(config, {
        meeting: meetingName(ctx.payload.secret, roomId),
        user: { id: String(socket.data.user.id), name: name.name, email: socket.data.user.email },
        moderator,
        features: {
          recording: Boolean(room.calls?.recording),
          livestreaming: Boolean(room.calls?.livestreaming),
        },
      })
      await auditToken(ctx.payload, {
        room: roomId,
        actor: socket.data.user.id,
        actorEmail: socket.data.user.email,
        moderator,
        ip: socket.data.ip,
        userAgent: socket.request.headers['user-agent'],
      })
      return {
        token,
        roomName: `${config.appId}/${meetingName(ctx.payload.secret, roomId)}`,
        domain: config.domain,
        moderator,
        lobby: room.calls?.lobby !== false,
        expiresAt,
      }
    },
  )

  handle(ctx, socket, 'call:end', z.object({ room: id }).strict(), async ({ room: roomId }) => {
    const { room, role } = await roomOf(roomId)
    if (!isHost(role)) throw forbidden('Only hosts can end a call')
    await ctx.payload.update({
      collection: 'chat-rooms',
      id: roomId,
      data: { calls: { ...room.calls, activeSince: null } },
      depth: 0,
      overrideAccess: true,
    })
    ctx.io.to(roomChannel(roomId)).emit('call:ended', { room: roomId })
    return {}
  })

  handle(
    ctx,
    socket,
    'call:invite',
    z
      .object({
        room: id,
        minutes: z.number().int().min(1).max(60).default(15),
        oneTime: z.boolean().default(true),
      })
      .strict(),
    async ({ room: roomId, minutes, oneTime }) => {
      const { role } = await roomOf(roomId)
      if (!isHost(role)) throw forbidden('Only hosts can invite someone to a call')
      const expiresAt = new Date(Date.now() + minutes * 60_000)
      const invite = await ctx.payload.create({
        collection: 'chat-invites',
        data: { room: roomId, kind: 'call', expiresAt: expiresAt.toISOString(), oneTime },
        depth: 0,
        user,
        overrideAccess: false,
      })
      const token = signInvite(ctx.payload.secret, { i: invite.id, r: roomId, e: expiresAt.getTime() })
      return { id: invite.id, token, expiresAt: expiresAt.toISOString() }
    },
  )

  handle(ctx, socket, 'call:revoke', z.object({ id }).strict(), async ({ id: inviteId }) => {
    const invite = await ctx.payload
      .findByID({ collection: 'chat-invites', id: inviteId, depth: 0, user, overrideAccess: false })
      .catch(() => null)
    if (!invite || invite.kind !== 'call') throw notFound('No such call invite')
    await ctx.payload.update({
      collection: 'chat-invites',
      id: inviteId,
      data: { revoked: true },
      depth: 0,
      user,
      overrideAccess: false,
    })
    return { id: inviteId }
  })
}
