import type { CollectionConfig, Config } from 'payload'

import type { SanitizedSearchOptions, SearchPluginOptions } from './types'

import { searchIndexCollection, synonymsCollection } from './collections'
import { searchEndpoint } from './endpoint'
import { searchStatusEndpoint } from './statusEndpoint'
import { syncAfterChange, syncAfterDelete } from './hooks/syncDocument'
import { invalidateSynonyms } from './synonyms'
import { SEARCHABLE_COLLECTIONS } from './types'

export type { SearchPluginOptions } from './types'

/**
 * Full-text search over resources and posts, kept in step with what is
 * published: an index collection written by afterChange/afterDelete hooks in
 * the same transaction, PostgreSQL full-text search with typo tolerance,
 * synonyms and Arabic-script folding behind `GET /api/search`.
 */
export const searchPlugin =
  (pluginOptions: SearchPluginOptions = {}) =>
  (incoming: Config): Config => {
    const options: SanitizedSearchOptions = {
      indexSlug: (pluginOptions.indexSlug ?? 'search-index') as SanitizedSearchOptions['indexSlug'],
      synonymsSlug: (pluginOptions.synonymsSlug ??
        'search-synonyms') as SanitizedSearchOptions['synonymsSlug'],
      disabled: pluginOptions.disabled ?? false,
    }
    const searchable = new Set<string>(SEARCHABLE_COLLECTIONS)
    const withSync = (collection: CollectionConfig): CollectionConfig => {
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
    return {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []).map(withSync),
        searchIndexCollection(options),
        {
          ...synonyms,
          hooks: {
            afterChange: [({ doc }) => (invalidateSynonyms(), doc)],
            afterDelete: [({ doc }) => (invalidateSynonyms(), doc)],
          },
        },
      ],
      endpoints: [...(incoming.endpoints ?? []), searchEndpoint(options), searchStatusEndpoint],
    }
  }
