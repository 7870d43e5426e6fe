import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { emailField, phonesField, websiteField } from '../fields/contact'
import { slugField } from '../fields/slug'

/** HSDS `organization`: who provides a resource (a district health office, a department, an NGO). */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'legalStatus'], group: 'Catalogue' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField({ from: 'name' }),
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
    {
      type: 'row',
      fields: [emailField(), websiteField()],
    },
    phonesField(),
    {
      name: 'legalStatus',
      type: 'text',
      maxLength: 120,
      admin: { description: 'e.g. "Government department", "Registered society (NGO)".' },
    },
  ],
}
