import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import type { ApiClient } from '../helpers/rest'

/**
 * A resource's `attributes` against its category's attribute schema: every
 * key declared, every value of the declared type, on create and update, over
 * REST, GraphQL and the Local API; a 400 naming the key.
 */
let payload: Payload
let editor: ApiClient
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>
let other: Awaited<ReturnType<typeof createTaxonomy>>

const SCHEMA = [
  { key: 'beds', label: 'Beds', type: 'number', unit: 'beds' },
  { key: 'labourRoom', label: 'Labour room', type: 'boolean' },
  { key: 'visitDays', label: 'Visit days', type: 'list' },
  { key: 'grades', label: 'Grades', type: 'text' },
] as const

/** Each problem of a Payload 400: the path it names and its message. */
const problems = (body: any): { path: string; message: string }[] =>
  (body.errors ?? []).flatMap((e: any) => e.data?.errors ?? [])

beforeAll(async () => {
  payload = await getTestPayload()
  editor = (await clientsByRole(payload)).editor.api
  taxonomy = await createTaxonomy(payload, { attributeSchema: [...SCHEMA] })
  // A category that declares nothing.
  other = await createTaxonomy(payload)
})

describe('attributes against the category schema', () => {
  it('accepts declared keys with values of their type, and null for a blank one', async () => {
    const attributes = { beds: 20, labourRoom: true, visitDays: ['Monday', 'Thursday'], grades: null }
    const res = await editor.post('/resources', resourceData(taxonomy, { attributes }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.attributes).toEqual(attributes)
  })

  it.each([
    ['attributes.beds', { beds: '20' }, 'expected a number'],
    ['attributes.beds', { beds: [10, 25] }, 'expected a number'],
    ['attributes.labourRoom', { labourRoom: 'yes' }, 'expected true or false'],
    ['attributes.visitDays', { visitDays: 'Monday' }, 'expected a list'],
    ['attributes.visitDays', { visitDays: [{ day: 'Monday' }] }, 'expected a list'],
    ['attributes.grades', { grades: 5 }, 'expected a text'],
    ['attributes.openingHours', { openingHours: '08:00-14:00' }, 'not in this category'],
  ])('REST create: 400 naming %s, and nothing stored', async (path, attributes, expected) => {
    const title = `Refused ${unique()}`
    const res = await editor.post('/resources', resourceData(taxonomy, { title, attributes }))
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    const [problem] = problems(res.body)
    expect(problem?.path).toBe(path)
    expect(problem?.message).toContain(expected)
    const { totalDocs } = await payload.count({
      collection: 'resources',
      where: { title: { equals: title } },
    })
    expect(totalDocs).toBe(0)
  })

  it('names every bad key at once, and lists the declared keys', async () => {
    const res = await editor.post(
      '/resources',
      resourceData(taxonomy, { attributes: { beds: 'many', staff: 3, labourRoom: false } }),
    )
    expect(res.status).toBe(400)
    expect(problems(res.body).map((p) => p.path)).toEqual(['attributes.beds', 'attributes.staff'])
    expect(problems(res.body)[1]!.message).toContain('declared: beds, labourRoom, visitDays, grades')
  })

  it('REST update: a bad value, and a category change the attributes do not fit', async () => {
    const created = await editor.post('/resources', resourceData(taxonomy, { attributes: { beds: 4 } }))
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const bad = await editor.patch(`/resources/${id}`, { attributes: { beds: 'four' } })
    expect(bad.status).toBe(400)
    expect(problems(bad.body)[0]?.path).toBe('attributes.beds')
    // Moving it to a category that declares no beds leaves an undeclared key behind.
    const moved = await editor.patch(`/resources/${id}`, { category: other.category.id })
    expect(moved.status).toBe(400)
    expect(problems(moved.body)[0]?.path).toBe('attributes.beds')
    const fine = await editor.patch(`/resources/${id}`, { category: other.category.id, attributes: null })
    expect(fine.status, JSON.stringify(fine.body)).toBe(200)
  })

  it('GraphQL create is refused naming the key', async () => {
    const res = await editor.graphql(
      `mutation($data: mutationResourceInput!) { createResource(data: $data) { id } }`,
      { data: { ...resourceData(taxonomy), attributes: { beds: true } } },
    )
    expect(res.body.data?.createResource ?? null).toBeNull()
    const [error] = res.body.errors
    expect(error.extensions.statusCode).toBe(400)
    expect(error.extensions.data.errors[0]).toMatchObject({
      path: 'attributes.beds',
      message: expect.stringContaining('expected a number'),
    })
    const ok = await editor.graphql(
      `mutation($data: mutationResourceInput!) { createResource(data: $data) { id attributes } }`,
      { data: { ...resourceData(taxonomy), attributes: { beds: 12 } } },
    )
    expect(ok.body.errors).toBeUndefined()
    expect(ok.body.data.createResource.attributes).toEqual({ beds: 12 })
  })

  it('the Local API is held to it too; a draft saved as a draft (an import) is not', async () => {
    await expect(
      payload.create({
        collection: 'resources',
        data: resourceData(taxonomy, { attributes: { beds: '3' } }),
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'attributes.beds' }] } })
    const draft = await payload.create({
      collection: 'resources',
      data: { ...resourceData(taxonomy, { attributes: { imported: 'x' } }), _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    // Publishing it is a validated save: the editor must declare or drop the key first.
    await expect(
      payload.update({
        collection: 'resources',
        id: draft.id,
        data: { _status: 'published' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'attributes.imported' }] } })
  })
})
