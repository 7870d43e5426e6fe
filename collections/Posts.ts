import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { Post } from '../payload-types'

import { isEditor } from '../access/isEditor'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { existingRelation } from '../fields/existingRelation'
import { slugField } from '../fields/slug'

/** Stamp the first publication time so lists can sort by it. */
const populatePublishedAt: CollectionBeforeChangeHook<Post> = ({ data, req }) => {
  if (data?._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString(), author: data.author ?? req.user?.id }
  }
  return data
}

export const Posts: CollectionConfig = {
  slug: 'posts',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: 'Content',
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
  hooks: { beforeChange: [populatePublishedAt] },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField({ from: 'title' }),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    existingRelation({ name: 'heroImage', type: 'upload', relationTo: 'files' }),
    existingRelation({ name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true }),
    existingRelation({
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      admin: { position: 'sidebar', description: 'The campaign this post belongs to, if any.' },
    }),
    existingRelation({
      name: 'relatedResources',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
    }),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    existingRelation({
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar' },
    }),
  ],
}
