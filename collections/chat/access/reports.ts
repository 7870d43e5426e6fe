import type { Access, PayloadRequest } from 'payload'

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

/** Whether the user handles the reports of one room (the per-document form of `canHandleReports`). */
export const handlesReportsOf = async (req: PayloadRequest, room: unknown): Promise<boolean> => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'moderator')) return true
  return (await roomIdsOf(req, 'owner', 'moderator')).includes(idOf(room))
}
