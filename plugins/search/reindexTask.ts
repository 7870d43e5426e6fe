import type { TaskConfig } from 'payload'

import { reindexAll } from './reindex'

type Input = { field?: 'category' | 'district' | 'tags'; id?: number }

/**
 * Rebuilds search rows in the background: everything (admins' "rebuild"), or
 * the documents showing one category, district or tag after it was renamed.
 */
export const searchReindexTask: TaskConfig<{ input: Input; output: { total: number } }> = {
  slug: 'searchReindex',
  label: 'Rebuild the search index',
  inputSchema: [
    { name: 'field', type: 'text' },
    { name: 'id', type: 'number' },
  ],
  outputSchema: [{ name: 'total', type: 'number' }],
  retries: 2,
  handler: async ({ input, req }) => {
    const { field, id } = input
    if (!field || !id) return { output: await reindexAll(req.payload) }
    const only =
      field === 'category'
        ? { resources: { category: { equals: id } }, posts: { categories: { contains: id } } }
        : { resources: { [field]: { [field === 'tags' ? 'contains' : 'equals']: id } } }
    return { output: await reindexAll(req.payload, { only }) }
  },
}
