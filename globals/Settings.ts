import type { GlobalConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'

/**
 * Site-wide settings admins change without a deploy. Read by the services
 * that need them (the realtime sidecar reads the chat limits per request).
 */
export const Settings: GlobalConfig = {
  slug: 'settings',
  admin: { group: 'Administration' },
  access: { read: isAdmin, update: isAdmin },
  fields: [
    {
      name: 'uploads',
      type: 'group',
      fields: [
        {
          name: 'quotaMb',
          type: 'number',
          min: 1,
          max: 1_000_000,
          admin: { description: 'Storage each user may fill with their uploads, in MB. Empty: no limit.' },
        },
      ],
    },
    {
      name: 'chat',
      type: 'group',
      fields: [
        {
          name: 'maxInviteDays',
          type: 'number',
          min: 1,
          max: 365,
          admin: {
            description:
              'The longest a chat invite may live, in days. Empty: the CHAT_INVITE_MAX_DAYS setting of the server (7 by default).',
          },
        },
      ],
    },
  ],
}
