import type { PayloadRequest, Where } from 'payload'

import { hasRole } from '../../../access/roles'

export type ChatRole = 'member' | 'moderator' | 'owner'

export interface Membership {
  room: number
  role: ChatRole
  mutedUntil: null | string
}

const idOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? Number((value as { id: unknown }).id) : Number(value)

/**
 * The signed-in user's memberships, in one query. Runs with the request so it
 * sees the request's own transaction (a room created a moment ago).
 */
export const membershipsOf = async (req: PayloadRequest): Promise<Membership[]> => {
  if (!req.user) return []
  const { docs } = await req.payload.find({
    collection: 'chat-members',
    where: { user: { equals: req.user.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { room: true, role: true, mutedUntil: true },
    req,
  })
  return docs.map((doc) => ({
    room: idOf(doc.room),
    role: doc.role as ChatRole,
    mutedUntil: (doc.mutedUntil as null | string | undefined) ?? null,
  }))
}

/** Room ids where the user holds one of the roles (all roles when none given). */
export const roomIdsOf = async (req: PayloadRequest, ...roles: ChatRole[]): Promise<number[]> =>
  (await membershipsOf(req)).filter((m) => roles.length === 0 || roles.includes(m.role)).map((m) => m.room)

/**
 * A `Where` on a room field that is a real SQL `IN`: an empty list would mean
 * "no filter" to some paths, so it becomes an id no row has.
 */
export const roomIn = (field: string, ids: number[]): Where => ({
  [field]: { in: ids.length > 0 ? ids : [-1] },
})

export const isSiteAdmin = (req: PayloadRequest) => hasRole(req.user, 'admin')

export { idOf }
