import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { expectError } from '../helpers/errorShape'
import { clientsByRole, uniquePng, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
})

describe('the files collection endpoints, through the request kernel', () => {
  for (const path of ['/files/usage', '/files/retention']) {
    it(`${path}: admins only (401 signed out, 403 otherwise), no unknown parameters`, async () => {
      expectError(await anonymous().get(path), 401)
      for (const role of ['editor', 'moderator', 'member'] as const) {
        expectError(await clients[role].api.get(path), 403)
      }
      const ok = await clients.admin.api.get(path)
      expect(ok.status).toBe(200)
      expect(ok.headers.get('x-request-id')).toBeTruthy()
      expect(ok.headers.get('cache-control')).toBe('private, no-store')
      const unknown = await clients.admin.api.get(`${path}?limit=5`)
      expectError(unknown, 400, 'limit')
      expect(unknown.body.errors[0].message).toBe('limit: unknown parameter')
    })
  }

  it('/files/:id/preview: 400 naming id when malformed, 404 when no file can or does have it', async () => {
    for (const id of ['abc', '1.5', '0', '-1', '%00']) {
      expectError(await anonymous().get(`/files/${id}/preview`), 400, 'id')
    }
    expectError(await anonymous().get('/files/99999999999999999999/preview'), 404, 'id')
    expectError(await anonymous().get('/files/2147483647/preview'), 404, 'id')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await uniquePng())], { type: 'image/png' }),
      `p-${unique()}.png`,
    )
    form.append('_payload', JSON.stringify({ visibility: 'private' }))
    const stored = await clients.editor.api.postForm('/files', form)
    expect(stored.status).toBe(201)
    // A private file is as missing to others as one that does not exist.
    expectError(await anonymous().get(`/files/${stored.body.doc.id}/preview`), 404, 'id')
    // Its owner sees it; its preview is not made yet (jobs do not run in tests).
    const pending = await clients.editor.api.get(`/files/${stored.body.doc.id}/preview`)
    expectError(pending, 404)
    expect(pending.body.errors[0].message).toBe('No preview yet (pending)')
    expectError(await clients.editor.api.get(`/files/${stored.body.doc.id}/preview?size=big`), 400, 'size')
  })
})
