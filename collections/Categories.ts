import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { attributeSchemaField } from '../fields/attributeSchema'
import { slugField } from '../fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: 'Catalogue' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    slugField({ from: 'name' }),
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'icon',
      type: 'text',
      maxLength: 60,
      admin: { description: 'Icon name shown beside the category on the site.' },
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    attributeSchemaField(),
  ],
}
