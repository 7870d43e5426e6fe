import type { Config } from 'payload'

import { campaignMetricsEndpoints } from './endpoints'
import { saltRotationTask } from './rotation'

export { countSubmission } from './counters'
export { CAMPAIGN_METRICS_DOWN_SQL, CAMPAIGN_METRICS_UP_SQL } from './schema'
export { READER_AGENT_HEADER } from './visitor'

/**
 * Campaign impact metrics without cookies or stored addresses: views and
 * reactions counted once per visitor and day by a salted hash whose salt is
 * deleted after two days, signed-in reactions once per user, and form
 * submissions (`countSubmission`), all kept as daily counts in tables of
 * their own (schema.ts), never on the campaign document.
 */
export const campaignMetricsPlugin =
  () =>
  (incoming: Config): Config => ({
    ...incoming,
    endpoints: [...(incoming.endpoints ?? []), ...campaignMetricsEndpoints],
    jobs: {
      ...incoming.jobs,
      tasks: [...(incoming.jobs?.tasks ?? []), saltRotationTask as never],
    },
  })
