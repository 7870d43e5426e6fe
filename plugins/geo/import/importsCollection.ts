import type { CollectionConfig } from 'payload'

import { isEditor } from '../../../access/isEditor'
import { nobody } from '../../../access/nobody'

/** One committed import: its progress and outcome, written by the import job. */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: 'Import', plural: 'Imports' },
  admin: {
    useAsTitle: 'filename',
    group: 'Catalogue',
    defaultColumns: ['filename', 'status', 'created', 'total', 'createdAt'],
    description: 'Geodata imports: each feature becomes a draft resource for editors to review.',
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'filename', type: 'text', required: true },
    { name: 'format', type: 'text' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'running', 'done', 'failed'],
      index: true,
    },
    { name: 'total', type: 'number', required: true },
    { name: 'created', type: 'number', defaultValue: 0 },
    { name: 'failed', type: 'number', defaultValue: 0 },
    { name: 'errors', type: 'json', admin: { description: 'Features that could not be created, and why.' } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users' },
  ],
}
