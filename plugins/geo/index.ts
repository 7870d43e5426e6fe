import type { CollectionConfig, Config } from 'payload'

import { invalidateClusters } from './clusters'
import { clustersEndpoint, exportEndpoint } from './endpoints'
import { importPreviewEndpoint } from './import/endpoint'

/**
 * Maps and GIS: server-side clustering for the map and streamed exports of
 * any filtered view, both following the search's query and filters.
 */
export const geoPlugin =
  () =>
  (incoming: Config): Config => {
    const withInvalidation = (collection: CollectionConfig): CollectionConfig => {
      if (collection.slug !== 'resources') return collection
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), ({ doc }) => (invalidateClusters(), doc)],
          afterDelete: [...(hooks.afterDelete ?? []), ({ doc }) => (invalidateClusters(), doc)],
        },
      }
    }
    return {
      ...incoming,
      collections: (incoming.collections ?? []).map(withInvalidation),
      endpoints: [...(incoming.endpoints ?? []), clustersEndpoint, exportEndpoint, importPreviewEndpoint],
    }
  }
