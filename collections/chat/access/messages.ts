import type { Access } from 'payload'

import { idOf, isSiteAdmin, membershipsOf, roomIdsOf, roomIn } from './memberships'

/** Only members of the room read its messages: an SQL `room IN (my rooms)`. */
export const canReadMessages: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  return roomIn('room', await roomIdsOf(req))
}

/** Members who are not muted post in their rooms. */
export const canCreateMessage: Access = async ({ data, req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  if (!data?.room) return false
  const room = idOf(data.room)
  const membership = (await membershipsOf(req)).find((m) => m.room === room)
  if (!membership) return false
  return !membership.mutedUntil || new Date(membership.mutedUntil).getTime() <= Date.now()
}

/** Authors edit and delete their own messages (while still members); moderators and owners any in their rooms. */
export const canChangeMessage: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSiteAdmin(req)) return true
  const memberships = await membershipsOf(req)
  return {
    or: [
      {
        and: [
          { author: { equals: req.user.id } },
          roomIn(
            'room',
            memberships.map((m) => m.room),
          ),
        ],
      },
      roomIn(
        'room',
        memberships.filter((m) => m.role !== 'member').map((m) => m.room),
      ),
    ],
  }
}
