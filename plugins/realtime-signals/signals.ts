/**
 * What the CMS tells the realtime sidecar, over PostgreSQL NOTIFY on
 * `CHANNEL`. Shared by plugins/realtime-signals (sender) and
 * realtime/signals.ts (listener).
 */
export const CHANNEL = 'hujra_realtime'

export type Signal =
  | { type: 'member-removed'; room: number; user: number }
  | { type: 'member-muted'; room: number; user: number; mutedUntil: null | string }
  | { type: 'message-deleted'; room: number; id: number }
  | { type: 'room-deleted'; room: number }
  /** A user's roles, sessions or account changed: their sockets re-check their session. */
  | { type: 'user-changed'; user: number }
