import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { clientsByRole, createTaxonomy, resourceData } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
})

describe('versions and drafts', () => {
  it('keeps the published text public while a draft is edited, and publishes it on demand', async () => {
    const editor = clients.editor.api
    const created = await editor.post('/resources', {
      ...resourceData(taxonomy, { title: 'Published v1' }),
      _status: 'published',
    })
    const id = created.body.doc.id
    expect((await editor.patch(`/resources/${id}?draft=true`, { title: 'Draft v2' })).status).toBe(200)

    expect((await anonymous().get(`/resources/${id}`)).body.title).toBe('Published v1')
    expect((await anonymous().get(`/resources/${id}?draft=true`)).body.title).toBe('Published v1')
    expect((await editor.get(`/resources/${id}?draft=true`)).body.title).toBe('Draft v2')

    expect((await editor.patch(`/resources/${id}`, { _status: 'published' })).status).toBe(200)
    expect((await anonymous().get(`/resources/${id}`)).body.title).toBe('Draft v2')
  })

  it('lists versions with their data and restores an earlier one', async () => {
    const editor = clients.editor.api
    const created = await editor.post('/resources', {
      ...resourceData(taxonomy, { title: 'Original', summary: 'first' }),
      _status: 'published',
    })
    const id = created.body.doc.id
    await editor.patch(`/resources/${id}`, { title: 'Rewritten', summary: 'second', _status: 'published' })

    const versions = await editor.get(`/resources/versions?where[parent][equals]=${id}&sort=createdAt`)
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(2)
    const original = versions.body.docs.find((v: any) => v.version.title === 'Original')
    expect(original.version.summary).toBe('first')

    const restored = await editor.post(`/resources/versions/${original.id}`, {})
    expect(restored.status).toBe(200)
    const current = await payload.findByID({ collection: 'resources', id, draft: true })
    expect(current.title).toBe('Original')
    expect(current.summary).toBe('first')

    // Members cannot restore.
    const denied = await clients.member.api.post(`/resources/versions/${original.id}`, {})
    expect(denied.status).toBe(403)
  })

  it('keeps localized text per locale and falls back to English', async () => {
    const editor = clients.editor.api
    const created = await editor.post('/resources?locale=en', {
      ...resourceData(taxonomy, { title: 'Water point' }),
      _status: 'published',
    })
    const id = created.body.doc.id
    await editor.patch(`/resources/${id}?locale=ur`, { title: 'پانی کا مقام', _status: 'published' })
    expect((await anonymous().get(`/resources/${id}?locale=ur`)).body.title).toBe('پانی کا مقام')
    expect((await anonymous().get(`/resources/${id}?locale=en`)).body.title).toBe('Water point')
    expect((await anonymous().get(`/resources/${id}?locale=ps`)).body.title).toBe('Water point')
  })

  it('generates unique slugs and bounding boxes', async () => {
    const editor = clients.editor.api
    const a = await editor.post('/resources', resourceData(taxonomy, { title: 'Same Name Clinic' }))
    const b = await editor.post('/resources', resourceData(taxonomy, { title: 'Same Name Clinic' }))
    expect(a.body.doc.slug).toMatch(/^same-name-clinic/)
    expect(b.body.doc.slug).not.toBe(a.body.doc.slug)
    const line = await editor.post(
      '/resources',
      resourceData(taxonomy, {
        location: {
          type: 'LineString',
          coordinates: [
            [71.1, 34.2],
            [71.9, 33.8],
          ],
        },
      }),
    )
    expect(line.body.doc.bbox).toEqual({ minLng: 71.1, minLat: 33.8, maxLng: 71.9, maxLat: 34.2 })
  })
})
