import type { APIRoute } from 'astro'

import { LOCALES, type Locale } from '../../i18n/messages'
import { CmsUnavailable, cmsGet } from '../../lib/cms'

interface Answer {
  hits: { collection: 'resources' | 'posts'; slug: string; title: string }[]
}

/** Search-as-you-type: a few titles for what has been typed so far (the last word matches as a prefix). */
export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get('q') ?? '').trim()
  const locale = url.searchParams.get('locale') ?? 'en'
  if (!LOCALES.includes(locale as Locale))
    return Response.json({ error: '`locale` must be en, ur or ps' }, { status: 400 })
  if (q.length > 200) return Response.json({ error: '`q` must be at most 200 characters' }, { status: 400 })
  if (q.length < 2) return Response.json({ suggestions: [] })
  try {
    const answer = await cmsGet<Answer>(`/search?${new URLSearchParams({ q, locale, limit: '6' })}`)
    return Response.json(
      { suggestions: answer.hits.map(({ collection, slug, title }) => ({ collection, slug, title })) },
      { headers: { 'cache-control': 'public, max-age=60' } },
    )
  } catch (error) {
    if (!(error instanceof CmsUnavailable)) throw error
    return Response.json({ error: 'Search is unavailable' }, { status: 503 })
  }
}
