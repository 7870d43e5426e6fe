import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

/** A request id as a proxy or another Hujra process may send it: short, printable, no separators. */
const VALID = /^[A-Za-z0-9._:-]{1,128}$/

/** The id from an `X-Request-Id` header when it is usable, or a fresh one. */
export const requestIdFrom = (header: string | null | undefined): string =>
  header && VALID.test(header) ? header : randomUUID()

/**
 * One id per request, shared by every log line, error answer and audit event
 * it causes: the caller's `X-Request-Id` when usable, otherwise generated once
 * and kept on `req.context`.
 */
export const requestIdOf = (req: Pick<PayloadRequest, 'context' | 'headers'>): string => {
  const context = req.context as { requestId?: string }
  context.requestId ??= requestIdFrom(req.headers?.get?.('x-request-id'))
  return context.requestId
}
