import type { Readable } from 'node:stream'
import type { Config } from 'payload'

import { NoSuchKey, S3 } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { config } from '../../utilities/config'

/** S3 is used when S3_BUCKET is set; everything else has a default that suits AWS. */
export const s3Configured = () => Boolean(config().S3_BUCKET)

const s3Options = () => {
  const env = config()
  return {
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}

let client: S3 | undefined
const s3 = () => (client ??= new S3(s3Options()))

/**
 * Files and previews on S3 through @payloadcms/storage-s3 when S3_BUCKET is
 * set. Disabled, it still adds its fields, so the schema (and the committed
 * migrations) are the same with and without S3. Payload's access control
 * stays in front of every download: objects are private and streamed
 * through the CMS, never linked directly.
 */
export const withStorage = (slugs: string[]) => (incoming: Config) =>
  s3Storage({
    enabled: s3Configured(),
    alwaysInsertFields: true,
    bucket: config().S3_BUCKET ?? '',
    acl: 'private',
    // An explicit (empty) prefix keeps the prefix field whether S3 is on or off.
    collections: Object.fromEntries(slugs.map((slug) => [slug, { prefix: '' }])),
    config: s3Options(),
  })(incoming)

/** Where a file's bytes and its preview live: local disk or the S3 bucket. */
export interface FileStore {
  /** Copies the stored original to a local path, for tools that need a file (pdftoppm). */
  download(filename: string, to: string): Promise<void>
  putPreview(id: number, bytes: Buffer): Promise<void>
  /** null when there is none. */
  getPreview(id: number): Promise<Buffer | null>
  deletePreview(id: number): Promise<void>
}

const previewKey = (id: number) => `previews/${id}.webp`

const localStore = (staticDir: string): FileStore => ({
  download: (filename, to) => copyFile(path.join(staticDir, filename), to),
  putPreview: async (id, bytes) => {
    await mkdir(path.join(staticDir, 'previews'), { recursive: true })
    await writeFile(path.join(staticDir, previewKey(id)), bytes)
  },
  getPreview: (id) =>
    readFile(path.join(staticDir, previewKey(id))).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    }),
  deletePreview: (id) => rm(path.join(staticDir, previewKey(id)), { force: true }),
})

const s3Store = (bucket: string): FileStore => ({
  download: async (filename, to) => {
    const object = await s3().getObject({ Bucket: bucket, Key: filename })
    await pipeline(object.Body as Readable, createWriteStream(to))
  },
  putPreview: async (id, bytes) => {
    await s3().putObject({ Bucket: bucket, Key: previewKey(id), Body: bytes, ContentType: 'image/webp' })
  },
  getPreview: async (id) => {
    try {
      const object = await s3().getObject({ Bucket: bucket, Key: previewKey(id) })
      return Buffer.from(await object.Body!.transformToByteArray())
    } catch (error) {
      if (error instanceof NoSuchKey) return null
      throw error
    }
  },
  deletePreview: async (id) => {
    await s3().deleteObject({ Bucket: bucket, Key: previewKey(id) })
  },
})

export const staticDir = () => path.resolve(config().FILES_DIR)

export const fileStore = (): FileStore =>
  s3Configured() ? s3Store(config().S3_BUCKET!) : localStore(staticDir())
