import type { Access } from 'payload'

import { idOf, isSiteAdmin, roomIdsOf, roomIn } from './memberships'

/** Owners and moderators invite to their rooms. */
export const canCreateInvite: Access = async ({ data, req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  if (!data?.room) return false
  return (await roomIdsOf(req, 'owner', 'moderator')).includes(idOf(data.room))
}

export const canManageInvites: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  return roomIn('room', await roomIdsOf(req, 'owner', 'moderator'))
}
