import { limitKey, readerAddress } from '../moderation/readerAddress'
import { config } from '../../utilities/config'

/**
 * Who is signing in, as a limit key (IPv4, or IPv6 by /64).
 *
 * What a route handler can know, from Next 16's source (server/base-server.js,
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress`): Next writes the
 * peer's address into X-Forwarded-For only when the request has none, and
 * never appends it. A handler never sees the socket, so:
 *
 * - with no proxy in front, X-Forwarded-For is the peer's address unless the
 *   caller wrote one; a made-up one is taken at its right-most hop, the hop
 *   Next would have written;
 * - behind proxies that append the address they saw (nginx
 *   `$proxy_add_x_forwarded_for`, Caddy, HAProxy `forwardfor`), listed in
 *   AUTH_TRUSTED_PROXIES, the client is the right-most hop that is not one of
 *   them: whatever the client wrote stands to the left of it and is ignored.
 *
 * The site signs readers in on their behalf, so its requests carry the
 * reader's address with SITE_CACHE_SECRET (as corrections do); only then is
 * that address believed.
 */
export const clientAddress = (headers: Headers): { key: string; fromSite: boolean } => {
  const vouched = readerAddress({ headers })
  if (vouched.fromSite) return vouched
  const trusted = new Set(config().AUTH_TRUSTED_PROXIES.map((p) => limitKey(p) ?? p))
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) {
    const key = limitKey(hops[i]!)
    if (!key) return { key: 'unknown', fromSite: false }
    if (!trusted.has(key)) return { key, fromSite: false }
  }
  const key = (hops[0] && limitKey(hops[0])) || limitKey(headers.get('x-real-ip') ?? '') || 'unknown'
  return { key, fromSite: false }
}
