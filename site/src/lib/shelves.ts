import type { Resource } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { listAll } from './catalog'
import { summaryOf } from './resources'

/** The home page's two shelves: featured resources and the latest changes. */
export const homeShelves = async (locale: Locale) => {
  const [featured, recent] = await Promise.all([
    listAll<Resource>(
      'resources',
      { limit: '6', sort: '-updatedAt', 'where[featured][equals]': 'true' },
      locale,
    ),
    listAll<Resource>('resources', { limit: '6', sort: '-updatedAt' }, locale),
  ])
  return {
    featured: featured.docs.map((doc) => summaryOf(doc, locale)),
    recent: recent.docs.map((doc) => summaryOf(doc, locale)),
  }
}
