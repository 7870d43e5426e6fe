import type { CollectionConfig, Config } from 'payload'

import { existingRelation } from '../../fields/existingRelation'
import { FORMS_SLUG } from './rules'

export const CAMPAIGNS_SLUG = 'campaigns'

/**
 * The campaign's form: readers fill it in on the campaign page, and the
 * campaign's `editors` read its answers (access.ts).
 */
export const campaignFormField = existingRelation({
  name: 'form',
  type: 'relationship',
  relationTo: FORMS_SLUG,
  index: true,
  admin: {
    position: 'sidebar',
    description:
      'The sign-up or pledge form readers fill in on the campaign page. Its answers are read by the editors above.',
  },
})

/**
 * Adds `form` to the campaigns collection unless it declares one itself
 * (collections/campaigns is the campaigns' home: once the field is there,
 * this does nothing). Keeps the forms plugin usable without campaigns too.
 */
export const withCampaignForm = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection: CollectionConfig) =>
    collection.slug !== CAMPAIGNS_SLUG || collection.fields.some((f) => 'name' in f && f.name === 'form')
      ? collection
      : { ...collection, fields: [...collection.fields, campaignFormField] },
  ),
})
