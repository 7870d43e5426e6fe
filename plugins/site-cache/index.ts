import type { CollectionConfig, Config, GlobalConfig, PayloadRequest } from 'payload'

import { announce } from './announce'

export interface SiteCacheOptions {
  /** Collections and globals whose changes the public site shows. */
  collections: string[]
  globals?: string[]
  /** Wait this long after a change before announcing, so a burst (an import) is one announcement. */
  debounceMs?: number
}

const purgeUrls = () =>
  (
    process.env.SITE_PURGE_URLS ??
    `${process.env.SITE_INTERNAL_URL ?? process.env.SITE_URL ?? 'http://127.0.0.1:4321'}/api/cache/purge`
  )
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

/**
 * Keeps the public site's cache honest: after content changes the CMS tells
 * every site instance to drop what it cached (Redis pub/sub when REDIS_URL is
 * set, else POST to SITE_PURGE_URLS with SITE_CACHE_SECRET).
 *
 * The announcement is deferred rather than sent from inside the hook:
 * afterChange runs before Payload commits the transaction, and a site that
 * re-read at once could cache the old version again.
 */
export const siteCachePlugin =
  ({ collections, globals = [], debounceMs = 300 }: SiteCacheOptions) =>
  (incoming: Config): Config => {
    let timer: NodeJS.Timeout | undefined
    let firstPending = 0

    const changed = ({ req }: { req: PayloadRequest }) => {
      const now = Date.now()
      if (!timer) firstPending = now
      clearTimeout(timer)
      // A steady stream of changes (a long import) still announces every 5 s.
      timer = setTimeout(
        () => {
          timer = undefined
          void announce({
            purgeUrls: purgeUrls(),
            secret: process.env.SITE_CACHE_SECRET,
            redisUrl: process.env.REDIS_URL,
            log: (message) => req.payload.logger.warn(message),
          })
        },
        now - firstPending > 5000 ? 0 : debounceMs,
      )
      timer.unref()
    }

    const collection = (config: CollectionConfig): CollectionConfig => {
      if (!collections.includes(config.slug)) return config
      const hooks = config.hooks ?? {}
      return {
        ...config,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), (args) => (changed(args), args.doc)],
          afterDelete: [...(hooks.afterDelete ?? []), (args) => (changed(args), args.doc)],
        },
      }
    }
    const global = (config: GlobalConfig): GlobalConfig => {
      if (!globals.includes(config.slug)) return config
      const hooks = config.hooks ?? {}
      return {
        ...config,
        hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), (args) => (changed(args), args.doc)] },
      }
    }

    return {
      ...incoming,
      collections: (incoming.collections ?? []).map(collection),
      globals: (incoming.globals ?? []).map(global),
    }
  }
