import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { canChangeMessage, canCreateMessage, canReadMessages } from './access/messages'
import { forceToCurrentUser, immutable, onlyAuthor, onlyRoomRoles, serverRaisedFlag } from './hooks/guards'
import { replyInSameRoom } from './hooks/replyTo'

export const MESSAGE_MAX_LENGTH = 2000

/** An edit of the text marks the message as edited. */
const markEdited: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && typeof data.text === 'string' && data.text !== originalDoc?.text) {
    return { ...data, edited: true }
  }
  return data
}

export const ChatMessages: CollectionConfig = {
  slug: 'chat-messages',
  admin: { useAsTitle: 'text', defaultColumns: ['room', 'author', 'text', 'createdAt'], group: 'Chat' },
  access: {
    read: canReadMessages,
    create: canCreateMessage,
    update: canChangeMessage,
    delete: canChangeMessage,
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['room', 'createdAt'] }],
  hooks: { beforeChange: [markEdited] },
  fields: [
    {
      name: 'room',
      type: 'relationship',
      relationTo: 'chat-rooms',
      required: true,
      hooks: { beforeChange: [immutable] },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      hooks: { beforeChange: [forceToCurrentUser] },
      admin: { readOnly: true },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: MESSAGE_MAX_LENGTH,
      hooks: { beforeValidate: [onlyAuthor] },
    },
    {
      name: 'replyTo',
      type: 'relationship',
      relationTo: 'chat-messages',
      hooks: { beforeValidate: [replyInSameRoom], beforeChange: [immutable] },
    },
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      hooks: { beforeValidate: [onlyRoomRoles('owner', 'moderator')] },
    },
    {
      name: 'edited',
      type: 'checkbox',
      defaultValue: false,
      admin: { readOnly: true },
      hooks: { beforeValidate: [serverRaisedFlag] },
    },
    {
      name: 'deletedByModerator',
      type: 'checkbox',
      defaultValue: false,
      hooks: { beforeValidate: [onlyRoomRoles('owner', 'moderator')] },
    },
  ],
}
