/**
 * The CMS as `npm start` runs it: Next.js (Payload inside) behind an HTTP
 * server of our own, instead of `next start`, so the client address is
 * settled from the socket before Next.js sees the request (server/edge.ts).
 *
 *   node --import tsx server/index.ts          the production build in .next
 *   node --import tsx server/index.ts --dev    development, hot reload
 *
 * PORT, HOST and AUTH_TRUSTED_PROXIES come from the configuration, as for
 * every other process. SIGTERM or SIGINT stops taking connections, lets the
 * requests under way finish, then closes Next.js.
 */
import next from 'next'
import { parseArgs } from 'node:util'

import { repoRoot } from '../scripts/lib/database'
import { loadConfig } from '../scripts/lib/env'
import { createEdgeServer } from './edge'

// Before anything else: a bad variable stops the server with one line naming it.
const settings = loadConfig()
const { values: flags } = parseArgs({ options: { dev: { type: 'boolean', default: false } } })
const dev = flags.dev

// What the `next` CLI sets before it starts a server (bin/next); code compiled for Node checks it.
process.env.NEXT_RUNTIME = 'nodejs'

/** Time the requests under way get to finish before their connections are cut; `npm start` kills what is left 10 s after its signal. */
const DRAIN_MS = 5000
/** Time Next.js gets to close after that. */
const CLOSE_MS = 3000
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

const app = next({ dev, dir: repoRoot, hostname: settings.HOST, port: settings.PORT })
await app.prepare()
const handle = app.getRequestHandler()

const server = createEdgeServer((req, res) => handle(req, res), {
  trustedProxies: settings.AUTH_TRUSTED_PROXIES,
})
// Development's hot-reload WebSocket: Next.js attaches its own upgrade listener to this server
// at the first request (next.js, setupWebSocketHandler); it carries no sign-in.
server.on('error', (error) => {
  console.error(`Could not listen on port ${settings.PORT}: ${error.message}`)
  process.exit(1)
})
server.listen(settings.PORT, settings.HOST, () =>
  process.stdout.write(
    `CMS listening on http://${settings.HOST ?? 'localhost'}:${settings.PORT} (${dev ? 'development' : 'production'})\n`,
  ),
)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  // Kept-alive connections with nothing under way would hold close() open; in
  // development nothing under way is worth waiting for (as `next dev` does).
  if (dev) server.closeAllConnections()
  else server.closeIdleConnections()
  // In development Next.js keeps a socket of its own open, so close() may never call back.
  await Promise.race([closed, delay(dev ? 1000 : DRAIN_MS)])
  server.closeAllConnections()
  // Next.js's own close (development: the bundler's cache) gets a moment, not the last word.
  await Promise.race([app.close().catch((error: unknown) => console.error(error)), delay(CLOSE_MS)])
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
