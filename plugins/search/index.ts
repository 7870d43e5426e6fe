import type { CollectionConfig, Config } from 'payload'

import type { SearchPluginOptions } from './types'

import { withOutboxTopics } from '../outbox'
import { searchIndexCollection, synonymsCollection } from './collections'
import { searchEndpoint } from './endpoint'
import { meiliSettings } from './meilisearch/client'
import { applyMeiliSettings } from './meilisearch/settings'
import { searchSyncTopic } from './meilisearch/sync'
import { sanitizeSearchOptions, withSearchOptions } from './options'
import { searchReindexTask } from './reindexTask'
import { searchResyncEndpoint, searchStatusEndpoint } from './statusEndpoint'
import { reindexLabelled } from './hooks/reindexLabelled'
import { syncAfterChange, syncAfterDelete } from './hooks/syncDocument'
import { invalidateSynonyms, loadSynonyms } from './synonyms'
import { SEARCHABLE_COLLECTIONS } from './types'

export type { SearchPluginOptions } from './types'
export { matchingDocuments, type SearchFilters } from './matching'
export { searchOptionsOf } from './options'

/** Collections whose names are indexed on resources and posts, and the field that links them. */
const LABELS: Record<string, 'category' | 'district' | 'tags'> = {
  categories: 'category',
  districts: 'district',
  tags: 'tags',
}

/**
 * Full-text search over resources and posts, kept in step with what is
 * published: an index collection written by afterChange/afterDelete hooks in
 * the same transaction, PostgreSQL full-text search with typo tolerance,
 * synonyms and Arabic-script folding behind `GET /api/search`.
 */
export const searchPlugin =
  (pluginOptions: SearchPluginOptions = {}) =>
  (original: Config): Config => {
    // Meilisearch sync runs through the outbox, after the edit commits.
    const incoming = withOutboxTopics(original, [searchSyncTopic])
    const options = sanitizeSearchOptions(pluginOptions)
    const searchable = new Set<string>(SEARCHABLE_COLLECTIONS)
    const withSync = (collection: CollectionConfig): CollectionConfig => {
      const labelField = LABELS[collection.slug]
      if (labelField) {
        const hooks = collection.hooks ?? {}
        return {
          ...collection,
          hooks: {
            ...hooks,
            afterChange: [...(hooks.afterChange ?? []), reindexLabelled(options, labelField)],
          },
        }
      }
      if (!searchable.has(collection.slug)) return collection
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), syncAfterChange(options)],
          afterDelete: [...(hooks.afterDelete ?? []), syncAfterDelete(options)],
        },
      }
    }
    const synonyms = synonymsCollection(options)
    /** Pushes index settings and synonyms to Meilisearch; a failure is logged, never fatal. */
    const syncMeiliSettings = async (payload: Parameters<NonNullable<Config['onInit']>>[0]) => {
      const meili = meiliSettings()
      if (!meili || options.disabled) return
      try {
        invalidateSynonyms()
        await applyMeiliSettings(meili, await loadSynonyms(payload, options.synonymsSlug))
      } catch (err) {
        payload.logger.error({ err, msg: 'Could not apply Meilisearch index settings' })
      }
    }
    return {
      ...incoming,
      // Read back by code that has only `payload` (jobs, the map): see searchOptionsOf.
      custom: withSearchOptions(incoming.custom, options),
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          afterDashboard: [
            ...(incoming.admin?.components?.afterDashboard ?? []),
            '/plugins/search/admin/SearchIndexStatus#SearchIndexStatus',
          ],
        },
      },
      collections: [
        ...(incoming.collections ?? []).map(withSync),
        searchIndexCollection(options),
        {
          ...synonyms,
          hooks: {
            afterChange: [({ doc, req }) => (invalidateSynonyms(), void syncMeiliSettings(req.payload), doc)],
            afterDelete: [({ doc, req }) => (invalidateSynonyms(), void syncMeiliSettings(req.payload), doc)],
          },
        },
      ],
      endpoints: [
        ...(incoming.endpoints ?? []),
        searchEndpoint(options),
        searchStatusEndpoint(options),
        searchResyncEndpoint,
      ],
      // Registered whether or not Meilisearch is configured, so the schema (the
      // jobs table's task list) is the same in every environment.
      jobs: {
        ...incoming.jobs,
        tasks: [...(incoming.jobs?.tasks ?? []), searchReindexTask as never],
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        // In the background: a slow or absent Meilisearch must not delay start-up.
        void syncMeiliSettings(payload)
      },
    }
  }
