import type { APIRoute } from 'astro'

import { slugParam } from '../../lib/page'
import { cmsAs, tokenOf } from '../../lib/session'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })

interface Room {
  id: number
  name: string
  slug: string
  visibility: 'public' | 'members-only' | 'secret'
}

/**
 * The chat rooms the signed-in reader may see (the CMS's access rules decide),
 * or one by `slug` with the reader's role in it.
 */
export const GET: APIRoute = async ({ cookies, url }) => {
  const token = tokenOf(cookies)
  if (!token) return json({ error: 'Sign in to see the rooms' }, 401)
  const slug = url.searchParams.get('slug')
  if (slug !== null && !slugParam(slug)) return json({ error: 'slug is not a room address' }, 400)
  const query = new URLSearchParams({ depth: '0', limit: '100', sort: 'name' })
  if (slug) query.set('where[slug][equals]', slug)
  try {
    const response = await cmsAs(token, `/chat-rooms?${query}`)
    if (response.status === 401 || response.status === 403) return json({ error: 'Sign in again' }, 401)
    if (!response.ok) return json({ error: 'The rooms are unavailable' }, 503)
    const rooms = ((await response.json()) as { docs: Room[] }).docs.map(
      ({ id, name, slug: s, visibility }) => ({
        id,
        name,
        slug: s,
        visibility,
      }),
    )
    if (!slug) return json({ rooms })
    const room = rooms[0]
    if (!room) return json({ error: 'No such room, or it is not open to you' }, 404)
    const me = (await (await cmsAs(token, '/users/me')).json()) as { user?: { id: number } }
    const membership = await cmsAs(
      token,
      `/chat-members?${new URLSearchParams({
        depth: '0',
        limit: '1',
        'where[room][equals]': String(room.id),
        'where[user][equals]': String(me.user?.id ?? 0),
      })}`,
    )
    const role = membership.ok
      ? (((await membership.json()) as { docs: { role: string }[] }).docs[0]?.role ?? null)
      : null
    return json({ room: { ...room, role } })
  } catch {
    return json({ error: 'The rooms are unavailable' }, 503)
  }
}
