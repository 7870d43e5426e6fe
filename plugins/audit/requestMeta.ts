import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

export interface RequestMeta {
  requestId: string
  ip: string | null
  userAgent: string | null
}

/**
 * One id per request, shared by every event it causes: an `X-Request-Id` from
 * the proxy when present, otherwise generated once and kept on `req.context`.
 */
export const requestMeta = (req: PayloadRequest): RequestMeta => {
  const context = req.context as { auditRequestId?: string }
  const header = req.headers?.get?.('x-request-id')?.slice(0, 128)
  context.auditRequestId ??= header || randomUUID()
  // Next.js fills X-Forwarded-For from the socket when no proxy set it; the
  // first hop is the client as far as the nearest trusted proxy can tell.
  const forwarded = req.headers?.get?.('x-forwarded-for')?.split(',')[0]?.trim()
  const ip = forwarded || req.headers?.get?.('x-real-ip') || null
  return {
    requestId: context.auditRequestId,
    ip: ip ? ip.slice(0, 64) : null,
    userAgent: req.headers?.get?.('user-agent')?.slice(0, 300) ?? null,
  }
}
