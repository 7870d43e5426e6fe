import type { CollectionConfig, Config } from 'payload'

import { invalidateClusters } from './clusters'
import { clustersEndpoint, exportEndpoint } from './endpoints'
import { geoImportTask } from './import/commitTask'
import { importCommitEndpoint, importPreviewEndpoint } from './import/endpoint'
import { Imports } from './import/importsCollection'
import { nearEndpoint, withinEndpoint } from './postgis/endpoints'
import { ensurePostgis, usesPostgis } from './postgis/setup'

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
      collections: [...(incoming.collections ?? []).map(withInvalidation), Imports],
      endpoints: [
        ...(incoming.endpoints ?? []),
        clustersEndpoint,
        exportEndpoint,
        importPreviewEndpoint,
        importCommitEndpoint,
        nearEndpoint,
        withinEndpoint,
      ],
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        // Fail at start, not on the first map request, when PostGIS was asked for but is missing.
        if (usesPostgis()) await ensurePostgis(payload)
      },
      jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), geoImportTask as never] },
    }
  }
