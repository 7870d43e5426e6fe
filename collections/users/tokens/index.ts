import type { UsersExtension } from '../extend'

/** Sign-up verification and password reset with hashed, single-use, short-lived tokens (issue 16, points 2 and 3). */
export const accountTokens: UsersExtension = {}
