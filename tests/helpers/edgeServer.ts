import { createEdgeServer } from '../../server/edge'
import { type RouteHandlers, routeListener } from './routeListener'
import { freePort } from './startProcess'

/**
 * Payload's REST and GraphQL handlers behind the CMS's own HTTP server
 * (server/edge.ts, the real code), on a loopback port: X-Forwarded-For is
 * settled from the socket exactly as in production, then the handlers run as
 * Next.js would call them. `trustedProxies` stands for AUTH_TRUSTED_PROXIES.
 */
export const serveBehindEdge = async (
  handlers: RouteHandlers,
  { trustedProxies = [] as readonly string[], host = '127.0.0.1' } = {},
) => {
  const server = createEdgeServer(routeListener(handlers), { trustedProxies })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  return {
    port,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
