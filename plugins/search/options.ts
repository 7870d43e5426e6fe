import type { Payload } from 'payload'

import type { SanitizedSearchOptions, SearchPluginOptions } from './types'

/** Where the plugin keeps its options on the config, for code that only has `payload`. */
const KEY = 'searchPlugin'

export const sanitizeSearchOptions = (options: SearchPluginOptions = {}): SanitizedSearchOptions => ({
  indexSlug: (options.indexSlug ?? 'search-index') as SanitizedSearchOptions['indexSlug'],
  synonymsSlug: (options.synonymsSlug ?? 'search-synonyms') as SanitizedSearchOptions['synonymsSlug'],
  disabled: options.disabled ?? false,
})

/** The config's `custom` with the plugin's options added. */
export const withSearchOptions = (
  custom: Record<string, unknown> | undefined,
  options: SanitizedSearchOptions,
) => ({
  ...custom,
  [KEY]: options,
})

/**
 * The options the search plugin was installed with. Hooks the plugin does not
 * build itself (reindex jobs, CLIs) and other plugins (the map) use it, so a
 * non-default `indexSlug` or `synonymsSlug` holds everywhere.
 */
export const searchOptionsOf = (payload: Pick<Payload, 'config'>): SanitizedSearchOptions => {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[KEY]
  if (!options) throw new Error('The search plugin is not installed in this Payload config')
  return options as SanitizedSearchOptions
}
