import type { CollectionConfig } from 'payload'

import type { SanitizedAuditOptions } from './types'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { AUDIT_EVENT_TYPES } from './types'

/** Append-only: admins read it; no API can create, change or delete a row. */
export const auditEventsCollection = (options: SanitizedAuditOptions): CollectionConfig => ({
  slug: options.slug,
  labels: { singular: 'Audit event', plural: 'Audit events' },
  admin: {
    useAsTitle: 'type',
    defaultColumns: ['createdAt', 'type', 'actorEmail', 'subjectCollection', 'subjectId', 'ip'],
    group: 'System',
    description: 'Every sensitive action, recorded in the same transaction as the action itself.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  timestamps: true,
  fields: [
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_EVENT_TYPES.map((value) => ({ label: value, value })),
    },
    { name: 'actor', type: 'relationship', relationTo: options.authCollection as 'users', index: true },
    { name: 'actorEmail', type: 'text', admin: { description: 'Kept even if the account is deleted.' } },
    { name: 'subjectCollection', type: 'text', index: true },
    { name: 'subjectId', type: 'text', index: true },
    { name: 'diff', type: 'json', admin: { description: 'Changed fields only: { field: { from, to } }.' } },
    { name: 'requestId', type: 'text', index: true },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
  ],
})
