import type { UsersExtension } from '../extend'

/** Sessions a user can see and end, and two-factor sign-in (issue 16, points 4 and 7). */
export const sessionLayer: UsersExtension = {}
