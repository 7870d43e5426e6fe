import { type Server, createServer } from 'node:http'

import { restHandlers } from './rest'
import { routeListener } from './routeListener'
import { freePort } from './startProcess'

/**
 * Payload's real REST route handlers behind a plain HTTP server: what the
 * site talks to in tests, without building and starting Next.js.
 */
export const startCmsServer = async (): Promise<{ url: string; close: () => Promise<void> }> => {
  const server: Server = createServer(routeListener(await restHandlers()))
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
