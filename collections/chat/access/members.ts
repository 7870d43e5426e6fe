import type { Access } from 'payload'

import { idOf, isSiteAdmin, roomIdsOf, roomIn } from './memberships'

/** Members see who else is in their rooms. */
export const canReadMembers: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  return roomIn('room', await roomIdsOf(req))
}

/**
 * Owners add anyone to their room with any role; a signed-in user may add
 * themselves as a plain member of a public room. Members-only rooms are
 * joined by invite (consumed server-side), secret rooms only by an owner.
 */
export const canCreateMember: Access = async ({ data, req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  if (!data?.room) return false
  const room = idOf(data.room)
  if ((await roomIdsOf(req, 'owner')).includes(room)) return true
  if (idOf(data.user) !== req.user.id || (data.role ?? 'member') !== 'member') return false
  const found = await req.payload.find({
    collection: 'chat-rooms',
    where: { and: [{ id: { equals: room } }, { visibility: { equals: 'public' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return found.totalDocs === 1
}

/** Owners and moderators update memberships of their rooms (roles are checked per field). */
export const canUpdateMember: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  return roomIn('room', await roomIdsOf(req, 'owner', 'moderator'))
}

/**
 * Owners remove anyone, moderators remove plain members, everyone may leave.
 */
export const canDeleteMember: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  return {
    or: [
      { user: { equals: req.user.id } },
      roomIn('room', await roomIdsOf(req, 'owner')),
      { and: [roomIn('room', await roomIdsOf(req, 'moderator')), { role: { equals: 'member' } }] },
    ],
  }
}
