import type { PayloadRequest } from 'payload'

import { hasRole, STAFF_ROLES } from './roles'

/** Admins, editors and moderators may enter the admin panel; members use the site. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, ...STAFF_ROLES)
