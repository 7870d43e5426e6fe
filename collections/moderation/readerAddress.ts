import type { PayloadRequest } from 'payload'

import { timingSafeEqual } from 'node:crypto'
import { isIP } from 'node:net'

import { config } from '../../utilities/config'
import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from './topics'

export interface ReaderAddress {
  /** The key a rate limit counts under: an IPv4 address, or an IPv6 /64 (one household's prefix). */
  key: string
  /**
   * True when the site vouched for the address with SITE_CACHE_SECRET. False
   * for anyone calling the CMS directly, whose X-Forwarded-For may be made up.
   */
  fromSite: boolean
}

const sameSecret = (given: string | null, expected: string | undefined): boolean => {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * True when the request carries the site's shared secret (SITE_CACHE_SECRET):
 * the site forwarded it and vouches for what its headers say of the reader.
 */
export const siteVouched = (req: Pick<PayloadRequest, 'headers'>): boolean =>
  sameSecret(req.headers.get(SITE_SECRET_HEADER), config().SITE_CACHE_SECRET)

/** The eight groups of an IPv6 address, `::` expanded (an embedded IPv4 tail counts as two). */
const ipv6Groups = (address: string): string[] => {
  const withoutTail = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) => {
    const hex = (x: string, y: string) => ((Number(x) << 8) | Number(y)).toString(16)
    return `${hex(a, b)}:${hex(c, d)}`
  })
  const [head, tail] = withoutTail.split('::') as [string, string | undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0')
  return [...left, ...fill, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
}

/** An address as a limit key: IPv4-mapped IPv6 as IPv4, other IPv6 by its /64. */
export const limitKey = (raw: string): string | null => {
  const address = raw
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped && isIP(mapped) === 4) return mapped
  if (isIP(address) === 4) return address
  if (isIP(address) === 6) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`
  return null
}

/**
 * Whose submission this is, for the per-reader limits. The site forwards
 * readers' submissions, so without help every reader would share the site's
 * address: the site sends the reader's address with SITE_CACHE_SECRET (the
 * secret the two sides already share for cache purges), and only then is
 * that address believed. Otherwise the caller is who Next.js says: the first
 * X-Forwarded-For entry, which Next fills from the socket when no proxy set
 * it (and which a direct caller can make up: the endpoint caps those callers
 * together as well, see correctionLimits).
 */
export const readerAddress = (req: Pick<PayloadRequest, 'headers'>): ReaderAddress => {
  const claimed = req.headers.get(READER_ADDRESS_HEADER)
  if (claimed && siteVouched(req)) {
    const key = limitKey(claimed)
    if (key) return { key, fromSite: true }
  }
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]
  const key = (forwarded && limitKey(forwarded)) || limitKey(req.headers.get('x-real-ip') ?? '') || 'unknown'
  return { key, fromSite: false }
}
