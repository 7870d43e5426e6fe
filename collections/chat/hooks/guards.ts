import type { FieldHook } from 'payload'

import type { ChatRole } from '../access/memberships'

import { AppError } from '../../../utilities/errors'
import { idOf, isSiteAdmin, membershipsOf } from '../access/memberships'

/** Sets a relationship to the signed-in user on create (access-enforced calls only). */
export const forceToCurrentUser: FieldHook = ({ operation, overrideAccess, previousValue, req, value }) => {
  if (overrideAccess || !req.user) return value
  return operation === 'create' ? req.user.id : previousValue
}

/*
 * The refusing guards below run as `beforeValidate` field hooks: Payload
 * passes `overrideAccess` to those (not to `beforeChange` field hooks), and
 * trusted server code (a room's first owner, a consumed invite) must pass.
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** A field's static default: what a create that does not mention the field stores. */
const defaultOf = (field: Parameters<FieldHook>[0]['field']) =>
  'defaultValue' in field && typeof field.defaultValue !== 'function' ? field.defaultValue : undefined

/**
 * What this change sets the field away from: the stored value on update, the
 * default on create. A create is held to the same rule as an update, so
 * nobody posts a message already pinned instead of pinning one.
 */
const unchanged = ({ field, operation, previousValue, value }: Parameters<FieldHook>[0]) =>
  value === undefined || same(value, operation === 'create' ? defaultOf(field) : previousValue)

const fieldName = (args: Parameters<FieldHook>[0]) =>
  args.path?.join('.') || ('name' in args.field ? args.field.name : 'field')

/**
 * Refuses, with 403 naming the field, setting it (on create or update) unless
 * the user holds one of the roles in the document's room; field access would
 * drop the value silently instead.
 */
export const onlyRoomRoles =
  (...roles: ChatRole[]): FieldHook =>
  async (args) => {
    const { originalDoc, overrideAccess, req, siblingData, value } = args
    if (overrideAccess || !req.user || isSiteAdmin(req) || unchanged(args)) return value
    const room = idOf(originalDoc?.room ?? siblingData?.room)
    const mine = (await membershipsOf(req)).find((m) => m.room === room)
    if (!mine || !roles.includes(mine.role)) {
      const name = fieldName(args)
      throw new AppError(403, `${name}: only the room's ${roles.join(' and ')}s may set this`, name)
    }
    return value
  }

/** Only the author changes a message's text. */
export const onlyAuthor: FieldHook = (args) => {
  const { operation, originalDoc, overrideAccess, previousValue, req, value } = args
  if (overrideAccess || !req.user || isSiteAdmin(req) || operation !== 'update' || value === previousValue) {
    return value
  }
  if (idOf(originalDoc?.author) !== req.user?.id)
    throw new AppError(403, `${fieldName(args)}: only the author may change it`, fieldName(args))
  return value
}

/**
 * A flag only the server raises (a message's `edited`): nobody creates a
 * document with it set, and once raised nobody lowers it, the author least of
 * all. Site admins may correct it.
 */
export const serverRaisedFlag: FieldHook = (args) => {
  const { operation, overrideAccess, previousValue, req, value } = args
  if (overrideAccess || isSiteAdmin(req) || value === undefined) return value
  const name = fieldName(args)
  if (operation === 'create' && value)
    throw new AppError(403, `${name}: set by the server, not on create`, name)
  if (operation === 'update' && previousValue && !value)
    throw new AppError(403, `${name}: cannot be reset`, name)
  return value
}

/** Fields nobody changes after create. */
export const immutable: FieldHook = ({ operation, previousValue, value }) =>
  operation === 'update' ? previousValue : value
