import type { Plugin } from 'payload'

import { auditPlugin } from './audit'
import { geoPlugin } from './geo'
import { searchPlugin } from './search'

/** Every plugin the CMS runs, in one list. */
export const plugins: Plugin[] = [
  auditPlugin({
    collections: [
      'users',
      'resources',
      'categories',
      'districts',
      'tags',
      'posts',
      'files',
      'chat-rooms',
      'chat-members',
      'chat-invites',
      'reports',
    ],
    authCollection: 'users',
  }),
  searchPlugin(),
  geoPlugin(),
]
