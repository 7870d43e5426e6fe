import type { CollectionAfterDeleteHook } from 'payload'

import type { SanitizedAuditOptions } from '../types'

import { diffDocs } from '../diff'
import { recordEvent } from '../recordEvent'

export const auditDelete =
  (options: SanitizedAuditOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    if (options.disabled || req.context.auditInternal) return doc
    await recordEvent(req, options, {
      type: 'delete',
      subjectCollection: collection.slug,
      subjectId: id as number,
      diff: diffDocs(doc as Record<string, unknown>, undefined, options.redactFields),
    })
    return doc
  }
