import type { Payload } from 'payload'

import { S3 } from '@aws-sdk/client-s3'
import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { config, resetConfig } from '../../utilities/config'
import { PASSWORD, clientsByRole, unique, uniquePng } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'
import { startS3Server } from '../helpers/s3Server'

/**
 * Files on S3 (S3_BUCKET and friends) through @payloadcms/storage-s3,
 * against s3rver started here: upload, preview, download, private files and
 * delete all go through the bucket, and nothing lands on the local disk.
 */
let s3: Awaited<ReturnType<typeof startS3Server>>
let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let bucket: S3

beforeAll(async () => {
  s3 = await startS3Server()
  // Before the config is first imported in this test file (each file has its own modules).
  Object.assign(process.env, {
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
  resetConfig()
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  bucket = new S3({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
})

afterAll(async () => {
  for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
    delete process.env[name]
  delete process.env.S3_FORCE_PATH_STYLE
  resetConfig()
  await s3?.close()
})

const upload = (bytes: Uint8Array, name: string, data: Record<string, unknown> = {}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 's3', ...data }))
  return clients.editor.api.postForm('/files', form)
}

const get = async (route: string, token?: string) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  return REST_GET(config)(new Request(`http://localhost:3000/api/${route}`, { headers }), {
    params: Promise.resolve({ slug: route.split('/') }),
  })
}

const inBucket = (key: string) =>
  bucket.headObject({ Bucket: s3.bucket, Key: key }).then(
    () => true,
    () => false,
  )

describe('files on S3', () => {
  it('store, preview, serve and delete through the bucket', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2040c0' } })
      .png()
      .toBuffer()
    const res = await upload(Buffer.concat([png]), `map ✓ ${unique()}.png`)
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(await inBucket(doc.filename)).toBe(true)
    expect(existsSync(path.resolve(config().FILES_DIR, doc.filename))).toBe(false)

    const served = await get(`files/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)
    expect(served.headers.get('content-disposition')).toContain("filename*=UTF-8''map%20%E2%9C%93")
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')

    await payload.jobs.run({ queue: 'files', limit: 100 })
    const stored = await payload.findByID({ collection: 'files', id: doc.id, overrideAccess: true })
    expect(stored.previewStatus, stored.previewError ?? '').toBe('ready')
    expect(await inBucket(`previews/${doc.id}.webp`)).toBe(true)
    const preview = await get(`files/${doc.id}/preview`)
    expect(preview.status).toBe(200)
    expect((await sharp(Buffer.from(await preview.arrayBuffer())).metadata()).format).toBe('webp')

    expect((await clients.editor.api.delete(`/files/${doc.id}`)).status).toBe(200)
    expect(await inBucket(doc.filename)).toBe(false)
    expect(await inBucket(`previews/${doc.id}.webp`)).toBe(false)
  })

  it('serve a private file from the bucket only to its owner and editors', async () => {
    const res = await upload(await uniquePng(), `private-${unique()}.png`, { visibility: 'private' })
    expect(res.status).toBe(201)
    const { filename } = res.body.doc
    const token = async (role: 'member' | 'editor') =>
      (
        await payload.login({
          collection: 'users',
          data: { email: clients[role].user.email, password: PASSWORD },
        })
      ).token
    expect((await get(`files/file/${filename}`)).status).toBe(403)
    expect((await get(`files/file/${filename}`, await token('member'))).status).toBe(403)
    const owner = await get(`files/file/${filename}`, await token('editor'))
    expect(owner.status).toBe(200)
    expect(owner.headers.get('cache-control')).toBe('private, no-store')
    expect((await anonymous().get(`/files/${res.body.doc.id}`)).status).toBe(404)
  })
})
