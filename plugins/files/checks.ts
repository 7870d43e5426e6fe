import { createHash } from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'

/** Extensions accepted unless ALLOWED_EXTENSIONS says otherwise. */
export const DEFAULT_EXTENSIONS = ['jpg', 'png', 'webp', 'gif', 'pdf']

export const allowedExtensions = () =>
  (process.env.ALLOWED_EXTENSIONS ?? DEFAULT_EXTENSIONS.join(','))
    .split(',')
    .map((e) => e.trim().toLowerCase().replace(/^\./, ''))
    .filter(Boolean)
    .map((e) => (e === 'jpeg' ? 'jpg' : e))

export const maxUploadBytes = () => Number(process.env.MAX_UPLOAD_SIZE_MB ?? 25) * 1024 * 1024

export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Signatures of other formats that must not hide inside an accepted one (polyglots). */
const FOREIGN = [
  { name: 'a ZIP archive', bytes: Buffer.from('PK\x03\x04', 'latin1') },
  { name: 'a PDF document', bytes: Buffer.from('%PDF-', 'latin1') },
  { name: 'HTML', bytes: Buffer.from('<html', 'latin1') },
  { name: 'a script', bytes: Buffer.from('<script', 'latin1') },
]

const declaredExtension = (name: string) => {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name)
  const ext = match?.[1]?.toLowerCase()
  return ext === 'jpeg' ? 'jpg' : ext
}

export interface Checked {
  ext: string
  mime: string
  sha256: string
}

/**
 * What the bytes are, whatever the name says: the type is sniffed from the
 * contents (file-type), must be allowed, must agree with the name's
 * extension, and must not carry a second format inside it.
 */
export const checkUpload = async (data: Buffer, originalName: string): Promise<Checked> => {
  if (data.length > maxUploadBytes()) {
    throw new UploadRefused(413, `file: larger than the ${process.env.MAX_UPLOAD_SIZE_MB ?? 25} MB limit`)
  }
  const sniffed = await fileTypeFromBuffer(data)
  if (!sniffed) throw new UploadRefused(415, 'file: its type cannot be told from its contents')
  const ext = sniffed.ext === 'jpeg' ? 'jpg' : sniffed.ext
  const allowed = allowedExtensions()
  if (!allowed.includes(ext)) {
    throw new UploadRefused(415, `file: ${sniffed.mime} is not accepted (allowed: ${allowed.join(', ')})`)
  }
  const declared = declaredExtension(originalName)
  if (declared !== ext) {
    throw new UploadRefused(
      400,
      `file: the name says .${declared ?? '(none)'} but the contents are ${sniffed.mime} (.${ext})`,
    )
  }
  // The leading signature was checked above; another one later in the file is a polyglot.
  for (const foreign of FOREIGN) {
    if (foreign.name === 'a PDF document' && ext === 'pdf') continue
    if (data.indexOf(foreign.bytes, 16) !== -1) {
      throw new UploadRefused(400, `file: it also contains ${foreign.name} (a polyglot file is refused)`)
    }
  }
  return { ext, mime: sniffed.mime, sha256: createHash('sha256').update(data).digest('hex') }
}
