import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import type { ChatSocket, Context } from '../context'

import { maxInviteMs, signInvite, verifyInvite } from '../../collections/chat/inviteToken'
import { actor, handle } from '../context'
import { ChatFailure } from '../errors'

const id = z.number().int().positive()

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
      if (!claims)
        throw new ChatFailure('invalid', 'This invite link is not valid (it was changed or cut short)')
      if (claims.e <= Date.now()) throw new ChatFailure('invalid', 'This invite has expired')
      const rooms = await ctx.payload.find({
        collection: 'chat-rooms',
        where: { id: { equals: claims.r } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
      if (rooms.totalDocs === 0)
        throw new ChatFailure('not_found', 'The room of this invite no longer exists')
      const invite = await ctx.payload
        .findByID({ collection: 'chat-invites', id: claims.i, depth: 0, overrideAccess: true })
        .catch(() => null)
      if (!invite || Number(invite.room) !== claims.r || invite.revoked) {
        throw new ChatFailure('invalid', 'This invite has been withdrawn')
      }
      if (invite.kind === 'call') {
        throw new ChatFailure('invalid', 'This invite is for a call only; it does not open the room')
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
      // lock makes a racing second claim see it used), then add the member.
      const db = ctx.payload.db
      const transactionID = await db.beginTransaction()
      const req = { payload: ctx.payload, transactionID } as never
      try {
        if (invite.oneTime) {
          const drizzle = (
            db as unknown as {
              sessions: Record<string, { db: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }>
            }
          ).sessions[String(transactionID)]!.db
          const claimed = await drizzle.execute(
            sql`update chat_invites set used_at = now(), used_by_id = ${userId} where id = ${claims.i} and used_at is null returning id`,
          )
          if (claimed.rows.length === 0) throw new ChatFailure('invalid', 'This invite has already been used')
        }
        await ctx.payload.create({
          collection: 'chat-members',
          data: { room: claims.r, user: userId, role: 'member' },
          depth: 0,
          overrideAccess: true,
          req,
        })
        await db.commitTransaction(transactionID!)
      } catch (error) {
        await db.rollbackTransaction(transactionID!)
        throw error
      }
      return { room: claims.r }
    },
  )
}
