import { createLocalReq } from 'payload'

import type { Membership } from '../collections/chat/access/memberships'
import type { ChatSocket, Context } from './context'

import { isSiteAdmin, membershipsOf } from '../collections/chat/access/memberships'
import { forbidden } from '../utilities/errors'
import { actor } from './context'

/** The one answer for every room a socket's user is not in: it says nothing of the room. */
export const NOT_A_MEMBER = 'You are not a member of this room'

/** A Local API request for the socket's user, for the collections' own access functions. */
export const requestOf = (ctx: Pick<Context, 'payload'>, socket: ChatSocket) =>
  createLocalReq({ user: actor(socket) }, ctx.payload)

/**
 * The socket's user's membership of a room, read the way the chat
 * collections' access rules read it (`membershipsOf`); refused with the same
 * 403 for a secret room, a public one the user is not in, and a room that
 * does not exist, before anything else about the room is looked at. Site
 * admins, whom those rules let through, get `null` instead of a refusal.
 */
export const requireMember = async (
  ctx: Pick<Context, 'payload'>,
  socket: ChatSocket,
  room: number,
  { admins = false }: { admins?: boolean } = {},
): Promise<Membership | null> => {
  const req = await requestOf(ctx, socket)
  const membership = (await membershipsOf(req)).find((m) => m.room === room)
  if (membership) return membership
  if (admins && isSiteAdmin(req)) return null
  throw forbidden(NOT_A_MEMBER)
}
