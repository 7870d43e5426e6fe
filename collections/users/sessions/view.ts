import type { LiveSession } from './store'

import { browserLabel, browserParts } from './browserLabel'

/** One session as the list shows it (never its token). */
export interface SessionView {
  id: string
  createdAt: string | null
  lastUsedAt: string | null
  expiresAt: string
  ip: string | null
  userAgent: string | null
  /** "Chrome on Android" (null when unknown). */
  browser: string | null
  /** Its parts, for other languages: "Chrome", "Android". */
  browserName: string | null
  os: string | null
  /** The session making this request. */
  current: boolean
}

export const toView = (session: LiveSession, currentSid: string | undefined): SessionView => ({
  id: session.sid,
  createdAt: (session.createdAt ?? session.details?.createdAt)?.toISOString() ?? null,
  lastUsedAt: session.details?.lastUsedAt.toISOString() ?? null,
  expiresAt: session.expiresAt.toISOString(),
  ip: session.details?.ip ?? null,
  userAgent: session.details?.userAgent ?? null,
  browser: browserLabel(session.details?.userAgent),
  browserName: browserParts(session.details?.userAgent).name,
  os: browserParts(session.details?.userAgent).os,
  current: session.sid === currentSid,
})
