import type { PayloadRequest } from 'payload'

import { createHmac } from 'node:crypto'

import { isbot } from 'isbot'

import { STAFF_ROLES, hasRole } from '../../access/roles'
import { readerAddress, siteVouched } from '../../collections/moderation/readerAddress'
import { READER_AGENT_HEADER } from '../../collections/moderation/topics'

export { READER_AGENT_HEADER }

export const VISITOR_BYTES = 16

/** Longest user agent looked at: real ones are a few hundred characters. */
const AGENT_MAX = 1000

export interface Reader {
  /** As the rate limits key it: an IPv4 address or an IPv6 /64. Hashed, never stored. */
  address: string
  /** Hashed, never stored. */
  agent: string
}

/** Who is reading, as far as counting needs: the site's word when it vouches, else the request's own. */
export const readerOf = (req: Pick<PayloadRequest, 'headers'>): Reader => {
  const forwarded = siteVouched(req) ? req.headers.get(READER_AGENT_HEADER) : null
  const agent = forwarded ?? req.headers.get('user-agent') ?? ''
  return { address: readerAddress(req).key, agent: agent.slice(0, AGENT_MAX) }
}

/**
 * The visitor's hash for one campaign and day: HMAC-SHA256 keyed with the
 * day's salt, truncated to 16 bytes. The campaign is part of it, so one
 * reader's hashes for two campaigns cannot be matched either.
 */
export const visitorHash = (salt: Buffer, reader: Reader, campaignId: number): Buffer =>
  createHmac('sha256', salt)
    .update(`${reader.address}\n${reader.agent}\n${campaignId}`)
    .digest()
    .subarray(0, VISITOR_BYTES)

/**
 * Why a request is not counted, if it is not: crawlers (isbot's pattern, or
 * no user agent at all, which no browser sends) and signed-in staff, whose
 * reading while they edit is not reach.
 */
export const notCounted = (
  req: Pick<PayloadRequest, 'user'>,
  reader: Reader,
): 'bot' | 'staff' | undefined => {
  if (hasRole(req.user, ...STAFF_ROLES)) return 'staff'
  if (!reader.agent.trim() || isbot(reader.agent)) return 'bot'
  return undefined
}
