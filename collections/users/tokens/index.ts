import type { UsersExtension } from '../extend'

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
    // Merged into Payload's own `_verified` (mergeBaseFields): only admins may set it. The admin
    // shows it as Payload's "Verified" checkbox under the email (views/Edit/Auth), read-only
    // for anyone whose field access refuses the update.
    { name: '_verified', type: 'checkbox', access: verifiedFieldAccess },
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
