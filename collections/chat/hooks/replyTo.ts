import type { FieldHook } from 'payload'

import { AppError } from '../../../utilities/errors'
import { idOf } from '../access/memberships'

/**
 * A reply points at a message of the same room that the author can read: a
 * reply to another room's message (or to one the author cannot see) would
 * leak that message through the relationship. Refused with 403 on create;
 * after create the field is immutable.
 */
export const replyInSameRoom: FieldHook = async ({ operation, overrideAccess, req, siblingData, value }) => {
  if (operation !== 'create' || overrideAccess || value === undefined || value === null) return value
  const replyTo = idOf(value)
  if (!Number.isSafeInteger(replyTo) || replyTo <= 0)
    throw new AppError(400, 'replyTo: must be the id of a message', 'replyTo')
  const room = idOf(siblingData?.room)
  const { totalDocs } = await req.payload.count({
    collection: 'chat-messages',
    where: { and: [{ id: { equals: replyTo } }, { room: { equals: room } }] },
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (totalDocs === 0)
    throw new AppError(
      403,
      'replyTo: you can only reply to a message of this room that you can read',
      'replyTo',
    )
  return value
}
