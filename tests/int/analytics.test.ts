import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createTaxonomy, resourceData } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { expectError } from '../helpers/errorShape'
import { anonymous } from '../helpers/rest'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('GET /api/analytics/resources', () => {
  it('counts published resources by category, district and status', async () => {
    const before = (await anonymous().get('/analytics/resources')).body
    const a = await createTaxonomy(payload)
    const b = await createTaxonomy(payload)
    const create = (taxonomy: typeof a, status: 'active' | 'closed', published: boolean) =>
      payload.create({
        collection: 'resources',
        data: { ...resourceData(taxonomy, { status }), _status: published ? 'published' : 'draft' },
        draft: !published,
      })
    for (let i = 0; i < 3; i++) await create(a, 'active', true)
    await create(a, 'closed', true)
    await create(a, 'active', false) // drafts never count
    await create(b, 'closed', true)

    const res = await anonymous().get('/analytics/resources')
    expect(res.status).toBe(200)
    const bucket = (list: any[], id: number) => list.find((x) => x.id === id)?.count
    expect(bucket(res.body.byCategory, a.category.id)).toBe(4)
    expect(bucket(res.body.byCategory, b.category.id)).toBe(1)
    expect(bucket(res.body.byDistrict, a.district.id)).toBe(4)
    expect(bucket(res.body.byDistrict, b.district.id)).toBe(1)
    const status = (body: any, s: string) => body.byStatus.find((x: any) => x.status === s).count
    expect(status(res.body, 'active') - status(before, 'active')).toBe(3)
    expect(status(res.body, 'closed') - status(before, 'closed')).toBe(2)
    expect(res.body.total - before.total).toBe(5)
  })

  it('names buckets in the requested locale and rejects unknown locales', async () => {
    const t = await createTaxonomy(payload)
    await payload.update({ collection: 'categories', id: t.category.id, locale: 'ur', data: { name: 'صحت' } })
    await payload.create({ collection: 'resources', data: { ...resourceData(t), _status: 'published' } })
    const ur = await anonymous().get('/analytics/resources?locale=ur')
    expect(ur.body.byCategory.find((c: any) => c.id === t.category.id).name).toBe('صحت')
    const bad = await anonymous().get('/analytics/resources?locale=xx')
    expectError(bad, 400, 'locale')
    expect(bad.body.errors[0].message).toBe('locale: must be one of en, ur, ps')
  })

  it('refuses unknown and repeated parameters, naming them', async () => {
    const unknown = await anonymous().get('/analytics/resources?category=3')
    expectError(unknown, 400, 'category')
    expect(unknown.body.errors[0].message).toBe('category: unknown parameter')
    expectError(await anonymous().get('/analytics/resources?locale=en&locale=ur'), 400, 'locale')
    const ok = await anonymous().get('/analytics/resources')
    expect(ok.headers.get('x-request-id')).toBeTruthy()
    expect(ok.headers.get('cache-control')).toBe('public, max-age=30, stale-while-revalidate=300')
  })
})
