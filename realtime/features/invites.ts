import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { maxInviteMs, signInvite, verifyInvite } from '../../collections/chat/inviteToken'
import { badRequest, notFound } from '../../utilities/errors'
import { transactionDb } from '../../utilities/db'
import { actor, handle } from '../context'
import { id } from '../schemas'

const EXPIRED = 'This invite has expired'
const WITHDRAWN = 'This invite has been withdrawn'

export const registerInviteHandlers = (ctx: Context, socket: ChatSocket) => {
  const user = actor(socket)

  handle(
    ctx,
    socket,
    'invite:create',
    z.object({ room: id, minutes: z.number().int().min(1), oneTime: z.boolean().default(false) }).strict(),
    async ({ room, minutes, oneTime }) => {
      // Capped at the maximum admins allow.
      const expiresAt = new Date(Date.now() + Math.min(minutes * 60_000, await maxInviteMs(ctx.payload)))
      // Payload refuses unless the user owns or moderates the room.
      const invite = await ctx.payload.create({
        collection: 'chat-invites',
        data: { room, kind: 'room', expiresAt: expiresAt.toISOString(), oneTime },
        depth: 0,
        user,
        overrideAccess: false,
      })
      const token = signInvite(ctx.payload.secret, { i: invite.id, r: room, e: expiresAt.getTime() })
      return { token, expiresAt: expiresAt.toISOString() }
    },
  )

  handle(
    ctx,
    socket,
    'invite:accept',
    z.object({ token: z.string().max(512) }).strict(),
    async ({ token }) => {
      const claims = verifyInvite(ctx.payload.secret, token)
      if (!claims) throw badRequest('token', 'This invite link is not valid (it was changed or cut short)')
      if (claims.e <= Date.now()) throw badRequest('token', EXPIRED)
      const rooms = await ctx.payload.find({
        collection: 'chat-rooms',
        where: { id: { equals: claims.r } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
      if (rooms.totalDocs === 0) throw notFound('The room of this invite no longer exists')
      const invite = await ctx.payload
        .findByID({ collection: 'chat-invites', id: claims.i, depth: 0, overrideAccess: true })
        .catch(() => null)
      if (!invite || Number(invite.room) !== claims.r || invite.revoked) throw badRequest('token', WITHDRAWN)
      // The record rules, not only the signature: an expiry shortened in the admin applies at once.
      if (new Date(invite.expiresAt).getTime() <= Date.now()) throw badRequest('token', EXPIRED)
      if (invite.kind === 'call') {
        throw badRequest('token', 'This invite is for a call only; it does not open the room')
      }
      const userId = socket.data.user.id
      const existing = await ctx.payload.find({
        collection: 'chat-members',
        where: { and: [{ room: { equals: claims.r } }, { user: { equals: userId } }] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
      if (existing.totalDocs > 0) return { room: claims.r }

      // One transaction: claim the invite with a conditional UPDATE (the row
      // lock makes a racing second claim see it used, or revoked, or expired
      // if that happened since the checks above), then add the member.
      const db = ctx.payload.db
      const transactionID = (await db.beginTransaction()) ?? undefined
      const req = { payload: ctx.payload, transactionID }
      try {
        if (invite.oneTime) {
          const claimed = await (
            await transactionDb(req)
          ).execute(
            sql`update chat_invites set used_at = now(), used_by_id = ${userId}
                where id = ${claims.i} and used_at is null and not coalesce(revoked, false) and expires_at > now()
                returning id`,
          )
          if (claimed.rows.length === 0) throw badRequest('token', 'This invite has already been used')
        }
        await ctx.payload.create({
          collection: 'chat-members',
          data: { room: claims.r, user: userId, role: 'member' },
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (transactionID !== undefined) await db.commitTransaction(transactionID)
      } catch (error) {
        if (transactionID !== undefined) await db.rollbackTransaction(transactionID)
        throw error
      }
      return { room: claims.r }
    },
  )
}
