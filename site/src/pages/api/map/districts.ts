import type { APIRoute } from 'astro'

import type { District } from '../../../../../payload-types'

import { LOCALES, type Locale, localizedPath } from '../../../i18n/messages'
import type { AllLocales } from '../../../lib/catalog'
import { CmsUnavailable, cmsGet } from '../../../lib/cms'
import { text } from '../../../lib/localized'
import type { Page } from '../../../lib/page'

/** District boundaries as one GeoJSON FeatureCollection, names in the reader's language. */
export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get('locale') ?? 'en'
  if (!LOCALES.includes(locale as Locale)) {
    return Response.json({ error: '`locale` must be en, ur or ps' }, { status: 400 })
  }
  try {
    const query = new URLSearchParams({
      locale: 'all',
      depth: '0',
      limit: '500',
      'where[boundary][exists]': 'true',
      'select[name]': 'true',
      'select[slug]': 'true',
      'select[boundary]': 'true',
    })
    const { docs } = await cmsGet<Page<AllLocales<District>>>(`/districts?${query}`)
    const features = docs.flatMap((d) =>
      d.boundary
        ? [
            {
              type: 'Feature',
              geometry: d.boundary,
              properties: {
                name: text(d.name as never, locale as Locale).value,
                url: localizedPath(`/districts/${encodeURIComponent(String(d.slug))}`, locale as Locale),
              },
            },
          ]
        : [],
    )
    return Response.json(
      { type: 'FeatureCollection', features },
      { headers: { 'Cache-Control': 'public, max-age=300' } },
    )
  } catch (error) {
    if (!(error instanceof CmsUnavailable)) throw error
    return Response.json({ error: 'The catalogue is unavailable' }, { status: 503 })
  }
}
