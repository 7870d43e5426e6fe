import type { User } from '../payload-types'

/** The roles a user can hold. Order matters only for display. */
export const ROLES = ['admin', 'editor', 'moderator', 'member'] as const
export type Role = (typeof ROLES)[number]

/** Roles allowed into the Payload admin panel. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'editor', 'moderator']

/**
 * Whoever a request is made by: a user, an API key (which has no roles), or
 * nobody. Typed loosely on purpose, so every access function can ask.
 */
type MaybeUser = object | null | undefined

/** The roles `user` holds: none for an API key or nobody. */
export const rolesOf = (user: MaybeUser): readonly string[] => {
  const roles = user && 'roles' in user ? (user as { roles?: unknown }).roles : undefined
  return Array.isArray(roles) ? (roles as string[]) : []
}

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: MaybeUser, ...roles: readonly Role[]): boolean =>
  rolesOf(user).some((role) => (roles as readonly string[]).includes(role))

/**
 * The signed-in person, or null: an API key is a request's user for Payload
 * (of the `api-keys` collection) but is nobody to audit, mail or name.
 */
export const personOf = (user: unknown): User | null =>
  user && typeof user === 'object' && (user as { collection?: unknown }).collection === 'users'
    ? (user as User)
    : null
