import { cmsAs } from './session'

/** One session as the CMS lists it (GET /api/users/sessions). */
export interface ReaderSession {
  id: string
  createdAt: string | null
  lastUsedAt: string | null
  expiresAt: string
  ip: string | null
  userAgent: string | null
  browser: string | null
  browserName: string | null
  os: string | null
  current: boolean
}

export type SessionsAnswer =
  { kind: 'ok'; sessions: ReaderSession[] } | { kind: 'signed-out' } | { kind: 'unavailable' }

export type EndAnswer =
  { kind: 'ended'; count: number } | { kind: 'gone' } | { kind: 'signed-out' } | { kind: 'unavailable' }

/** A session id as the CMS gives them; anything else never leaves the site. */
export const SESSION_ID = /^[A-Za-z0-9-]{1,64}$/

/** The reader's sessions, as the reader (their own token). */
export const readerSessions = async (token: string | undefined): Promise<SessionsAnswer> => {
  if (!token) return { kind: 'signed-out' }
  try {
    const response = await cmsAs(token, '/users/sessions')
    if (response.status === 401 || response.status === 403) return { kind: 'signed-out' }
    if (!response.ok) return { kind: 'unavailable' }
    const body = (await response.json()) as { sessions?: ReaderSession[] }
    return { kind: 'ok', sessions: body.sessions ?? [] }
  } catch {
    return { kind: 'unavailable' }
  }
}

const ending = async (token: string | undefined, path: string): Promise<EndAnswer> => {
  if (!token) return { kind: 'signed-out' }
  try {
    // A DELETE with a body the CMS does not read: cmsAs sets the headers only with one.
    const response = await cmsAs(token, path, { method: 'DELETE' })
    if (response.status === 401) return { kind: 'signed-out' }
    if (response.status === 404) return { kind: 'gone' }
    if (!response.ok) return { kind: 'unavailable' }
    const body = (await response.json()) as { ended?: number }
    return { kind: 'ended', count: body.ended ?? 0 }
  } catch {
    return { kind: 'unavailable' }
  }
}

/** Ends one of the reader's sessions. */
export const endReaderSession = (token: string | undefined, id: string) =>
  SESSION_ID.test(id)
    ? ending(token, `/users/sessions/${encodeURIComponent(id)}`)
    : Promise.resolve<EndAnswer>({ kind: 'gone' })

/** Ends every session of the reader but the one making the request. */
export const endOtherReaderSessions = (token: string | undefined) =>
  ending(token, '/users/sessions?keepCurrent=true')
