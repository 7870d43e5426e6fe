import type { CollectionBeforeChangeHook, CollectionConfig, FieldHook, Validate } from 'payload'

import { select as selectValidation } from 'payload/shared'

import { isAdmin, isAdminField } from '../../../access/isAdmin'
import { API_KEY_SCOPES, API_KEYS_SLUG } from './scopes'
import { usageEndpoint } from '../usage/summary'
import { issueKey } from './secret'
import { apiKeyStrategy } from './strategy'

const ISSUED = 'hujraIssuedApiKeys'
const DAY = 24 * 60 * 60 * 1000
const MAX_DAYS = 730

const nobody = () => false

/** A key is made on create only: its id and hash, and the whole key kept for this request's answer. */
const issueOnCreate: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const issued = issueKey()
  ;((req.context[ISSUED] as Record<string, string> | undefined) ??= {})[issued.prefix] = issued.key
  return { ...data, prefix: issued.prefix, hash: issued.hash, createdBy: req.user?.id ?? null }
}

/** Revoking is for good: the time is set once, and un-ticking is refused. */
const stampRevoked: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const was = Boolean((originalDoc as { revoked?: boolean } | undefined)?.revoked)
  if (was) return { ...data, revoked: true, revokedAt: (originalDoc as { revokedAt?: string }).revokedAt }
  return data.revoked ? { ...data, revokedAt: new Date().toISOString() } : { ...data, revokedAt: null }
}

/** The whole key, in the answer to the create that made it and nowhere else. */
const keyOnce: FieldHook = ({ data, req }) =>
  (req.context[ISSUED] as Record<string, string> | undefined)?.[String(data?.prefix)] ?? undefined

const expiry: Validate = (value) => {
  if (!value) return 'expiresAt: give the day the key stops working'
  const at = Date.parse(String(value))
  if (Number.isNaN(at)) return 'expiresAt: not a date'
  if (at <= Date.now()) return 'expiresAt: must be in the future'
  if (at > Date.now() + MAX_DAYS * DAY) return `expiresAt: at most ${MAX_DAYS} days ahead`
  return true
}

// Payload's own check of the options first: a custom validate replaces it.
const atLeastOneScope: Validate = (value, options) =>
  Array.isArray(value) && value.length > 0
    ? selectValidation(value as string[], options as never)
    : 'scopes: give at least one collection the key may read'

/**
 * Keys for integrators (issue 18, point 2): read only, per collection, with an
 * expiry and an optional limit of their own. Admins make and revoke them;
 * the key is shown once, in the answer to its creation, and only its hash is
 * kept. An auth collection only so that Payload runs its strategy; it has no
 * password, no sessions and no admin panel of its own.
 */
export const ApiKeys: CollectionConfig = {
  slug: API_KEYS_SLUG,
  labels: { singular: 'API key', plural: 'API keys' },
  admin: {
    group: 'Integrations',
    useAsTitle: 'name',
    defaultColumns: ['name', 'prefix', 'scopes', 'expiresAt', 'lastUsedAt', 'revoked'],
    description:
      'Read-only keys for other directories, bots and dashboards. Make a key with POST /api/api-keys: its answer holds the key, once (this admin does not show it yet). Only a hash is kept.',
  },
  auth: { disableLocalStrategy: true, useSessions: false, strategies: [apiKeyStrategy] },
  access: { admin: nobody, read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin, unlock: nobody },
  hooks: { beforeChange: [issueOnCreate, stampRevoked] },
  endpoints: [usageEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100 },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      required: true,
      options: API_KEY_SCOPES.map((value) => ({ value, label: value })),
      validate: atLeastOneScope,
      admin: {
        description: 'The collections this key may read (published content only). It can write nothing.',
      },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      validate: expiry,
      defaultValue: () => new Date(Date.now() + 90 * DAY).toISOString(),
      admin: { date: { pickerAppearance: 'dayOnly' }, description: `At most ${MAX_DAYS} days ahead.` },
    },
    {
      name: 'rateLimitPerMinute',
      type: 'number',
      min: 1,
      max: 100_000,
      admin: { description: 'Requests a minute. Empty: the platform default (API_RATE_LIMIT_PER_MIN).' },
    },
    {
      name: 'key',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { beforeChange: [() => undefined], afterRead: [keyOnce] },
    },
    {
      name: 'prefix',
      type: 'text',
      index: true,
      unique: true,
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, description: 'The start of the key, to recognise it: hujra_<this>_…' },
    },
    { name: 'hash', type: 'text', hidden: true, access: { read: nobody, create: nobody, update: nobody } },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobody, update: isAdminField },
      admin: { position: 'sidebar', description: 'A revoked key stops working at once, for good.' },
    },
    {
      name: 'revokedAt',
      type: 'date',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
