import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'

/**
 * Attachments and media. Kept deliberately plain here: byte sniffing, hashing,
 * previews, quotas and private files arrive with the files plugin.
 */
export const Files: CollectionConfig = {
  slug: 'files',
  admin: { useAsTitle: 'filename', group: 'Content' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: path.resolve(process.env.FILES_DIR ?? '.data/files'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'],
  },
  fields: [{ name: 'alt', type: 'text', localized: true, maxLength: 300 }],
}
