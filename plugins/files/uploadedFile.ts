import { createReadStream } from 'node:fs'
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
