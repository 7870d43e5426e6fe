import type { Payload, PayloadRequest } from 'payload'

import { FORMS_SLUG, SUBMISSIONS_SLUG } from './rules'

/**
 * What a form's answers add to its campaign's progress: the number of its
 * submissions when the form says they count (`countsTowardProgress`), else
 * 0. Spam refused at the door is never a submission, so it never counts.
 */
export const countedSubmissions = async (
  payload: Payload,
  formId: number,
  req?: PayloadRequest,
): Promise<number> => {
  const form = await payload.findByID({
    collection: FORMS_SLUG,
    id: formId,
    depth: 0,
    select: { countsTowardProgress: true },
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
  })
  if (!form?.countsTowardProgress) return 0
  const { totalDocs } = await payload.count({
    collection: SUBMISSIONS_SLUG,
    where: { form: { equals: formId } },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return totalDocs
}
