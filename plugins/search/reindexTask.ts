import type { TaskConfig } from 'payload'

import { reindexAll } from './reindex'

/** A full rebuild of the search index, queued by admins from the dashboard. */
export const searchReindexTask: TaskConfig<{ input: Record<string, never>; output: { total: number } }> = {
  slug: 'searchReindex',
  label: 'Rebuild the search index',
  inputSchema: [],
  outputSchema: [{ name: 'total', type: 'number' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await reindexAll(req.payload) }),
}
