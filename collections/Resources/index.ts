import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { existingRelation } from '../../fields/existingRelation'
import { deriveLocationBBox, locationFields } from '../../fields/location'
import { slugField } from '../../fields/slug'
import { attributesField } from './attributes'
import { creditVerification, profileFields } from './profile'
import { RESOURCE_STATUSES } from './statuses'

export const Resources: CollectionConfig = {
  slug: 'resources',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'district', 'status', '_status', 'updatedAt'],
    group: 'Catalogue',
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  access: {
    read: publishedOrEditor,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  hooks: {
    beforeChange: [deriveLocationBBox, creditVerification],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField({ from: 'title' }),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        existingRelation({
          name: 'category',
          type: 'relationship',
          relationTo: 'categories',
          required: true,
          index: true,
        }),
        existingRelation({
          name: 'district',
          type: 'relationship',
          relationTo: 'districts',
          required: true,
          index: true,
        }),
      ],
    },
    existingRelation({ name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unverified',
      // Payload's draft status is already `enum_resources_status`; a distinct
      // enum name keeps the two from colliding in PostgreSQL.
      enumName: 'enum_resources_operational_status',
      index: true,
      options: RESOURCE_STATUSES.map((value) => ({
        value,
        label: value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      })),
      admin: { position: 'sidebar', description: 'Whether the service is running, as far as we know.' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    attributesField(),
    ...profileFields(),
    ...locationFields(),
    existingRelation({ name: 'attachments', type: 'upload', relationTo: 'files', hasMany: true }),
    {
      name: 'references',
      type: 'array',
      labels: { singular: 'Reference', plural: 'References' },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 200 },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) => {
            try {
              const url = new URL(value ?? '')
              return url.protocol === 'https:' || url.protocol === 'http:'
                ? true
                : 'Reference URL must start with http:// or https://'
            } catch {
              return 'Reference URL is not a valid address'
            }
          },
        },
      ],
    },
    {
      name: 'provenance',
      type: 'group',
      admin: { description: 'Where this information came from.' },
      fields: [
        { name: 'source', type: 'text', maxLength: 200 },
        { name: 'sourceUrl', type: 'text', maxLength: 500 },
        { name: 'licence', type: 'text', maxLength: 80 },
        { name: 'collectedAt', type: 'date' },
        { name: 'collectedBy', type: 'text', maxLength: 120 },
      ],
    },
  ],
}
