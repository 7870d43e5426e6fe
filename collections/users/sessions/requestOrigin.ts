import { limitKey } from '../../moderation/readerAddress'
import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../moderation/topics'
import { clientAddress } from '../clientAddress'
import { READER_AGENT_HEADER } from './headers'

const AGENT_MAX = 512
const ADDRESS_MAX = 64

/** Where a session is used from, as the sessions list shows it. */
export interface SeenFrom {
  /** The client's address (the reader's, when the site vouched for it). */
  ip: string | null
  userAgent: string | null
}

/** What a session is bound to (SESSION_BINDING): what the CMS itself sees of its caller. */
export interface BoundTo {
  address: string
  agent: string
}

/**
 * The address itself for display: clientAddress gives IPv6 by its /64 (a
 * limit key), so find the hop it came from.
 */
const displayAddress = (headers: Headers, key: string): string | null => {
  if (key === 'unknown') return null
  if (!key.endsWith('/64')) return key
  const candidates = [
    headers.get(READER_ADDRESS_HEADER) ?? '',
    ...(headers.get('x-forwarded-for') ?? '').split(',').reverse(),
    headers.get('x-real-ip') ?? '',
  ].map((c) => c.trim())
  return candidates.find((c) => c && limitKey(c) === key)?.replace(/^\[|\]$/g, '') ?? key
}

export const seenFrom = (headers: Headers): SeenFrom => {
  const { key, fromSite } = clientAddress(headers)
  const agent = (fromSite && headers.get(READER_AGENT_HEADER)) || headers.get('user-agent')
  return {
    ip: displayAddress(headers, key)?.slice(0, ADDRESS_MAX) ?? null,
    userAgent: agent ? agent.slice(0, AGENT_MAX) : null,
  }
}

/**
 * The caller as the CMS sees it, without what the site vouches for: a
 * session the site started is bound to the site (its address and its
 * User-Agent), the caller of every later request of that session, and a
 * token taken from it and replayed from anywhere else is refused.
 */
export const boundTo = (headers: Headers): BoundTo => {
  const direct = new Headers(headers)
  direct.delete(SITE_SECRET_HEADER)
  direct.delete(READER_ADDRESS_HEADER)
  return {
    address: clientAddress(direct).key.slice(0, ADDRESS_MAX),
    agent: (headers.get('user-agent') ?? '').slice(0, AGENT_MAX),
  }
}
