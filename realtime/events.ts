/**
 * The Socket.IO event contract shared by the realtime service and the site's
 * chat widget. Events are `feature:action`; every client event takes one
 * payload and an acknowledgement that receives a `Result`.
 */

export type ErrorCode =
  | 'forbidden'
  | 'internal'
  | 'invalid'
  | 'muted'
  | 'not_found'
  | 'rate_limited'
  | 'unauthorized'
  /** A feature the server is not configured for (video calls without JITSI_*). */
  | 'unavailable'

export interface ChatError {
  code: ErrorCode
  message: string
}

export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ChatError }

export type Ack<T extends object = object> = (result: Result<T>) => void

export interface ChatMessage {
  id: number
  room: number
  author: null | number
  /** The author's display name (null for a deleted account). */
  authorName: null | string
  text: string
  replyTo: null | number
  pinned: boolean
  edited: boolean
  deletedByModerator: boolean
  createdAt: string
  updatedAt: string
}

/** What a browser needs to join a room's meeting on JaaS. */
export interface CallTicket {
  token: string
  /** `<appId>/<meeting>`, the JaaS room name. */
  roomName: string
  domain: string
  moderator: boolean
  lobby: boolean
  expiresAt: string
}

export interface History {
  messages: ChatMessage[]
  /** More messages exist beyond this page (older for `before`, newer for `after`). */
  hasMore: boolean
}

export interface RoomJoin {
  room: number
  /** A page of history older than this message id (scrolling back). */
  before?: number
  /** What was missed since this message id, oldest first (reconnect catch-up). */
  after?: number
  limit?: number
}

export interface ClientToServerEvents {
  'room:join': (payload: RoomJoin, ack: Ack<History>) => void
  'room:leave': (payload: { room: number }, ack: Ack) => void
  'message:send': (
    payload: { room: number; text: string; replyTo?: number },
    ack: Ack<{ id: number; message: ChatMessage }>,
  ) => void
  'message:edit': (payload: { id: number; text: string }, ack: Ack<{ id: number }>) => void
  'message:delete': (payload: { id: number }, ack: Ack<{ id: number }>) => void
  /** Moderators and owners: `minutes: 0` lifts a mute early. */
  'member:mute': (
    payload: { room: number; user: number; minutes: number },
    ack: Ack<{ mutedUntil: null | string }>,
  ) => void
  'member:remove': (payload: { room: number; user: number }, ack: Ack) => void
  /** Owners and moderators: pin or unpin a message. */
  'message:pin': (payload: { id: number; pinned: boolean }, ack: Ack<{ id: number }>) => void
  /** Owners and moderators: hide a message from the room (kept, marked deleted by a moderator, for reports). */
  'message:moderate': (payload: { id: number }, ack: Ack<{ id: number }>) => void
  /** Owners: make a member a moderator or a moderator a member. */
  'member:role': (
    payload: { room: number; user: number; role: 'member' | 'moderator' },
    ack: Ack<{ role: 'member' | 'moderator' }>,
  ) => void
  /** Members: report a message or a user of a room to its moderators. */
  'report:create': (
    payload: {
      room: number
      targetKind: 'message' | 'user'
      targetId: number
      type: 'spam' | 'abuse' | 'harassment' | 'other'
      reason?: string
    },
    ack: Ack<{ id: number }>,
  ) => void
  /**
   * Members: a JaaS token for the room's meeting (5 minutes). Those allowed to
   * start calls start one; others may join only while one is running.
   */
  'call:token': (payload: { room: number; displayName: string }, ack: Ack<CallTicket>) => void
  /** Hosts: end the room's call (members can no longer join it). */
  'call:end': (payload: { room: number }, ack: Ack) => void
  /** Hosts: a call-only invite for someone outside the room (minutes, one-time by default). */
  'call:invite': (
    payload: { room: number; minutes?: number; oneTime?: boolean },
    ack: Ack<{ id: number; token: string; expiresAt: string }>,
  ) => void
  /** Hosts: withdraw a call invite. */
  'call:revoke': (payload: { id: number }, ack: Ack<{ id: number }>) => void
  /** Owners and moderators: a signed link token; the expiry is capped at the configured maximum. */
  'invite:create': (
    payload: { room: number; minutes: number; oneTime?: boolean },
    ack: Ack<{ token: string; expiresAt: string }>,
  ) => void
  /** Joins the invite's room; the ack names why a token is refused. */
  'invite:accept': (payload: { token: string }, ack: Ack<{ room: number }>) => void
}

export interface ServerToClientEvents {
  'message:created': (message: ChatMessage) => void
  'message:updated': (message: ChatMessage) => void
  'message:deleted': (payload: { id: number; room: number }) => void
  'member:muted': (payload: { room: number; user: number; mutedUntil: null | string }) => void
  'member:role': (payload: { room: number; user: number; role: 'member' | 'moderator' }) => void
  /** To the room's owners and moderators: a new report to handle. */
  'report:created': (payload: {
    id: number
    room: number
    targetKind: 'message' | 'user'
    targetId: number
  }) => void
  'call:started': (payload: { room: number }) => void
  'call:ended': (payload: { room: number }) => void
  /** Sent to a member removed from a room; their sockets have already left it. */
  'room:removed': (payload: { room: number }) => void
}

export type InterServerEvents = Record<string, never>

export interface SocketData {
  user: { id: number; email: string; name?: null | string; roles?: null | string[] } & Record<string, unknown>
  ip: string
  /** The session token; never sent to clients. */
  token: string
  /** The session the token names (`sid`) and when the token expires (ms since the epoch). */
  session: { sid: string; userId: number; expiresAt: number }
}

/** The Socket.IO room of a chat room, and of all of one user's sockets. */
export const roomChannel = (room: number) => `room:${room}`
export const userChannel = (user: number) => `user:${user}`
