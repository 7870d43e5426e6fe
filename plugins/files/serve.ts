import type { CollectionConfig, PayloadRequest } from 'payload'

import contentDisposition from 'content-disposition'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { getRangeRequestInfo } from 'payload/internal'

import { errorAnswer } from '../../utilities/endpoint'
import { badRequest, notFound } from '../../utilities/errors'

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

/** Shown in the browser; everything else (SVG included) is downloaded, never rendered as a page. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'])

/** Served files never run as a page: no sniffing into HTML, nothing active allowed. */
export const setSecurityHeaders = (headers: Headers): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set(
    'Content-Security-Policy',
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  )
  return headers
}

interface StoredFile {
  filename?: string | null
  originalName?: string | null
  mimeType?: string | null
  visibility?: string | null
}

/** Access was checked by Payload before handlers run; for editors it hands over no document. */
const findStored = async (req: PayloadRequest, slug: string, doc: unknown, filename: string) => {
  if (doc && typeof doc === 'object' && 'filename' in doc) return doc as StoredFile
  return (await req.payload.db.findOne({
    collection: slug as 'files',
    where: { filename: { equals: filename } },
    req,
  })) as StoredFile | null
}

/**
 * The first handler for a stored file: the name it was uploaded under goes
 * back in an encoded Content-Disposition (RFC 6266 / RFC 5987 `filename*`,
 * with an ASCII fallback), SVG and unknown types as attachments. With local
 * storage it streams the file itself (Payload's own fallback would drop these
 * headers); with S3 it only fills the headers the storage adapter sends.
 */
export const serveFile = (staticDir: () => string): UploadHandler =>
  // Payload's handler type cannot say "a Response or nothing" in one promise.
  (async (req: PayloadRequest, { doc, headers, params }: Parameters<UploadHandler>[1]) => {
    const stored = await findStored(req, params.collection, doc, params.filename)
    if (!stored) return errorAnswer(req, notFound(), 'GET file')
    const type = stored.mimeType ?? 'application/octet-stream'
    const out = headers ?? new Headers()
    out.set(
      'Content-Disposition',
      contentDisposition(stored.originalName || params.filename, {
        type: INLINE_TYPES.has(type) ? 'inline' : 'attachment',
      }),
    )
    out.set('Cache-Control', stored.visibility === 'private' ? 'private, no-store' : 'public, max-age=300')
    setSecurityHeaders(out)
    const config = req.payload.collections[params.collection as 'files']?.config.upload
    if (config?.disableLocalStorage) return // the storage adapter's handler answers, with these headers

    const dir = path.resolve(staticDir())
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep))
      return errorAnswer(req, badRequest('filename', 'filename: not a stored file name'), 'GET file')
    const size = await stat(file).then(
      (s) => s.size,
      () => null,
    )
    if (size === null) return errorAnswer(req, notFound(), 'GET file')
    const range = getRangeRequestInfo({ fileSize: size, rangeHeader: req.headers.get('range') })
    for (const [name, value] of Object.entries(range.headers)) out.set(name, value)
    if (range.type === 'invalid') return new Response(null, { status: range.status, headers: out })
    out.set('Content-Type', type)
    const stream =
      range.type === 'partial'
        ? createReadStream(file, { start: range.rangeStart, end: range.rangeEnd })
        : createReadStream(file)
    return new Response(Readable.toWeb(stream) as ReadableStream, { status: range.status, headers: out })
  }) as UploadHandler
