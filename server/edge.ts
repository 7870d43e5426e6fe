import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'

import { clientAddress } from '../utilities/forwardedFor'

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => unknown

/**
 * Rewrites the request's X-Forwarded-For to the one client address this
 * server believes (utilities/forwardedFor.ts): the socket's peer, or, when the
 * peer is one of `trustedProxies`, the right-most hop they vouch for. Next.js
 * only fills the header when it is missing (base-server.js, `??=`), so without
 * this a caller reaching the port directly could name any address it liked
 * and be limited under it. X-Real-IP goes: nothing behind us may fall back to
 * a header the client wrote.
 */
export const believeForwardedFor = (req: IncomingMessage, trustedProxies: readonly string[]): void => {
  req.headers['x-forwarded-for'] = clientAddress(
    req.socket.remoteAddress ?? '',
    req.headers['x-forwarded-for'],
    trustedProxies,
  )
  delete req.headers['x-real-ip']
}

/**
 * The CMS's HTTP server: every request has its client address settled here
 * before `listener` (Next's request handler in production, a stand-in in
 * tests) sees it, so the code behind can read X-Forwarded-For as written by
 * us (collections/users/clientAddress.ts).
 */
export const createEdgeServer = (
  listener: RequestListener,
  {
    trustedProxies,
    onError = (error) => console.error(error),
  }: { trustedProxies: readonly string[]; onError?: (error: unknown) => void },
): Server =>
  createServer((req, res) => {
    believeForwardedFor(req, trustedProxies)
    // As `next start` does (start-server.js): a handler that throws answers 500, never crashes the server.
    Promise.resolve()
      .then(() => listener(req, res))
      .catch((error: unknown) => {
        onError(error)
        if (!res.headersSent) res.writeHead(500)
        res.end('Internal Server Error')
      })
  })
