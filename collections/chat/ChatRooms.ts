import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { canReadRoom, ownsRoom } from './access/rooms'
import { forceToCurrentUser } from './hooks/guards'

/** The creator of a room becomes its first owner, in the same transaction. */
const addCreatorAsOwner: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.user || req.user.collection !== 'users') return doc
  await req.payload.create({
    collection: 'chat-members',
    data: { room: doc.id, user: req.user.id, role: 'owner', joinedAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
  return doc
}

/**
 * A deleted room takes its members, messages and invites with it, in the same
 * transaction (their room column is required, so the foreign key cannot null it).
 */
const removeRoomContents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['chat-messages', 'chat-invites', 'chat-members'] as const) {
    await req.payload.db.deleteMany({ collection, where: { room: { equals: id } }, req })
  }
}

export const ChatRooms: CollectionConfig = {
  slug: 'chat-rooms',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'visibility', 'createdBy'], group: 'Chat' },
  access: {
    read: canReadRoom,
    create: ({ req }) => Boolean(req.user),
    update: ownsRoom,
    delete: ownsRoom,
  },
  hooks: { afterChange: [addCreatorAsOwner], beforeDelete: [removeRoomContents] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField({ from: 'name' }),
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: [
        { label: 'Public', value: 'public' },
        { label: 'Members only', value: 'members-only' },
        { label: 'Secret', value: 'secret' },
      ],
      index: true,
    },
    {
      name: 'calls',
      type: 'group',
      admin: { description: 'Video calls in this room (Jitsi as a Service). Owners set these.' },
      fields: [
        {
          name: 'whoMayStart',
          type: 'select',
          defaultValue: 'moderators',
          options: [
            { label: 'Owners', value: 'owners' },
            { label: 'Owners and moderators', value: 'moderators' },
            { label: 'Every member', value: 'members' },
          ],
        },
        {
          name: 'lobby',
          type: 'checkbox',
          defaultValue: true,
          label: 'Guests wait in a lobby until a host admits them',
        },
        { name: 'recording', type: 'checkbox', defaultValue: false, label: 'Hosts may record' },
        { name: 'livestreaming', type: 'checkbox', defaultValue: false, label: 'Hosts may livestream' },
        {
          name: 'activeSince',
          type: 'date',
          admin: { readOnly: true, description: 'Set when a host starts a call, cleared when one ends it.' },
        },
      ],
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      hooks: { beforeChange: [forceToCurrentUser] },
      admin: { readOnly: true },
    },
  ],
}
