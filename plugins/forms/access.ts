import type { Access, PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'

/**
 * The forms whose submissions the user may read: every form for admins;
 * for an editor, the forms of the campaigns that list them as `editors`;
 * none for anyone else. The one rule behind the collection's read access
 * and the CSV export.
 */
export const readableForms = async (req: PayloadRequest): Promise<'all' | number[]> => {
  if (hasRole(req.user, 'admin')) return 'all'
  // TODO(campaigns): editors of a campaign read its form's submissions, once campaigns are on main.
  return []
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
