import type { APIRoute } from 'astro'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../../../collections/moderation/topics'
import { config } from '../../lib/config'
import { type SessionUser, clearSession, cmsAs, setSession, tokenOf } from '../../lib/session'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })

const unavailable = () => json({ error: 'The sign-in service is unavailable; try again shortly' }, 503)

const userOf = (user: { id: number; name?: string | null; email?: string }): SessionUser => ({
  id: user.id,
  name: user.name || user.email || `#${user.id}`,
})

/** Who is signed in (401 when nobody). */
export const GET: APIRoute = async ({ cookies }) => {
  const token = tokenOf(cookies)
  if (!token) return json({ error: 'Not signed in' }, 401)
  try {
    const response = await cmsAs(token, '/users/me')
    const body = (await response.json()) as { user?: { id: number; name?: string } | null }
    if (!response.ok || !body.user) {
      clearSession(cookies)
      return json({ error: 'Not signed in' }, 401)
    }
    return json({ user: userOf(body.user) })
  } catch {
    return unavailable()
  }
}

/**
 * The CMS limits sign-in attempts per address, and only the site knows the
 * reader's: it sends it with SITE_CACHE_SECRET, which the CMS requires before
 * believing it (collections/users/clientAddress.ts), as corrections do.
 */
const signIn = (email: string, password: string, readerAddress: string | undefined) => {
  const { CMS_URL, SITE_CACHE_SECRET } = config()
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (SITE_CACHE_SECRET && readerAddress) {
    headers[SITE_SECRET_HEADER] = SITE_CACHE_SECRET
    headers[READER_ADDRESS_HEADER] = readerAddress
  }
  return fetch(`${CMS_URL}/api/users/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(5000),
  })
}

/** Signs in with email and password; the token stays in an httpOnly cookie. */
export const POST: APIRoute = async ({ clientAddress, cookies, request, url }) => {
  let input: { email?: unknown; password?: unknown }
  try {
    input = (await request.json()) as typeof input
  } catch {
    return json({ error: 'Send JSON with email and password' }, 400)
  }
  if (typeof input.email !== 'string' || !input.email || input.email.length > 254) {
    return json({ error: 'email is required' }, 400)
  }
  if (typeof input.password !== 'string' || !input.password || input.password.length > 1024) {
    return json({ error: 'password is required' }, 400)
  }
  try {
    const response = await signIn(input.email, input.password, clientAddress)
    if (response.status === 429) {
      const retryAfter = response.headers.get('retry-after') ?? '60'
      return Response.json(
        { error: 'Too many sign-in attempts; try again later', retryAfterSeconds: Number(retryAfter) },
        { status: 429, headers: { 'cache-control': 'private, no-store', 'retry-after': retryAfter } },
      )
    }
    const body = (await response.json()) as {
      token?: string
      exp?: number
      user?: { id: number; name?: string }
    }
    if (!response.ok || !body.token || !body.user) {
      return json({ error: 'Wrong email or password' }, 401)
    }
    const expires = new Date((body.exp ?? Date.now() / 1000 + 7200) * 1000)
    setSession(cookies, body.token, expires, url.protocol === 'https:')
    return json({ user: userOf(body.user) })
  } catch {
    return unavailable()
  }
}

/** Signs out: the CMS ends the session (so open sockets close) and the cookie goes. */
export const DELETE: APIRoute = async ({ cookies }) => {
  const token = tokenOf(cookies)
  if (token) await cmsAs(token, '/users/logout', { method: 'POST', body: '{}' }).catch(() => undefined)
  clearSession(cookies)
  return new Response(null, { status: 204 })
}
