import { type IncomingHttpHeaders, createServer, request } from 'node:http'

import { type RouteHandlers, routeListener } from './routeListener'
import { freePort } from './startProcess'

export interface Answer {
  status: number
  body: any
  headers: IncomingHttpHeaders
  /** From sending to the end of the answer. */
  ms: number
}

/**
 * POSTs JSON to a server on this machine from `from`, a loopback address of
 * its own (127.0.0.2, 127.0.0.3 …): how the per-address limits are tested
 * without leaving the machine.
 */
export const postJsonFrom = (
  url: string,
  body: unknown,
  from: string,
  headers: Record<string, string> = {},
): Promise<Answer> =>
  new Promise<Answer>((resolve, reject) => {
    const data = JSON.stringify(body)
    const target = new URL(url)
    const started = performance.now()
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...headers,
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text ? JSON.parse(text) : null,
            headers: res.headers,
            ms: performance.now() - started,
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(data)
  })

/**
 * Payload's REST and GraphQL handlers on a loopback port, with what Next.js
 * does in front of them (base-server.js: `req.headers['x-forwarded-for'] ??=
 * socket.remoteAddress`): the socket's address unless the caller sent one.
 * The per-address limits see what production would.
 */
export const serveLikeNext = async (handlers: RouteHandlers) => {
  const listener = routeListener(handlers)
  const server = createServer((req, res) => {
    req.headers['x-forwarded-for'] ??= req.socket.remoteAddress
    void listener(req, res)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    port,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
