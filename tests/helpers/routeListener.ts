import type { IncomingMessage, ServerResponse } from 'node:http'

import { Readable } from 'node:stream'

type RouteHandler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response> | Response

/** Payload's Next.js route handlers by method; GRAPHQL answers `/api/graphql`. */
export type RouteHandlers = Partial<Record<'DELETE' | 'GET' | 'PATCH' | 'POST' | 'GRAPHQL', RouteHandler>>

/**
 * A plain `node:http` listener in front of Payload's route handlers, as Next.js
 * would call them: the request body streamed through (never buffered here),
 * the slug taken from the path under `/api/`. Used by the tests' CMS server
 * and by bench/files; it imports nothing from Vitest, so both can load it.
 */
export const routeListener =
  (handlers: RouteHandlers) => async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost:3000')
      const method = (req.method ?? 'GET') as 'DELETE' | 'GET' | 'PATCH' | 'POST'
      const handler = url.pathname === '/api/graphql' ? handlers.GRAPHQL : handlers[method]
      if (!handler || !url.pathname.startsWith('/api/')) return void res.writeHead(404).end()
      const hasBody =
        method !== 'GET' &&
        (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined)
      const request = new Request(url, {
        method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit)
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
  }
