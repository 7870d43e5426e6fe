import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { ChatRoom } from '../../payload-types'

import { recordAuditEvent } from '../../plugins/audit'
import { requestIdFrom } from '../../utilities/requestId'

/** A call stays joinable this long after a host started it, unless ended sooner. */
export const CALL_MAX_MS = 4 * 60 * 60 * 1000

export type Role = 'owner' | 'moderator' | 'member'

export const isHost = (role: Role | null | undefined) => role === 'owner' || role === 'moderator'

export const mayStart = (room: ChatRoom, role: Role) => {
  const rule = room.calls?.whoMayStart ?? 'moderators'
  return rule === 'members' || (rule === 'moderators' && isHost(role)) || role === 'owner'
}

export const callRunning = (room: ChatRoom, now = Date.now()) => {
  const since = room.calls?.activeSince ? new Date(room.calls.activeSince).getTime() : 0
  return since > 0 && now - since < CALL_MAX_MS
}

/** The display names of the room's owners and moderators (nobody else may use them in a call). */
export const hostNames = async (payload: Payload, room: number) => {
  const { docs } = await payload.find({
    collection: 'chat-members',
    where: { and: [{ room: { equals: room } }, { role: { in: ['owner', 'moderator'] } }] },
    depth: 1,
    limit: 100,
    overrideAccess: true,
  })
  return docs.flatMap((member) =>
    member.user && typeof member.user === 'object' ? [member.user.name ?? '', member.user.email] : [],
  )
}

/**
 * Records who received a call token for which room and with which rights,
 * through the audit plugin like every other event: a request id of its own
 * (a socket event has no HTTP request) and the client's address as the
 * sidecar resolved it.
 */
export const auditToken = async (
  payload: Payload,
  event: {
    room: number
    actor: number | null
    actorEmail: string | null
    moderator: boolean
    guest?: string
    ip: string | null
    userAgent?: string | null
  },
) => {
  const req = await createLocalReq({}, payload)
  await recordAuditEvent(
    req,
    {
      type: 'call-token',
      actor: event.actor,
      actorEmail: event.actorEmail,
      subjectCollection: 'chat-rooms',
      subjectId: event.room,
      diff: { moderator: { to: event.moderator }, ...(event.guest ? { guest: { to: event.guest } } : {}) },
    },
    {
      meta: {
        requestId: requestIdFrom(undefined),
        ip: event.ip ? event.ip.slice(0, 64) : null,
        userAgent: event.userAgent?.slice(0, 300) ?? null,
      },
    },
  )
}
