import type { CollectionConfig } from 'payload'

import type { SanitizedSearchOptions } from './types'

import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { nobody } from '../../access/nobody'
import { SEARCHABLE_COLLECTIONS } from './types'

/**
 * The search index: one row per published document and locale, written only
 * by the sync hooks. Its full-text column and GIN index are added by a
 * hand-written migration (`*_search_fts`).
 */
export const searchIndexCollection = (options: SanitizedSearchOptions): CollectionConfig => ({
  slug: options.indexSlug,
  labels: { singular: 'Search record', plural: 'Search index' },
  admin: {
    useAsTitle: 'title',
    group: 'System',
    defaultColumns: ['title', 'docCollection', 'locale', 'docUpdatedAt'],
    description: 'Kept in step with published content automatically; read-only.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['docCollection', 'docId', 'locale'], unique: true }],
  fields: [
    {
      name: 'docCollection',
      type: 'select',
      required: true,
      index: true,
      options: [...SEARCHABLE_COLLECTIONS],
    },
    { name: 'docId', type: 'number', required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: ['en', 'ur', 'ps'] },
    // False when the row's title is English standing in for a missing translation.
    { name: 'translated', type: 'checkbox', defaultValue: true },
    { name: 'slug', type: 'text' },
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'category', type: 'number', index: true },
    { name: 'district', type: 'number', index: true },
    { name: 'tags', type: 'json' },
    { name: 'status', type: 'text', index: true },
    { name: 'publishedAt', type: 'date', index: true },
    { name: 'docUpdatedAt', type: 'date' },
    // Folded text (see normalize.ts) that the full-text column is built from.
    { name: 'normTitle', type: 'text', admin: { hidden: true } },
    { name: 'normSummary', type: 'textarea', admin: { hidden: true } },
    { name: 'normBody', type: 'textarea', admin: { hidden: true } },
    { name: 'normTerms', type: 'textarea', admin: { hidden: true } },
  ],
})

/**
 * Synonym groups editors maintain: every term in a group finds the documents
 * of the others ("BHU", "basic health unit", "clinic").
 */
export const synonymsCollection = (options: SanitizedSearchOptions): CollectionConfig => ({
  slug: options.synonymsSlug,
  labels: { singular: 'Synonym group', plural: 'Search synonyms' },
  admin: { useAsTitle: 'label', group: 'System', defaultColumns: ['label', 'terms'] },
  access: { read: isEditor, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 120 },
    {
      name: 'terms',
      type: 'text',
      hasMany: true,
      required: true,
      minRows: 2,
      maxRows: 30,
      admin: { description: 'Words or phrases that mean the same, in any language.' },
    },
  ],
})
