import { createHash } from 'node:crypto'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

import { config } from '../../utilities/config'
import { AppError } from '../../utilities/errors'

import { openUpload, scanUpload, type UploadedFile, uploadPath } from './uploadedFile'

/** ALLOWED_EXTENSIONS, validated by the configuration; `jpeg` is the same type as `jpg`. */
export const allowedExtensions = (): string[] =>
  config().ALLOWED_EXTENSIONS.map((e) => (e === 'jpeg' ? 'jpg' : e))

export const maxUploadMb = () => config().MAX_UPLOAD_SIZE_MB
export const maxUploadBytes = () => maxUploadMb() * 1024 * 1024

/**
 * An upload refused for what it is: an AppError naming the file field, so
 * Payload's REST and GraphQL handlers answer its status and message (its
 * explicit name and data survive the production build's minification, where
 * a bare Error subclass became "An unknown error occurred.").
 */
export class UploadRefused extends AppError {
  constructor(status: number, message: string) {
    super(status, message, 'file')
  }
}

/** Signatures of other formats that must not hide inside an accepted one (polyglots). */
const FOREIGN = [
  { name: 'a ZIP archive', bytes: Buffer.from('PK\x03\x04', 'latin1') },
  { name: 'a PDF document', bytes: Buffer.from('%PDF-', 'latin1') },
  { name: 'HTML', bytes: Buffer.from('<html', 'latin1') },
  { name: 'a script', bytes: Buffer.from('<script', 'latin1') },
]
const LONGEST_SIGNATURE = Math.max(...FOREIGN.map((f) => f.bytes.length))
/** The first bytes hold the file's own signature; a foreign one counts from here on. */
const HEADER_BYTES = 16
/** PDF readers look for the trailer in the last kilobyte. */
const TAIL_BYTES = 1024

const declaredExtension = (name: string) => {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name)
  const ext = match?.[1]?.toLowerCase()
  return ext === 'jpeg' ? 'jpg' : ext
}

interface Scanned {
  sha256: string
  size: number
  foreign: string | null
  tail: Buffer
}

/** The first foreign signature in `chunk` (or across the seam with the bytes before it). */
const findForeign = (carry: Buffer, chunk: Buffer, offset: number, skip: Set<string>) => {
  // The seam is tiny; searching it and the chunk separately avoids copying each chunk.
  const seam = Buffer.concat([carry, chunk.subarray(0, LONGEST_SIGNATURE - 1)])
  const seamFrom = Math.max(0, HEADER_BYTES - (offset - carry.length))
  const chunkFrom = Math.max(0, HEADER_BYTES - offset)
  return (
    FOREIGN.find(
      (f) =>
        !skip.has(f.name) &&
        (seam.indexOf(f.bytes, seamFrom) !== -1 || chunk.indexOf(f.bytes, chunkFrom) !== -1),
    )?.name ?? null
  )
}

/** The last `n` bytes of what came before and `chunk`, copied (chunks may be reused). */
const lastBytes = (before: Buffer, chunk: Buffer, n: number) =>
  Buffer.from(
    chunk.length >= n ? chunk.subarray(chunk.length - n) : Buffer.concat([before, chunk]).subarray(-n),
  )

/**
 * One pass over the bytes in chunks: the SHA-256, the size, any foreign
 * signature past the header (carrying a few bytes across chunk boundaries),
 * and the last kilobyte. Memory stays at one chunk whatever the file's size.
 */
const scanBytes = async (chunks: AsyncIterable<Buffer>, skip: Set<string>): Promise<Scanned> => {
  const hash = createHash('sha256')
  let size = 0
  let carry = Buffer.alloc(0)
  let foreign: string | null = null
  let tail = Buffer.alloc(0)
  for await (const chunk of chunks) {
    hash.update(chunk)
    foreign ??= findForeign(carry, chunk, size, skip)
    carry = lastBytes(carry, chunk, LONGEST_SIGNATURE - 1)
    size += chunk.length
    if (size > maxUploadBytes()) {
      throw new UploadRefused(413, `file: larger than the ${maxUploadMb()} MB limit`)
    }
    tail = lastBytes(tail, chunk, TAIL_BYTES)
  }
  return { sha256: hash.digest('hex'), size, foreign, tail }
}

/** An SVG root element after an optional XML declaration, comments and doctype. */
const SVG_START =
  /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+svg[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i

/**
 * SVG is text, so file-type cannot tell it; it is only considered when the
 * allow-list names it. Whether it is safe (no scripts, event handlers,
 * foreign objects or javascript: links) Payload's own SVG inspection decides
 * when the file is stored; either way it is served only as an attachment.
 */
const sniffSvg = async (file: UploadedFile) => {
  if (!allowedExtensions().includes('svg')) return undefined
  let head = ''
  for await (const chunk of openUpload(file) as AsyncIterable<Buffer>) {
    head += chunk.toString('utf8')
    if (head.length >= 4096) break
  }
  return SVG_START.test(head) ? { ext: 'svg', mime: 'image/svg+xml' } : undefined
}

export interface Checked {
  ext: string
  mime: string
  sha256: string
  size: number
}

/**
 * What the bytes are, whatever the name says: the type is sniffed from the
 * contents (file-type), must be allowed, must agree with the name's
 * extension, and must not carry a second format inside it. Works on the
 * temporary file the multipart parser streamed to, never on a whole buffer.
 */
export const checkUpload = async (file: UploadedFile): Promise<Checked> => {
  const onDisk = uploadPath(file)
  const fromBytes = onDisk ? await fileTypeFromFile(onDisk) : await fileTypeFromBuffer(file.data)
  // file-type calls an SVG with an XML declaration "xml" and one without nothing.
  const sniffed = !fromBytes || fromBytes.ext === 'xml' ? ((await sniffSvg(file)) ?? fromBytes) : fromBytes
  if (!sniffed) throw new UploadRefused(415, 'file: its type cannot be told from its contents')
  const ext = sniffed.ext === 'jpeg' ? 'jpg' : sniffed.ext
  const allowed = allowedExtensions()
  if (!allowed.includes(ext)) {
    throw new UploadRefused(415, `file: ${sniffed.mime} is not accepted (allowed: ${allowed.join(', ')})`)
  }
  const declared = declaredExtension(file.name)
  if (declared !== ext) {
    throw new UploadRefused(
      400,
      `file: the name says .${declared ?? '(none)'} but the contents are ${sniffed.mime} (.${ext})`,
    )
  }
  const scanned = await scanBytes(scanUpload(file), new Set(ext === 'pdf' ? ['a PDF document'] : []))
  if (scanned.foreign && ext === 'svg') {
    throw new UploadRefused(400, `file: the SVG contains ${scanned.foreign}; it is refused`)
  }
  if (scanned.foreign) {
    throw new UploadRefused(400, `file: it also contains ${scanned.foreign} (a polyglot file is refused)`)
  }
  // Payload would read a whole PDF into memory for this check; the tail is enough.
  if (ext === 'pdf') {
    const tail = scanned.tail.toString('latin1')
    if (!tail.includes('%%EOF') || !tail.includes('xref')) {
      throw new UploadRefused(400, 'file: the PDF is damaged (no cross-reference table or end marker)')
    }
  }
  return { ext, mime: sniffed.mime, sha256: scanned.sha256, size: scanned.size }
}
