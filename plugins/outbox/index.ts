import type { Config } from 'payload'

import { isNextBuild } from 'payload/shared'

import { config } from '../../utilities/config'
import { outboxListEndpoint, outboxRetryEndpoint } from './endpoints'
import { startDispatcher } from './runtime'

export { enqueue } from './enqueue'
export { drain, startDispatcher, stopDispatcher } from './runtime'
export type { OutboxEntry } from './table'
export { type OutboxTopic, withOutboxTopics } from './topics'

/**
 * Side effects tied to the commit: plugins write them into the `outbox`
 * table inside the change's transaction (`enqueue`) and register a handler
 * per topic (`withOutboxTopics`); a dispatcher runs them after the commit,
 * exactly once when things go well, retried with backoff when they fail.
 *
 * The dispatcher runs in every process that runs background work, the same
 * switch as Payload's jobs (JOBS_AUTORUN: `npm start` sets it for the CMS;
 * tests and CLIs leave it off and call `drain` or `startDispatcher`). Any
 * number of CMS instances can run one on the same database.
 */
export const outboxPlugin =
  () =>
  (incoming: Config): Config => ({
    ...incoming,
    endpoints: [...(incoming.endpoints ?? []), outboxListEndpoint, outboxRetryEndpoint],
    onInit: async (payload) => {
      await incoming.onInit?.(payload)
      // `next build` loads the config too; it must not start background work.
      if (config().JOBS_AUTORUN && !isNextBuild()) await startDispatcher(payload)
    },
  })
