import type { CollectionConfig, Config, FieldAccess, RelationshipField, Validate } from 'payload'

import { hasRole } from '../../access/roles'

import { existingRelation } from '../../fields/existingRelation'
import { FORMS_SLUG } from './rules'

export const CAMPAIGNS_SLUG = 'campaigns'

/**
 * The campaign's form: readers fill it in on the campaign page, and the
 * campaign's `editors` read its answers (access.ts).
 */
/**
 * A form belongs to one campaign: its answers are read by that campaign's
 * editors, so a second campaign naming it would hand them to another set.
 */
const oneCampaignPerForm: Validate = async (value, options) => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  if (typeof id !== 'number') return true
  const own = (options as { id?: number | string }).id
  const { totalDocs } = await options.req.payload.count({
    collection: CAMPAIGNS_SLUG,
    where: { and: [{ form: { equals: id } }, ...(own === undefined ? [] : [{ id: { not_equals: own } }])] },
    overrideAccess: true,
    req: options.req,
  })
  return totalDocs === 0 ? true : 'This form belongs to another campaign: build a new one for this campaign'
}

/**
 * Who may attach a form, and so decide who reads its answers: admins, and
 * editors already responsible for the campaign (an editor may not bring
 * another campaign's answers into reach, nor name themselves: `editors` is
 * admins' to set).
 */
const mayAttach: FieldAccess = ({ req: { user }, doc }) => {
  if (hasRole(user, 'admin')) return true
  const editors = ((doc as { editors?: unknown[] } | undefined)?.editors ?? []).map((e) =>
    e && typeof e === 'object' ? (e as { id?: unknown }).id : e,
  )
  return hasRole(user, 'editor') && editors.includes(user?.id)
}

const checkedForm: RelationshipField = existingRelation<RelationshipField>({
  name: 'form',
  type: 'relationship',
  relationTo: FORMS_SLUG,
  index: true,
  access: { create: ({ req: { user } }) => hasRole(user, 'admin'), update: mayAttach },
  admin: {
    position: 'sidebar',
    description:
      'The sign-up or pledge form readers fill in on the campaign page. Its answers are read by the editors above.',
  },
})
const existing = checkedForm.validate as Validate
const validate: Validate = async (value, options) => {
  const result = await existing(value, options)
  return result === true ? oneCampaignPerForm(value, options) : result
}
export const campaignFormField = { ...checkedForm, validate } as RelationshipField

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
