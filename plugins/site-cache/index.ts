import type { CollectionConfig, Config, GlobalConfig, PayloadRequest } from 'payload'

import { config } from '../../utilities/config'
import { enqueue, withOutboxTopics } from '../outbox'
import { announce } from './announce'

export interface SiteCacheOptions {
  /** Collections and globals whose changes the public site shows. */
  collections: string[]
  globals?: string[]
}

export const PURGE_TOPIC = 'site-cache.purge'

/** Where the site's instances take POSTed purges: SITE_PURGE_URLS, else the one site's own route. */
export const purgeUrls = (): string[] => {
  const { SITE_PURGE_URLS, SITE_INTERNAL_URL, SITE_URL } = config()
  return SITE_PURGE_URLS?.length ? SITE_PURGE_URLS : [`${SITE_INTERNAL_URL ?? SITE_URL}/api/cache/purge`]
}

/**
 * Keeps the public site's cache honest: after content changes the CMS tells
 * every site instance to drop what it cached (Redis pub/sub when REDIS_URL is
 * set, else POST to the purge URLs with SITE_CACHE_SECRET).
 *
 * The hooks only write a `site-cache.purge` outbox entry in the change's own
 * transaction; the outbox dispatcher announces once it has committed. So the
 * site never re-reads and caches the old version (afterChange runs before the
 * commit), and a rolled-back change is never announced. A burst (an import)
 * collapses into one announcement: one entry per transaction, and the
 * dispatcher handles every waiting purge entry with one announcement.
 */
export const siteCachePlugin =
  ({ collections, globals = [] }: SiteCacheOptions) =>
  (incoming: Config): Config => {
    const changed = async ({ req }: { req: PayloadRequest }) => enqueue(req, PURGE_TOPIC)

    const collection = (config: CollectionConfig): CollectionConfig => {
      if (!collections.includes(config.slug)) return config
      const hooks = config.hooks ?? {}
      return {
        ...config,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), async (args) => (await changed(args), args.doc)],
          afterDelete: [...(hooks.afterDelete ?? []), async (args) => (await changed(args), args.doc)],
        },
      }
    }
    const global = (config: GlobalConfig): GlobalConfig => {
      if (!globals.includes(config.slug)) return config
      const hooks = config.hooks ?? {}
      return {
        ...config,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), async (args) => (await changed(args), args.doc)],
        },
      }
    }

    return withOutboxTopics(
      {
        ...incoming,
        collections: (incoming.collections ?? []).map(collection),
        globals: (incoming.globals ?? []).map(global),
      },
      [
        {
          topic: PURGE_TOPIC,
          collapse: true,
          // A lost announcement only leaves the site's TTL (SITE_CACHE_TTL_SECONDS) to apply: retry briefly.
          maxAttempts: 8,
          backoffMs: 500,
          maxBackoffMs: 30_000,
          handle: async () => {
            const { REDIS_URL, SITE_CACHE_SECRET } = config()
            await announce({ purgeUrls: purgeUrls(), secret: SITE_CACHE_SECRET, redisUrl: REDIS_URL })
          },
        },
      ],
    )
  }
