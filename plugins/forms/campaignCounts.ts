import type { CollectionAfterChangeHook } from 'payload'

import type { FormSubmission } from '../../payload-types'

import { transactionDb } from '../../utilities/db'
import { countSubmission } from '../campaign-metrics'
import { CAMPAIGNS_SLUG } from './campaignForm'
import { idOf } from './validateSubmission'

/**
 * A new submission counts in the daily figures of every campaign its form
 * is attached to (plugins/campaign-metrics), in the submission's own
 * transaction: a refused or rolled-back answer counts nothing, and spam
 * refused at the door never becomes a submission to count.
 */
export const countInCampaigns: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const formId = idOf(doc.form)
  if (!formId) return doc
  const { docs } = await req.payload.find({
    collection: CAMPAIGNS_SLUG,
    where: { form: { equals: formId } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const db = await transactionDb(req)
  for (const campaign of docs) await countSubmission(db, campaign.id)
  return doc
}
