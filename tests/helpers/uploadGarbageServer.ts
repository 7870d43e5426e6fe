/**
 * Run by tests/int/upload-garbage.test.ts in a process of its own, started
 * with `--expose-gc` and a young generation as large as a warmed-up server's:
 * a plain HTTP server that hands each request body to a route handler as a
 * web stream (as Next.js does), either plainly (`/plain`) or through
 * collectingUploadGarbage (`/collected`). The handler reads the body and
 * answers with its length, SHA-256 and the peak growth of Buffer memory
 * while it streamed.
 */
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { Readable } from 'node:stream'

import { collectingUploadGarbage } from '../../plugins/files/uploadGarbage'

const MB = 2 ** 20
let base = 0
let peak = 0

const handler = async (request: Request) => {
  const hash = createHash('sha256')
  let bytes = 0
  const reader = request.body!.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    hash.update(value)
    bytes += value.byteLength
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - base)
  }
  return Response.json({ bytes, sha256: hash.digest('hex'), peakMB: peak / MB })
}
const collected = collectingUploadGarbage(handler)

const server = createServer(async (req, res) => {
  ;(globalThis as { gc?: () => void }).gc?.()
  base = process.memoryUsage().arrayBuffers
  peak = 0
  const request = new Request(`http://localhost${req.url}`, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: 'half',
  } as RequestInit)
  const response = await (req.url === '/plain' ? handler(request) : collected(request, {}))
  res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text())
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }))
})
