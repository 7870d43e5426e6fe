/**
 * The server half of `npm run bench:files`, in a process of its own so that
 * the memory measured is the server's alone: Payload's real REST route
 * handlers behind a plain HTTP server (tests/helpers/routeListener, the body
 * streamed through as Next.js does; POST wrapped in collectingUploadGarbage as
 * app/(payload)/api/[...slug]/route.ts wraps it), and memory sampling on the
 * parent's request over IPC.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'

import { routeListener } from '../tests/helpers/routeListener'
import { collectingUploadGarbage } from '../plugins/files/uploadGarbage'

const { REST_DELETE, REST_POST } = await import('@payloadcms/next/routes')
const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })

const server = createServer(
  routeListener({ POST: collectingUploadGarbage(REST_POST(config)), DELETE: REST_DELETE(config) }),
)
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

/** Peak growth of RSS and Buffer memory between `mark` and `report`, from a collected heap. */
let before = process.memoryUsage()
let peak = { rss: 0, arrayBuffers: 0 }
let sampler: NodeJS.Timeout | undefined
const sample = () => {
  const now = process.memoryUsage()
  peak = { rss: Math.max(peak.rss, now.rss), arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers) }
}
const MB = 2 ** 20
let held: Buffer | undefined

process.on('message', async (message: { type: string; path?: string }) => {
  if (message.type === 'mark') {
    held = undefined
    globalThis.gc?.()
    before = process.memoryUsage()
    peak = { rss: before.rss, arrayBuffers: before.arrayBuffers }
    sampler = setInterval(sample, 5)
    process.send!({ type: 'marked' })
  } else if (message.type === 'report') {
    sample()
    clearInterval(sampler)
    process.send!({
      type: 'report',
      rss: (peak.rss - before.rss) / MB,
      buffers: (peak.arrayBuffers - before.arrayBuffers) / MB,
    })
  } else if (message.type === 'hold') {
    // The baseline: the file held in memory, as a buffered upload holds it.
    held = await readFile(message.path!)
    process.send!({ type: 'held', bytes: held.length })
  } else if (message.type === 'stop') {
    server.close()
    await payload.destroy()
    process.exit(0)
  }
})

const address = server.address()
process.send!({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 })
