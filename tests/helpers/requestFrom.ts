import { type IncomingHttpHeaders, request } from 'node:http'

export interface FromAnswer {
  status: number
  body: any
  headers: IncomingHttpHeaders
}

/**
 * Any method to a server on this machine from `from`, a loopback address of
 * its own (127.0.0.2 …), with the headers given (a User-Agent): a browser
 * somewhere else, as the CMS behind `serveLikeNext` sees it.
 */
export const requestFrom = (
  url: string,
  {
    method = 'GET',
    from,
    headers = {},
    body,
  }: { method?: string; from: string; headers?: Record<string, string>; body?: unknown },
): Promise<FromAnswer> =>
  new Promise<FromAnswer>((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const target = new URL(url)
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method,
        localAddress: from,
        headers: {
          ...(data === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }),
          ...headers,
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => {
          let parsed: unknown = text
          try {
            parsed = text ? JSON.parse(text) : null
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers })
        })
      },
    )
    req.on('error', reject)
    req.end(data)
  })
