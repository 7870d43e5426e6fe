import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'

/**
 * The file Payload puts on `req.file`. Over REST it was streamed to a
 * temporary file (`useTempFiles`), so `data` is empty; through the Local API
 * the caller hands over `data` itself.
 */
export interface UploadedFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
  tempFilePath?: string
}

const CHUNK = 1024 * 1024

/** The temporary file holding the upload, when the parser streamed it to disk. */
export const uploadPath = (file: UploadedFile): string | undefined =>
  file.tempFilePath && file.data.length === 0 ? file.tempFilePath : undefined

/** The upload's bytes as a stream of chunks, wherever they are. */
export const openUpload = (file: UploadedFile): Readable => {
  const onDisk = uploadPath(file)
  return onDisk
    ? createReadStream(onDisk, { highWaterMark: CHUNK })
    : Readable.from(file.data.length > CHUNK ? chunks(file.data) : [file.data])
}

function* chunks(data: Buffer) {
  for (let offset = 0; offset < data.length; offset += CHUNK) yield data.subarray(offset, offset + CHUNK)
}

/**
 * The upload's bytes for a reader that only looks at each chunk once (hash,
 * signature scan): a file on disk is read into one buffer, reused for every
 * chunk, so scanning 100 MB leaves no 100 MB of garbage for the collector.
 * A chunk is only valid until the next one is asked for; copy what you keep.
 */
export async function* scanUpload(file: UploadedFile): AsyncGenerator<Buffer> {
  const onDisk = uploadPath(file)
  if (!onDisk) {
    yield* chunks(file.data)
    return
  }
  const handle = await open(onDisk, 'r')
  try {
    const buffer = Buffer.allocUnsafe(CHUNK)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}
