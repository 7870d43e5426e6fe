import type { PayloadRequest } from 'payload'

import DataLoader from 'dataloader'

const LOADERS = 'hujraRequestLoaders'

/**
 * One DataLoader per request and name. A field's `afterRead` hook runs once
 * per document, so a list of 24 would make 24 lookups; through this, the
 * hooks of one read ask together and `batch` answers them all in one query.
 * Kept on `req.context`, so a loader never outlives its request (and its
 * transaction); keys the batch does not answer get `missing`.
 */
export const requestLoader = <K extends number | string, V>(
  req: PayloadRequest,
  name: string,
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
  missing: V,
): DataLoader<K, V> => {
  const loaders = ((req.context[LOADERS] as Map<string, DataLoader<K, V>> | undefined) ??= new Map())
  let loader = loaders.get(name)
  if (!loader) {
    loader = new DataLoader<K, V>(async (keys) => {
      const found = await batch(keys)
      return keys.map((key) => (found.has(key) ? (found.get(key) as V) : missing))
    })
    loaders.set(name, loader)
  }
  return loader
}
