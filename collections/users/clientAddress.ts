import { limitKey, readerAddress } from '../moderation/readerAddress'

/**
 * Who is signing in, as a limit key (IPv4, or IPv6 by /64).
 *
 * The CMS runs behind its own HTTP server (server/edge.ts), which replaces
 * X-Forwarded-For with the one address it believes: the socket's peer, or,
 * when the peer is one of AUTH_TRUSTED_PROXIES, the right-most hop they vouch
 * for. What a handler reads there is therefore ours, not the caller's. (Under
 * a bare `next start`, which only fills the header when it is missing, the
 * right-most hop is the least a caller can choose; run the server instead.)
 *
 * The site signs readers in on their behalf, so its requests carry the
 * reader's address with SITE_CACHE_SECRET (as corrections do); only then is
 * that address believed.
 */
export const clientAddress = (headers: Headers): { key: string; fromSite: boolean } => {
  const vouched = readerAddress({ headers })
  if (vouched.fromSite) return vouched
  const written = (headers.get('x-forwarded-for') ?? '').split(',').at(-1) ?? ''
  return { key: limitKey(written) ?? 'unknown', fromSite: false }
}
