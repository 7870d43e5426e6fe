import type { FieldHook } from 'payload'

import { Forbidden } from 'payload'

import type { ChatRole } from '../access/memberships'

import { idOf, isSiteAdmin, membershipsOf } from '../access/memberships'

/** Sets a relationship to the signed-in user on create (access-enforced calls only). */
export const forceToCurrentUser: FieldHook = ({ operation, overrideAccess, previousValue, req, value }) => {
  if (overrideAccess || !req.user) return value
  return operation === 'create' ? req.user.id : previousValue
}

/**
 * Refuses, with 403, a change to this field unless the user holds one of the
 * roles in the document's room; field access would drop it silently.
 */
export const onlyRoomRoles =
  (...roles: ChatRole[]): FieldHook =>
  async ({ operation, originalDoc, overrideAccess, previousValue, req, siblingData, value }) => {
    if (overrideAccess || !req.user || isSiteAdmin(req) || operation !== 'update') return value
    if (JSON.stringify(value ?? null) === JSON.stringify(previousValue ?? null)) return value
    const room = idOf(originalDoc?.room ?? siblingData?.room)
    const mine = (await membershipsOf(req)).find((m) => m.room === room)
    if (!mine || !roles.includes(mine.role)) throw new Forbidden(req.t)
    return value
  }

/** Only the author changes a message's text. */
export const onlyAuthor: FieldHook = ({
  operation,
  originalDoc,
  overrideAccess,
  previousValue,
  req,
  value,
}) => {
  if (overrideAccess || !req.user || isSiteAdmin(req) || operation !== 'update' || value === previousValue) {
    return value
  }
  if (idOf(originalDoc?.author) !== req.user?.id) throw new Forbidden(req.t)
  return value
}

/** Fields nobody changes after create. */
export const immutable: FieldHook = ({ operation, previousValue, value }) =>
  operation === 'update' ? previousValue : value
