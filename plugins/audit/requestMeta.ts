import type { PayloadRequest } from 'payload'

import { requestIdOf } from '../../utilities/requestId'

export interface RequestMeta {
  requestId: string
  ip: string | null
  userAgent: string | null
}

/** Who and where a request came from, for its audit events; the id is the kernel's (`requestIdOf`). */
export const requestMeta = (req: PayloadRequest): RequestMeta => {
  // Next.js fills X-Forwarded-For from the socket when no proxy set it; the
  // first hop is the client as far as the nearest trusted proxy can tell.
  const forwarded = req.headers?.get?.('x-forwarded-for')?.split(',')[0]?.trim()
  const ip = forwarded || req.headers?.get?.('x-real-ip') || null
  return {
    requestId: requestIdOf(req),
    ip: ip ? ip.slice(0, 64) : null,
    userAgent: req.headers?.get?.('user-agent')?.slice(0, 300) ?? null,
  }
}
