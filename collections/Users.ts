import type { CollectionBeforeValidateHook, CollectionConfig, FieldHook } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { Forbidden } from 'payload'

import type { User } from '../payload-types'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { hasRole, ROLES } from '../access/roles'
import { staffOrSelf } from '../access/staffOrSelf'
import { transactionDb } from '../utilities/db'
import { withExtensions } from './users/extend'
import { enforcePasswordPolicy } from './users/passwordPolicy'
import { sessionLayer } from './users/sessions'
import { forgiveSignIn, guardSignIn } from './users/signInGuard'
import { accountTokens } from './users/tokens'
import { SELF_SIGNUP } from './users/tokens/signup'
import { twoFactor } from './users/twoFactor'

const countUsers = async (req: Parameters<CollectionBeforeValidateHook>[0]['req']) =>
  (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs

/**
 * Two sign-ups racing on an empty database must not both become admin: when
 * the table looks empty, take a transaction-scoped advisory lock and count
 * again, so the second waits for the first to commit and then sees it.
 */
const isFirstUser = async (req: Parameters<CollectionBeforeValidateHook>[0]['req']) => {
  if ((await countUsers(req)) > 0) return false
  await (await transactionDb(req)).execute(sql`select pg_advisory_xact_lock(hashtext('hujra:first-user'))`)
  return (await countUsers(req)) === 0
}

/** The very first account becomes an admin, so a fresh install is usable from "create first user". */
const firstUserIsAdmin: CollectionBeforeValidateHook<User> = async ({ data, operation, req }) =>
  // A reader's sign-up is never the admin, even on an empty database: that is "create first user"'s.
  operation === 'create' && data && !req.context[SELF_SIGNUP] && (await isFirstUser(req))
    ? { ...data, roles: ['admin'] }
    : data

/**
 * Field access alone would silently drop a non-admin's roles change; refusing
 * with 403 tells the caller plainly. Runs only when access is enforced.
 */
const refuseRoleChange: FieldHook = ({ overrideAccess, previousValue, req, value }) => {
  if (overrideAccess || hasRole(req.user, 'admin')) return value
  const normalise = (roles: unknown) =>
    [...((roles as string[] | null | undefined) ?? ['member'])].sort().join()
  if (normalise(value) !== normalise(previousValue)) throw new Forbidden(req.t)
  return value
}

const baseUsers: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    group: 'People',
  },
  auth: {
    // No per-account lock: anyone who knows an email could lock its owner
    // out, and "locked" would tell them the account exists. Guessing is
    // limited per address and per account-and-address instead (users/signInGuard.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 60 * 60 * 8,
  },
  access: {
    admin: isStaff,
    // Readers sign up through POST /api/users/signup (users/tokens/signup.ts), which answers the
    // same for a taken email; Payload's own create would say "already registered". Payload's
    // create-first-user (empty database) creates with overrideAccess and still works.
    create: isAdmin,
    read: staffOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardSignIn, enforcePasswordPolicy],
    afterOperation: [forgiveSignIn],
    beforeValidate: [firstUserIsAdmin],
  },
  fields: [
    {
      // The rule, shown before a password is typed (the create-first-user, create and account views).
      name: 'passwordRule',
      type: 'ui',
      admin: { components: { Field: '/collections/users/PasswordRuleNote#PasswordRuleNote' } },
    },
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
      hooks: { beforeValidate: [refuseRoleChange] },
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: { position: 'sidebar' },
    },
  ],
  timestamps: true,
}

/** The accounts feature's parts, each in its own folder under users/. */
export const Users = withExtensions(baseUsers, [accountTokens, sessionLayer, twoFactor])
