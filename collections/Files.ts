import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { config } from '../utilities/config'

/**
 * Attachments and media. Kept deliberately plain here: which types are
 * accepted (ALLOWED_EXTENSIONS, sniffed from the bytes), hashing, previews,
 * quotas and private files come from the files plugin (plugins/files).
 */
export const Files: CollectionConfig = {
  slug: 'files',
  admin: { useAsTitle: 'filename', group: 'Content' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: path.resolve(config().FILES_DIR),
  },
  fields: [{ name: 'alt', type: 'text', localized: true, maxLength: 300 }],
}
