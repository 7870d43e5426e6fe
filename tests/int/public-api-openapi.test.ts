import type { Payload } from 'payload'

import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_COLLECTIONS } from '../../plugins/api-access/public'
import { publicCollections } from '../../plugins/api-access/public'
import { listParams } from '../../plugins/api-access/public/params'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

let payload: Payload
let document: any
let ajv: InstanceType<typeof Ajv2020>

const BASE = '/public/v1'

/** The answer checked against the document's schema for it: every error listed on failure. */
const expectMatches = (schema: string, body: unknown) => {
  const validate = ajv.getSchema(`openapi#/$defs/${schema}`)!
  const ok = validate(body)
  expect(ok, `${schema}: ${JSON.stringify(validate.errors?.slice(0, 5))}`).toBe(true)
}

beforeAll(async () => {
  payload = await getTestPayload()
  const res = await anonymous().get(`${BASE}/openapi.json`)
  expect(res.status).toBe(200)
  document = res.body
  ajv = new Ajv2020({ strict: true, allErrors: true })
  addFormats(ajv)
  // The document's schemas as one JSON Schema, its `$ref`s pointing at `$defs`.
  const defs = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', 'openapi#/$defs/'),
  )
  ajv.addSchema({ $id: 'openapi', $defs: defs })
  // Something in every collection, published, with the profile filled where there is one.
  const t = await createTaxonomy(payload)
  await payload.create({
    collection: 'resources',
    data: {
      ...resourceData(t),
      phones: [{ number: '+92 000 7654321', kind: 'mobile' }],
      openingHours: [{ day: 'fri', mode: 'open', ranges: [{ opens: '09:00', closes: '12:30' }] }],
      hoursExceptions: [{ from: '2026-03-20', to: '2026-03-22', label: 'Eid', mode: 'closed' }],
      fees: { kind: 'free' },
      references: [{ label: 'Source', url: 'https://example.org/a' }],
      _status: 'published',
    },
  })
  await payload.create({ collection: 'posts', data: { title: `Post ${unique()}`, _status: 'published' } })
  await payload.create({
    collection: 'campaigns',
    data: {
      title: `Campaign ${unique()}`,
      startsAt: '2026-01-01T00:00:00Z',
      endsAt: '2026-02-01T00:00:00Z',
      goal: { target: 5, unit: 'people' },
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'organizations',
    data: {
      name: `Org ${unique()}`,
      phones: [{ number: '+92 000 1111111', kind: 'voice', label: 'Office' }],
    },
  })
})

describe('the OpenAPI document of the public API', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0')
    const result = await new Validator().validate(document)
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('lists every public collection, with exactly the query parameters the API takes', () => {
    for (const collection of publicCollections) {
      const list = document.paths[`${BASE}/${collection.slug}`].get
      const names = list.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name)
      expect(names.sort(), collection.slug).toEqual(Object.keys(listParams(collection).shape).sort())
      expect(document.paths[`${BASE}/${collection.slug}/{id}`].get).toBeDefined()
    }
    // Internal collections are not in it.
    const slugs = Object.keys(document.paths).map((p) => p.split('/')[3])
    expect([...new Set(slugs)].sort()).toEqual([...PUBLIC_COLLECTIONS].sort())
  })

  it('describes the real answers: every list and item, and the errors', async () => {
    const names: Record<string, string> = {
      resources: 'Resource',
      posts: 'Post',
      campaigns: 'Campaign',
      categories: 'Category',
      districts: 'District',
      tags: 'Tag',
      organizations: 'Organization',
    }
    for (const slug of PUBLIC_COLLECTIONS) {
      for (const locale of ['en', 'ur']) {
        const list = await anonymous().get(`${BASE}/${slug}?limit=100&locale=${locale}`)
        expect(list.status).toBe(200)
        expect(list.body.data.length, slug).toBeGreaterThan(0)
        expectMatches(`${names[slug]}List`, list.body)
        const item = await anonymous().get(`${BASE}/${slug}/${list.body.data[0].id}?locale=${locale}`)
        expectMatches(names[slug]!, item.body.data)
      }
    }
    expectMatches('Error', (await anonymous().get(`${BASE}/resources?limit=0`)).body)
    expectMatches('Error', (await anonymous().get(`${BASE}/resources/999999`)).body)
    // The schemas are strict: an answer with a field they do not list fails.
    const validate = ajv.getSchema('openapi#/$defs/Tag')!
    const tag = (await anonymous().get(`${BASE}/tags?limit=1`)).body.data[0]
    expect(validate({ ...tag, internal: 1 })).toBe(false)
  })
})
