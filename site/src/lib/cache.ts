import { LRUCache } from 'lru-cache'

import { config } from './config'

/**
 * What the site remembers between requests: CMS responses and rendered
 * pages. Content changes are rare next to reads, so a change anywhere clears
 * everything (`purgeAll`) — simpler and safer than tracking which page shows
 * which document. The CMS announces changes (see plugins/site-cache); the TTL
 * only bounds staleness if an announcement is lost.
 */
const ttl = config().SITE_CACHE_TTL_SECONDS * 1000
// Off in `astro dev`: edits to templates must show at once.
const enabled = !import.meta.env.DEV && config().SITE_CACHE !== 'off' && ttl > 0

let generation = 0
const stores: LRUCache<string, NonNullable<unknown>>[] = []
const inflight = new Map<string, Promise<unknown>>()

/** A bounded store whose entries `purgeAll` drops. `size` is an entry's weight in bytes. */
export const createStore = <V extends NonNullable<unknown>>(maxBytes: number, size: (value: V) => number) => {
  const store = new LRUCache<string, V>({
    maxSize: maxBytes,
    sizeCalculation: (v) => Math.max(1, size(v)),
    ttl,
  })
  stores.push(store as unknown as LRUCache<string, NonNullable<unknown>>)
  return store
}

/**
 * The cached value for `key`, else `load()`'s — loaded once however many
 * requests ask at the same moment. A value loaded across a purge is handed to
 * its callers but not kept: it may predate the change.
 */
export const cached = async <V extends NonNullable<unknown>>(
  store: LRUCache<string, V>,
  key: string,
  load: () => Promise<V>,
  keep: (value: V) => boolean = () => true,
  /** A shorter life than the store's TTL for this value, in ms (a page whose content changes with the clock). */
  lifeOf: (value: V) => number | undefined = () => undefined,
): Promise<V> => {
  if (!enabled) return load()
  const hit = store.get(key)
  if (hit !== undefined) return hit
  const slot = `${stores.indexOf(store as never)}:${key}`
  const pending = inflight.get(slot)
  if (pending) return pending as Promise<V>
  const started = generation
  const promise = load()
    .then((value) => {
      const life = lifeOf(value)
      if (started === generation && keep(value) && (life === undefined || life > 0)) {
        store.set(key, value, life === undefined ? undefined : { ttl: Math.min(life, ttl) })
      }
      return value
    })
    .finally(() => {
      if (inflight.get(slot) === promise) inflight.delete(slot)
    })
  inflight.set(slot, promise)
  return promise
}

export const purgeAll = () => {
  generation += 1
  inflight.clear()
  for (const store of stores) store.clear()
}

export const cacheEnabled = () => enabled
