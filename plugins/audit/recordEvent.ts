import type { Payload, PayloadRequest } from 'payload'

import type { AuditDiff, AuditEventType, SanitizedAuditOptions } from './types'

import { personOf } from '../../access/roles'

import { type RequestMeta, requestMeta } from './requestMeta'

/** Where the plugin keeps its options on the config, for `recordAuditEvent`. */
export const AUDIT_CONFIG_KEY = 'hujraAudit'

const optionsOf = (payload: Payload): SanitizedAuditOptions | undefined =>
  (payload.config.custom as Record<string, SanitizedAuditOptions | undefined> | undefined)?.[AUDIT_CONFIG_KEY]

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
  { detached = false, meta: given }: RecordOptions = {},
): Promise<void> => {
  const meta = { ...requestMeta(req), ...given }
  // The Local API replaces req.context with the one passed below; put the
  // caller's back, or its later hooks (the plugin's own change events among
  // them) would see auditInternal and skip.
  const callerContext = req.context
  try {
    await write(req, options, event, meta, detached)
  } finally {
    req.context = callerContext
  }
}

const write = async (
  req: PayloadRequest,
  options: SanitizedAuditOptions,
  event: AuditEventInput,
  meta: RequestMeta,
  detached: boolean,
) => {
  await req.payload.create({
    collection: options.slug as 'audit-events',
    data: {
      type: event.type,
      actor: (event.actor ?? personOf(req.user)?.id ?? null) as number | null,
      actorEmail: event.actorEmail ?? personOf(req.user)?.email ?? null,
      subjectCollection: event.subjectCollection ?? null,
      subjectId: event.subjectId === undefined || event.subjectId === null ? null : String(event.subjectId),
      diff: event.diff && Object.keys(event.diff).length > 0 ? event.diff : null,
      requestId: meta.requestId,
      ip: meta.ip,
      userAgent: meta.userAgent,
    },
    depth: 0,
    overrideAccess: true,
    // Detached: a fresh request of its own, so its own transaction, and none of this one's context.
    ...(detached
      ? { context: { auditInternal: true } }
      : { req, context: { ...req.context, auditInternal: true } }),
  })
}

export interface RecordOptions {
  /**
   * Write the event in a transaction of its own instead of the request's:
   * for refusals, whose request transaction is rolled back but whose event
   * must stay (an infected upload).
   */
  detached?: boolean
  /** What the request itself cannot tell (the realtime sidecar's client address). */
  meta?: Partial<RequestMeta>
}

/**
 * The one way for other plugins (and the realtime sidecar) to write an audit
 * event: through the audit plugin's collection and options, with the request
 * id, IP and user agent taken from `req` like the plugin's own events. Does
 * nothing when the plugin is not installed or is disabled.
 */
export const recordAuditEvent = async (
  req: PayloadRequest,
  event: AuditEventInput,
  options: RecordOptions = {},
): Promise<void> => {
  const audit = optionsOf(req.payload)
  if (!audit || audit.disabled) return
  await recordEvent(req, audit, event, options)
}
