import type { CollectionBeforeChangeHook, CollectionConfig, Validate } from 'payload'

import type { Campaign } from '../../payload-types'

import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { hasRole } from '../../access/roles'
import { existingRelation } from '../../fields/existingRelation'
import { slugField } from '../../fields/slug'
import { galleryField } from './gallery'
import { goalField } from './goal'
import { phaseField } from './phase'
import { progressField, reachedField, stampEnteredBy } from './progress'
import { scheduleEndpoints } from './schedule'

export { CAMPAIGN_PHASES, type CampaignPhase, campaignPhase } from './phase'
export { GOAL_UNITS, type GoalUnit } from './goal'
export { progressTotal } from './progress'

/** Stamp the first publication time, as posts do, so lists can sort by it. */
const populatePublishedAt: CollectionBeforeChangeHook<Campaign> = ({ data }) =>
  data?._status === 'published' && !data.publishedAt
    ? { ...data, publishedAt: new Date().toISOString() }
    : data

/** The end after the start, checked with the start as sent or as stored. */
const endsAfterStart: Validate = (value, { siblingData }) => {
  if (!value) return 'An end date is required'
  const startsAt = (siblingData as { startsAt?: string | null }).startsAt
  if (startsAt && Date.parse(String(value)) <= Date.parse(startsAt))
    return 'The campaign must end after it starts'
  return true
}

const adminOnly = ({ req }: { req: { user?: object | null } }) => hasRole(req.user, 'admin')

const staffOnly = ({ req }: { req: { user?: object | null } }) =>
  hasRole(req.user, 'admin', 'editor', 'moderator')

/**
 * Awareness campaigns organisations run: dates, a goal and its progress,
 * photos, posts and (with the forms work) a sign-up form. Access as for posts:
 * readers see published campaigns, editors everything.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'phase', 'startsAt', 'endsAt', '_status'],
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
  hooks: { beforeChange: [populatePublishedAt, stampEnteredBy] },
  endpoints: scheduleEndpoints,
  defaultSort: '-startsAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField({ from: 'title' }),
    // Unnamed tabs only arrange the form: the data keeps its shape (no migration).
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Campaign',
          fields: [
            { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
            { name: 'body', type: 'richText', localized: true },
            {
              type: 'row',
              fields: [
                {
                  name: 'startsAt',
                  type: 'date',
                  required: true,
                  index: true,
                  admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'endsAt',
                  type: 'date',
                  required: true,
                  index: true,
                  validate: endsAfterStart,
                  admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' } },
                },
              ],
            },
            existingRelation({ name: 'organization', type: 'relationship', relationTo: 'organizations' }),
            existingRelation({
              name: 'districts',
              type: 'relationship',
              relationTo: 'districts',
              hasMany: true,
            }),
            existingRelation({
              name: 'categories',
              type: 'relationship',
              relationTo: 'categories',
              hasMany: true,
            }),
          ],
        },
        {
          label: 'Goal and reach',
          fields: [
            goalField,
            progressField,
            {
              name: 'figures',
              type: 'ui',
              admin: {
                components: { Field: '/collections/campaigns/admin/CampaignFigures#CampaignFigures' },
              },
            },
          ],
        },
        {
          label: 'Posts and resources',
          fields: [
            {
              // Posts name their campaign; the campaign lists them (with their publication state) here.
              name: 'posts',
              type: 'join',
              collection: 'posts',
              on: 'campaign',
              defaultSort: 'publishedAt',
              admin: { defaultColumns: ['title', '_status', 'publishedAt'] },
            },
            {
              name: 'postSchedule',
              type: 'ui',
              admin: { components: { Field: '/collections/campaigns/admin/PostSchedule#PostSchedule' } },
            },
            existingRelation({
              name: 'resources',
              type: 'relationship',
              relationTo: 'resources',
              hasMany: true,
            }),
          ],
        },
        {
          label: 'Photos',
          fields: [
            existingRelation({ name: 'heroImage', type: 'upload', relationTo: 'files' }),
            galleryField,
          ],
        },
      ],
    },
    phaseField,
    reachedField,
    existingRelation({
      name: 'editors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      filterOptions: { roles: { in: ['editor', 'admin'] } },
      // Who reads the form's answers is an admin's decision: an editor may not name themselves.
      access: { read: staffOnly, create: adminOnly, update: adminOnly },
      admin: {
        position: 'sidebar',
        description: 'Editors responsible for this campaign: they read its form submissions. Set by admins.',
      },
    }),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
