import type { PayloadRequest } from 'payload'

import type { AuditDiff, AuditEventType, SanitizedAuditOptions } from './types'

import { requestMeta } from './requestMeta'

export interface AuditEventInput {
  type: AuditEventType
  actor?: number | string | null
  actorEmail?: string | null
  subjectCollection?: string | null
  subjectId?: number | string | null
  diff?: AuditDiff | null
}

/**
 * Writes one audit row. Passing `req` puts it in the same transaction as the
 * change it describes, so a rolled-back change leaves no audit row and a
 * recorded change always has one.
 */
export const recordEvent = async (
  req: PayloadRequest,
  options: SanitizedAuditOptions,
  event: AuditEventInput,
): Promise<void> => {
  const meta = requestMeta(req)
  await req.payload.create({
    collection: options.slug as 'audit-events',
    data: {
      type: event.type,
      actor: (event.actor ?? req.user?.id ?? null) as number | null,
      actorEmail: event.actorEmail ?? (req.user?.email as string | undefined) ?? null,
      subjectCollection: event.subjectCollection ?? null,
      subjectId: event.subjectId === undefined || event.subjectId === null ? null : String(event.subjectId),
      diff: event.diff && Object.keys(event.diff).length > 0 ? event.diff : null,
      requestId: meta.requestId,
      ip: meta.ip,
      userAgent: meta.userAgent,
    },
    depth: 0,
    overrideAccess: true,
    req,
    context: { ...req.context, auditInternal: true },
  })
}
