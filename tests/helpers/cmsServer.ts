import { type IncomingMessage, type Server, createServer } from 'node:http'

import { restHandlers } from './rest'
import { freePort } from './startProcess'

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return chunks.length ? Buffer.concat(chunks) : undefined
}

/**
 * Payload's real REST route handlers behind a plain HTTP server: what the
 * site talks to in tests, without building and starting Next.js.
 */
export const startCmsServer = async (): Promise<{ url: string; close: () => Promise<void> }> => {
  const handlers = await restHandlers()
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost:3000')
      const method = (req.method ?? 'GET') as 'GET' | 'POST' | 'PATCH' | 'DELETE'
      const handler = url.pathname === '/api/graphql' ? handlers.GRAPHQL : handlers[method]
      if (!handler || !url.pathname.startsWith('/api/')) {
        res.writeHead(404).end()
        return
      }
      const body = method === 'GET' ? undefined : await readBody(req)
      const request = new Request(url, {
        method,
        headers: req.headers as Record<string, string>,
        body: body ? new Uint8Array(body) : undefined,
      })
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500).end(String(error))
    }
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
