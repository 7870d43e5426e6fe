import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from './roles'

/**
 * Staff can look people up (authors, collectors, reporters); members see only
 * themselves, so the user list never leaks to the public.
 */
export const staffOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...STAFF_ROLES)) return true
  return { id: { equals: user.id } }
}
