/**
 * Browsing without a query (the search page's first view) counts facets over
 * the whole catalogue, the slowest search there is, and its answer changes
 * only when content does: keep such answers for a short while. Any write to
 * the index in this process clears them at once; other processes see the
 * change within the TTL.
 */
const TTL_MS = 30_000
const MAX_ENTRIES = 200
const entries = new Map<string, { at: number; value: unknown }>()

export const cachedBrowse = async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
  const hit = entries.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as T
  const value = await compute()
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  entries.set(key, { at: Date.now(), value })
  return value
}

export const clearBrowseCache = () => entries.clear()
