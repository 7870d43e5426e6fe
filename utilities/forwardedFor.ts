import { isIP } from 'node:net'

/**
 * An address as sockets and proxies spell it, in one spelling: no brackets or
 * zone, an IPv4-mapped IPv6 address (`::ffff:127.0.0.2`, what a dual-stack
 * listener reports for an IPv4 peer) as plain IPv4, IPv6 lowercased.
 */
export const normalizeAddress = (raw: string): string => {
  const address = raw
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1]
  return mapped && isIP(mapped) === 4 ? mapped : address
}

/**
 * Who the client is, from the socket's peer `address` and the request's
 * X-Forwarded-For: the header is believed only when the peer is one of the
 * `trusted` proxies, and then only as far as the proxies vouch for it: the
 * right-most hop that is not a trusted proxy is the client each proxy saw
 * (they append, so whatever the client wrote itself stands further left and
 * is ignored). A hop that is not an address ends the walk at the proxy that
 * passed it on. Shared by the CMS's own HTTP server (server/edge.ts) and the
 * realtime sidecar.
 */
export const clientAddress = (
  address: string,
  forwardedFor: string | string[] | undefined,
  trusted: readonly string[],
): string => {
  const trustedSet = new Set(trusted.map(normalizeAddress))
  const peer = normalizeAddress(address)
  const chain = [peer]
  if (trustedSet.has(peer) && typeof forwardedFor === 'string') {
    chain.unshift(...forwardedFor.split(',').map(normalizeAddress).filter(Boolean))
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!
    if (isIP(hop) === 0) return chain[i + 1] ?? peer
    if (!trustedSet.has(hop)) return hop
  }
  return chain[0]!
}
