/** The roles a user can hold. Order matters only for display. */
export const ROLES = ['admin', 'editor', 'moderator', 'member'] as const
export type Role = (typeof ROLES)[number]

/** Roles allowed into the Payload admin panel. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'editor', 'moderator']

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: MaybeUser, ...roles: readonly Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))
