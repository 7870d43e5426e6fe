import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins curate the catalogue. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
