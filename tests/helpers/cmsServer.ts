import { type Server, createServer } from 'node:http'

import { startDispatcher, stopDispatcher } from '../../plugins/outbox'
import { getTestPayload } from './payload'
import { restHandlers } from './rest'
import { routeListener } from './routeListener'
import { freePort } from './startProcess'

/**
 * Payload's real REST route handlers behind a plain HTTP server: what the
 * site talks to in tests, without building and starting Next.js. Like the
 * production CMS it runs the outbox dispatcher, so content changes reach
 * the site (cache purges) after they commit.
 */
export const startCmsServer = async (): Promise<{ url: string; close: () => Promise<void> }> => {
  const server: Server = createServer(routeListener(await restHandlers()))
  const payload = await getTestPayload()
  await startDispatcher(payload)
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await stopDispatcher(payload)
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
