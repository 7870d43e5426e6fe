/**
 * Keeps the memory a large upload leaves behind small.
 *
 * Streaming an upload to disk holds only a chunk or two at a time, but every
 * 64 KB chunk of the body is a fresh Buffer (Node's HTTP parser copies it out
 * of the socket, and the web stream Next.js hands a route handler copies it
 * again), so 100 MB uploaded is about 200 MB of short-lived Buffer memory.
 * Buffers live outside the JavaScript heap and an upload allocates almost
 * nothing on it, so in a warmed-up server the young generation does not fill
 * and V8 collects them only when its external-memory limit (64 MB) starts a
 * full collection: a server's memory rose by 44–69 MB during a 100 MB upload
 * (bench/files). A young-generation collection every few megabytes of body
 * frees those chunks early; uploads did not get slower with it (bench/files
 * accepted the 100 MB PDF sooner, as fewer full collections ran).
 *
 * It needs `gc` from `node --expose-gc` (scripts/start.ts runs the CMS with
 * it); without it, requests pass through untouched.
 */

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

type CollectGarbage = (options: { type: 'minor' | 'major'; execution: 'async' | 'sync' }) => void

/** Body bytes between collections: what is left for the collector stays near twice this. */
const COLLECT_EVERY_BYTES = 8 * 1024 * 1024

/** Wraps a route handler (Payload's REST POST/PATCH) so multipart bodies are collected as they stream. */
export const collectingUploadGarbage =
  <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
  (request, context) => {
    const gc = (globalThis as { gc?: CollectGarbage }).gc
    const multipart = request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data')
    if (!gc || !multipart || !request.body) return handler(request, context)
    let sinceCollection = 0
    const body = request.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          controller.enqueue(chunk)
          sinceCollection += chunk.byteLength
          if (sinceCollection < COLLECT_EVERY_BYTES) return
          sinceCollection = 0
          gc({ type: 'minor', execution: 'sync' })
        },
      }),
    )
    // Built from its parts: `new Request(request, …)` cannot read the private
    // state of the NextRequest a route handler is given in production.
    const counted = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      body,
      duplex: 'half',
    } as RequestInit)
    return handler(counted, context)
  }
