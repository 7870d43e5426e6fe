import type { SessionUser } from '../../lib/session'

/** Talks to the site's /api/session: the token itself stays in an httpOnly cookie. */
export const currentUser = async (): Promise<SessionUser | null> => {
  const response = await fetch('/api/session', { credentials: 'same-origin' })
  if (response.status === 401) return null
  if (!response.ok) throw new Error(((await response.json()) as { error: string }).error)
  return ((await response.json()) as { user: SessionUser }).user
}

/** The two-step page in the page's language, coming back here afterwards. */
const twoFactorPage = () => {
  const lang = /^\/(ur|ps)(?=\/|$)/.exec(window.location.pathname)?.[1]
  const here = `${window.location.pathname}${window.location.search}`
  return `${lang ? `/${lang}` : ''}/account/two-factor?next=${encodeURIComponent(here)}`
}

/**
 * Signs in from the chat. An account with two-step sign-in gets its code
 * asked on the two-step page (the challenge is already in this browser's
 * cookie), which brings the reader back to this room; the promise then
 * never settles, as the page is leaving.
 */
export const signIn = async (email: string, password: string): Promise<SessionUser> => {
  const response = await fetch('/api/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { user?: SessionUser; twoFactor?: { step: string }; error?: string }
  if (response.ok && body.twoFactor) {
    window.location.assign(twoFactorPage())
    return new Promise<SessionUser>(() => undefined)
  }
  if (!response.ok || !body.user) throw new Error(body.error ?? `HTTP ${response.status}`)
  return body.user
}

export const signOut = () => fetch('/api/session', { method: 'DELETE', credentials: 'same-origin' })
