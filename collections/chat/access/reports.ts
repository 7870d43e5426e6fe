import type { Access } from 'payload'

import { hasRole } from '../../../access/roles'
import { idOf, isSiteAdmin, roomIdsOf, roomIn } from './memberships'

/** Members report within rooms they belong to. */
export const canCreateReport: Access = async ({ data, req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req) || hasRole(req.user, 'moderator')) return true
  if (!data?.room) return false
  return (await roomIdsOf(req)).includes(idOf(data.room))
}

/** Site moderators and admins see every report; room moderators their rooms'; reporters their own. */
export const canReadReports: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'moderator')) return true
  return {
    or: [{ reporter: { equals: req.user.id } }, roomIn('room', await roomIdsOf(req, 'owner', 'moderator'))],
  }
}

/** Handling a report: site moderators and admins, and the room's moderators and owners. */
export const canHandleReports: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'moderator')) return true
  return roomIn('room', await roomIdsOf(req, 'owner', 'moderator'))
}
