import type { Access, PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { CAMPAIGNS_SLUG } from './campaignForm'

/**
 * The forms whose submissions the user may read: every form for admins;
 * for an editor, the forms of the campaigns that list them among their
 * `editors`; none for anyone else. The one rule behind the collection's
 * read access and the CSV export.
 */
export const readableForms = async (req: PayloadRequest): Promise<'all' | number[]> => {
  if (hasRole(req.user, 'admin')) return 'all'
  if (!req.user || !hasRole(req.user, 'editor')) return []
  // The campaign as saved (its published state once published): a pending draft does not change who reads.
  const { docs } = await req.payload.find({
    collection: CAMPAIGNS_SLUG,
    where: { and: [{ editors: { equals: req.user.id } }, { form: { exists: true } }] },
    select: { form: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((doc) => (typeof doc.form === 'object' ? doc.form?.id : doc.form))
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
}

/** Read access on form-submissions: a `Where` on the readable forms, so lists filter in SQL. */
export const canReadSubmissions: Access = async ({ req }) => {
  const forms = await readableForms(req)
  if (forms === 'all') return true
  if (forms.length === 0) return false
  return { form: { in: forms } }
}

/** Whether the user may read the submissions of form `formId` (the CSV export). */
export const canReadSubmissionsOf = async (req: PayloadRequest, formId: number): Promise<boolean> => {
  const forms = await readableForms(req)
  return forms === 'all' || forms.includes(formId)
}
