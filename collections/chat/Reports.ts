import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { canCreateReport, canHandleReports, canReadReports } from './access/reports'
import { forceToCurrentUser, immutable } from './hooks/guards'
import { onlyReportHandlers } from './hooks/reportHandling'

/** Whoever changes a report's status is recorded as handling it. */
const recordHandler: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && req.user && data.status && data.status !== originalDoc?.status) {
    return { ...data, handledBy: req.user.id }
  }
  return data
}

export const Reports: CollectionConfig = {
  slug: 'reports',
  admin: { defaultColumns: ['type', 'targetKind', 'targetId', 'status', 'createdAt'], group: 'Moderation' },
  access: { read: canReadReports, create: canCreateReport, update: canHandleReports, delete: isAdmin },
  hooks: { beforeChange: [recordHandler] },
  fields: [
    {
      name: 'type',
      type: 'select',
      required: true,
      options: ['spam', 'abuse', 'harassment', 'other'],
      hooks: { beforeChange: [immutable] },
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'users',
      hooks: { beforeChange: [forceToCurrentUser] },
      admin: { readOnly: true },
    },
    {
      name: 'room',
      type: 'relationship',
      relationTo: 'chat-rooms',
      index: true,
      hooks: { beforeChange: [immutable] },
    },
    {
      name: 'targetKind',
      type: 'select',
      required: true,
      options: ['message', 'user'],
      hooks: { beforeChange: [immutable] },
    },
    { name: 'targetId', type: 'text', required: true, maxLength: 40, hooks: { beforeChange: [immutable] } },
    { name: 'reason', type: 'textarea', maxLength: 2000, hooks: { beforeChange: [immutable] } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: ['open', 'in-progress', 'resolved', 'dismissed'],
      hooks: { beforeValidate: [onlyReportHandlers('open')] },
    },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
      hooks: { beforeValidate: [onlyReportHandlers(null)] },
    },
  ],
}
