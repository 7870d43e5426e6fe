import { type IncomingHttpHeaders, request } from 'node:http'

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
