import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'

let payload: Payload
let admin: ApiClient

const MB = 1024 * 1024

/** An uncompressed PNG of about 0.6 MB, different bytes every time (no duplicate refusal). */
const pngOfAboutHalfAMegabyte = () =>
  sharp(randomBytes(450 * 450 * 3), { raw: { width: 450, height: 450, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()

const form = (bytes: Buffer) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `race-${unique()}.png`)
  body.append('_payload', JSON.stringify({ alt: 'race' }))
  return body
}

beforeAll(async () => {
  payload = await getTestPayload()
  const adminUser = await createUser(payload, ['admin'])
  admin = await new ApiClient().login(adminUser.email, PASSWORD)
  expect((await admin.post('/globals/settings', { uploads: { quotaMb: 1 } })).status).toBe(200)
})

afterAll(async () => {
  await admin.post('/globals/settings', { uploads: { quotaMb: null } })
})

describe('the upload quota under concurrent uploads', () => {
  it('lets exactly one of two simultaneous uploads through when the quota fits only one', async () => {
    const user = await createUser(payload, ['editor'])
    const editor = await new ApiClient().login(user.email, PASSWORD)
    const [first, second] = await Promise.all([pngOfAboutHalfAMegabyte(), pngOfAboutHalfAMegabyte()])
    // Each fits the 1 MB quota alone; both together do not.
    expect(first.length).toBeLessThan(MB)
    expect(first.length + second.length).toBeGreaterThan(MB)

    const answers = await Promise.all([
      editor.postForm('/files', form(first)),
      editor.postForm('/files', form(second)),
    ])

    expect(answers.map((a) => a.status).sort()).toEqual([201, 413])
    const refused = answers.find((a) => a.status === 413)!
    expect(refused.body.errors[0].message).toContain('your storage quota of 1 MB would be exceeded')
    const stored = await payload.find({
      collection: 'files',
      where: { owner: { equals: user.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
    const total = stored.docs.reduce((sum, doc) => sum + (doc.filesize ?? 0), 0)
    expect(total).toBeLessThanOrEqual(MB)
  })
})
