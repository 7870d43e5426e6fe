import type { CollectionAfterChangeHook } from 'payload'

import type { Category, District, Tag } from '../../../payload-types'
import type { SanitizedSearchOptions } from '../types'

/**
 * Resources are found by their category, district and tag names too, so
 * renaming one queues a background rebuild of the documents that show it
 * (possibly thousands: never inside the editor's request).
 */
export const reindexLabelled =
  (
    options: SanitizedSearchOptions,
    field: 'category' | 'district' | 'tags',
  ): CollectionAfterChangeHook<Category | District | Tag> =>
  async ({ doc, operation, previousDoc, req }) => {
    // The seed names taxonomy in every locale before any resource exists.
    if (options.disabled || req.context.seeding) return doc
    if (operation !== 'update' || doc.name === previousDoc?.name) return doc
    await req.payload.jobs.queue({
      task: 'searchReindex',
      queue: 'search',
      input: { field, id: doc.id },
      req,
    })
    return doc
  }
