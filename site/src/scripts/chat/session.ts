import type { SessionUser } from '../../lib/session'

/** Talks to the site's /api/session: the token itself stays in an httpOnly cookie. */
export const currentUser = async (): Promise<SessionUser | null> => {
  const response = await fetch('/api/session', { credentials: 'same-origin' })
  if (response.status === 401) return null
  if (!response.ok) throw new Error(((await response.json()) as { error: string }).error)
  return ((await response.json()) as { user: SessionUser }).user
}

export const signIn = async (email: string, password: string): Promise<SessionUser> => {
  const response = await fetch('/api/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { user?: SessionUser; error?: string }
  if (!response.ok || !body.user) throw new Error(body.error ?? `HTTP ${response.status}`)
  return body.user
}

export const signOut = () => fetch('/api/session', { method: 'DELETE', credentials: 'same-origin' })
