import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { Forbidden } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { anyone } from '../access/anyone'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { hasRole, ROLES } from '../access/roles'
import { staffOrSelf } from '../access/staffOrSelf'

/**
 * Field access alone would silently drop a non-admin's `roles` change; refusing
 * with 403 tells the caller plainly. The very first account becomes an admin so
 * a fresh install is usable from the admin's "create first user" screen.
 */
const guardRoles: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
    if (totalDocs === 0) return { ...data, roles: ['admin'] }
  }
  if (!('roles' in data) || hasRole(req.user, 'admin')) return data
  const requested = [...((data.roles as string[] | undefined) ?? [])].sort().join(',')
  const current = [...((originalDoc?.roles as string[] | undefined) ?? ['member'])].sort().join(',')
  if (requested !== current) throw new Forbidden(req.t)
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    group: 'People',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 60 * 60 * 8,
  },
  access: {
    admin: isStaff,
    // Anyone may register; the roles field is locked to admins, so a
    // self-registered account is always a plain member.
    create: anyone,
    read: staffOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeValidate: [guardRoles],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      index: true,
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: { position: 'sidebar' },
    },
  ],
  timestamps: true,
}
