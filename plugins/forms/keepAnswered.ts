import type { CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '../../utilities/errors'
import { SUBMISSIONS_SLUG } from './rules'

/**
 * A form with answers is not deleted: its submissions need it (their `form`
 * is required, so PostgreSQL would refuse the delete with a 500), and the
 * answers are what the campaign collected. An admin deletes or exports the
 * answers first; closing the form (`closesAt`) stops new ones.
 */
export const keepAnsweredForms: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: SUBMISSIONS_SLUG,
    where: { form: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0)
    throw conflict(
      `This form has ${totalDocs} answer${totalDocs === 1 ? '' : 's'}: close it instead, or have an admin delete the answers first`,
    )
}
