import type { UsersExtension } from '../extend'

import { endSessionsOnRequiredRole, enforceSecondFactor } from './enforce'
import { twoFactorEndpoints } from './endpoints'
import { requireSecondFactor } from './signIn'

export { endSessionsOnRequirement } from './enforce'

/**
 * TOTP two-factor (issue 16, point 4): a sign-in that passed the password
 * gets a challenge instead of a session, and the session only after the
 * code (or enrolment, for roles that require it). Data lives in tables of
 * its own (store.ts), so no API of the users collection can reach it.
 */
export const twoFactor: UsersExtension = {
  fields: [
    {
      // The admin's view of a user's two-factor, with the reset button (admins only).
      name: 'twoFactorAdmin',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/users/twoFactor/admin/TwoFactorReset#TwoFactorReset' },
      },
    },
  ],
  hooks: {
    afterOperation: [requireSecondFactor],
    afterChange: [endSessionsOnRequiredRole],
  },
  endpoints: twoFactorEndpoints,
  auth: { strategies: [enforceSecondFactor] },
}
