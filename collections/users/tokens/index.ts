import type { UsersExtension } from '../extend'

import { hasRole } from '../../../access/roles'

import { finishEmailChange, prepareEmailChange } from './emailChange'
import { tokenEndpoints } from './endpoints'
import { refusePayloadTokens } from './reset'
import { finishSignUp, prepareSignUp, verifiedFieldAccess } from './verification'

export { accountTokensGraphQL } from './graphql'

/**
 * Sign-up verification and password reset with hashed, single-use,
 * short-lived tokens (issue 16, points 2 and 3). Payload's `verify` gives
 * `_verified` and its refusal of unverified sign-ins (after the password
 * checks out, so it reveals nothing to a guesser); the tokens, their expiry,
 * the mail and the routes are ours.
 */
export const accountTokens: UsersExtension = {
  auth: { verify: true },
  fields: [
    // Merged into Payload's own `_verified` (mergeBaseFields): only admins may set it.
    {
      name: '_verified',
      type: 'checkbox',
      label: 'Email confirmed',
      access: verifiedFieldAccess,
      admin: {
        // Payload's own `_verified` renders nothing (`Field: false`); this brings its checkbox back.
        components: { Field: undefined },
        position: 'sidebar',
        description: 'Tick it to confirm someone whose confirmation mail never arrives.',
        // Admins only: for anyone else it is read-only, and says nothing they need.
        condition: (_data, _sibling, { user }) => hasRole(user, 'admin'),
      },
    },
    {
      // When the link in the newest verification mail stops working (`_verificationToken` holds its hash).
      name: 'verificationExpiresAt',
      type: 'date',
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
  ],
  hooks: {
    beforeOperation: [prepareSignUp, refusePayloadTokens],
    beforeChange: [prepareEmailChange],
    afterChange: [finishSignUp, finishEmailChange],
  },
  endpoints: tokenEndpoints,
}
