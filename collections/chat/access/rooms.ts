import type { Access } from 'payload'

import { isSiteAdmin, roomIdsOf, roomIn } from './memberships'

/** Public rooms for anyone signed in; members-only and secret rooms for their members. */
export const canReadRoom: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  return { or: [{ visibility: { equals: 'public' } }, roomIn('id', await roomIdsOf(req))] }
}

/** Owners manage their room's settings. */
export const ownsRoom: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  return roomIn('id', await roomIdsOf(req, 'owner'))
}
