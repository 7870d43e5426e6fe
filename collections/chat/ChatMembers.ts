import type { CollectionConfig } from 'payload'

import { canCreateMember, canDeleteMember, canReadMembers, canUpdateMember } from './access/members'
import { immutable, onlyRoomRoles } from './hooks/guards'

export const ChatMembers: CollectionConfig = {
  slug: 'chat-members',
  admin: { defaultColumns: ['room', 'user', 'role', 'mutedUntil'], group: 'Chat' },
  access: { read: canReadMembers, create: canCreateMember, update: canUpdateMember, delete: canDeleteMember },
  indexes: [{ fields: ['room', 'user'], unique: true }],
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
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      hooks: { beforeChange: [immutable] },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: ['owner', 'moderator', 'member'],
      hooks: { beforeValidate: [onlyRoomRoles('owner')] },
    },
    {
      // A soft mute: sending is refused until this time passes, then lifts by itself.
      name: 'mutedUntil',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      hooks: { beforeValidate: [onlyRoomRoles('owner', 'moderator')] },
    },
    { name: 'joinedAt', type: 'date', defaultValue: () => new Date().toISOString() },
  ],
}
