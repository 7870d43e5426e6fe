import type { Config, Payload } from 'payload'

import type { TopicHandler } from './dispatcher'
import type { OutboxEntry } from './table'

/** A topic as its owning plugin declares it: the handler gets the CMS it runs in. */
export interface OutboxTopic extends Omit<TopicHandler, 'handle'> {
  /** `plugin.action`, e.g. `site-cache.purge`. */
  topic: string
  handle: (entry: OutboxEntry, payload: Payload) => Promise<void>
}

const KEY = 'outboxTopics'

/**
 * Adds a plugin's topics to the config. They live in `custom` (server-only),
 * so the outbox plugin finds every topic whatever order the plugins run in.
 */
export const withOutboxTopics = (config: Config, topics: OutboxTopic[]): Config => ({
  ...config,
  custom: {
    ...config.custom,
    [KEY]: [...((config.custom?.[KEY] as OutboxTopic[] | undefined) ?? []), ...topics],
  },
})

/** Every topic registered in the running CMS, by name. */
export const topicsOf = (payload: Pick<Payload, 'config'>): Map<string, OutboxTopic> =>
  new Map(((payload.config.custom?.[KEY] as OutboxTopic[] | undefined) ?? []).map((t) => [t.topic, t]))
