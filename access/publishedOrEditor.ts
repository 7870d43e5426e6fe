import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins see drafts; everyone else (anonymous, members, moderators)
 * reads only published documents. Returning a `Where` lets Payload filter rows
 * in SQL instead of failing the whole request.
 */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
