import type { APIRoute } from 'astro'

import { LOCALES, type Locale } from '../../../i18n/messages'
import { CmsUnavailable } from '../../../lib/cms'
import { describeMap } from '../../../lib/mapEntries'
import { loadClusters, mapStateFrom } from '../../../lib/mapView'
import { taxonomy } from '../../../lib/taxonomy'
import { townsOrNone } from '../../../lib/towns'

/**
 * The map script's only data source: the CMS's clusters for a viewport,
 * through the site so the browser talks to one origin and repeated
 * viewports come from the site's cache, described in the reader's language
 * (places, near towns or in districts, kinds, status, open-now line) exactly as the page's own list is.
 */
export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get('locale') ?? 'en'
  if (!LOCALES.includes(locale as Locale)) {
    return Response.json({ error: '`locale` must be en, ur or ps' }, { status: 400 })
  }
  try {
    const state = mapStateFrom(url)
    const [clusters, lists, towns] = await Promise.all([
      loadClusters(locale as Locale, state),
      taxonomy(locale as Locale),
      townsOrNone(),
    ])
    // Short-lived: the open-now lines change with the clock.
    return Response.json(
      {
        ...describeMap(locale as Locale, clusters, { ...lists, towns }, state, new Date()),
        total: clusters.total,
      },
      { headers: { 'Cache-Control': 'public, max-age=30' } },
    )
  } catch (error) {
    if (!(error instanceof CmsUnavailable)) throw error
    return Response.json({ error: 'The catalogue is unavailable' }, { status: 503 })
  }
}
