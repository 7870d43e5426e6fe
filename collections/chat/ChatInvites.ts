import type { CollectionConfig } from 'payload'

import { canCreateInvite, canManageInvites } from './access/invites'
import { forceToCurrentUser, immutable } from './hooks/guards'

/**
 * An invite to a room. The signed link (next step) carries this row's id; a
 * one-time invite is consumed by setting `usedAt` in one conditional update.
 */
export const ChatInvites: CollectionConfig = {
  slug: 'chat-invites',
  admin: { defaultColumns: ['room', 'expiresAt', 'oneTime', 'usedAt'], group: 'Chat' },
  access: {
    read: canManageInvites,
    create: canCreateInvite,
    update: canManageInvites,
    delete: canManageInvites,
  },
  fields: [
    {
      name: 'room',
      type: 'relationship',
      relationTo: 'chat-rooms',
      required: true,
      index: true,
      hooks: { beforeChange: [immutable] },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      hooks: { beforeChange: [forceToCurrentUser] },
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'room',
      options: [
        { label: 'Joins the room', value: 'room' },
        { label: 'Joins one call only', value: 'call' },
      ],
      hooks: { beforeChange: [immutable] },
    },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'oneTime', type: 'checkbox', defaultValue: false },
    { name: 'usedAt', type: 'date', admin: { readOnly: true } },
    { name: 'usedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'revoked', type: 'checkbox', defaultValue: false },
  ],
}
