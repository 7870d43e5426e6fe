import type { APIRoute } from 'astro'

import { LOCALES, type Locale } from '../../../i18n/messages'
import { CmsUnavailable } from '../../../lib/cms'
import { loadClusters, mapStateFrom } from '../../../lib/mapView'

/**
 * The map script's only data source: the CMS's clusters for a viewport,
 * through the site so the browser talks to one origin and repeated
 * viewports come from the site's cache.
 */
export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get('locale') ?? 'en'
  if (!LOCALES.includes(locale as Locale)) {
    return Response.json({ error: '`locale` must be en, ur or ps' }, { status: 400 })
  }
  try {
    return Response.json(await loadClusters(locale as Locale, mapStateFrom(url)), {
      headers: { 'Cache-Control': 'public, max-age=30' },
    })
  } catch (error) {
    if (!(error instanceof CmsUnavailable)) throw error
    return Response.json({ error: 'The catalogue is unavailable' }, { status: 503 })
  }
}
