import type { CollectionAfterChangeHook } from 'payload'

import type { AuditEventType, SanitizedAuditOptions } from '../types'

import { diffDocs } from '../diff'
import { recordEvent } from '../recordEvent'
import { operationFlags } from './trackOperation'

/** Which event a successful write was, from the operation and the draft status. */
const classify = (
  operation: 'create' | 'update',
  flags: ReturnType<typeof operationFlags>,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): AuditEventType[] => {
  if (flags.restore) return ['restore']
  if (operation === 'create') return after._status === 'published' ? ['create', 'publish'] : ['create']
  const wasPublished = before?._status === 'published'
  if (after._status === 'published') return wasPublished ? ['update'] : ['publish']
  if (after._status === 'draft' && wasPublished && !flags.draft) return ['unpublish']
  return ['update']
}

export const auditChange =
  (options: SanitizedAuditOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    if (options.disabled || req.context.auditInternal) return doc
    const flags = operationFlags(req.context, collection.slug)
    // Autosave snapshots fire every few seconds while an editor types; the
    // deliberate save, publish or restore that follows is what the log keeps.
    if (flags.autosave) return doc

    const before = operation === 'create' ? undefined : (previousDoc as Record<string, unknown>)
    const diff = diffDocs(before, doc as Record<string, unknown>, options.redactFields)
    // A password-only change has nothing else to show; its own event says it all.
    const types = classify(operation, flags, before, doc as Record<string, unknown>)
    const skipUpdate = flags.passwordChange && types[0] === 'update' && Object.keys(diff).length === 0
    for (const type of skipUpdate ? [] : types) {
      await recordEvent(req, options, {
        type,
        subjectCollection: collection.slug,
        subjectId: doc.id as number,
        diff,
      })
    }
    if (flags.passwordChange) {
      await recordEvent(req, options, {
        type: 'password-change',
        subjectCollection: collection.slug,
        subjectId: doc.id as number,
      })
    }
    return doc
  }
