import type { CollectionAfterChangeHook, Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { testDatabaseUrl } from '../helpers/database'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>
let db: pg.Client

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
  db = new pg.Client({ connectionString: testDatabaseUrl() })
  await db.connect()
})
afterAll(() => db.end())

/** The field paths a Payload 400 names. */
const failingPaths = (body: any): string[] =>
  (body.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path ?? d.field))

describe('bad input over REST', () => {
  it.each([
    ['title', { title: undefined }],
    ['category', { category: 999_999 }],
    ['attributes', { attributes: ['not', 'an', 'object'] }],
    ['attributes', { attributes: 'text' }],
    ['location', { location: { type: 'Point', coordinates: [71.5, 134] } }],
    ['location', { location: { type: 'Circle', coordinates: [71.5, 34] } }],
    [
      'location',
      {
        location: {
          type: 'Polygon',
          coordinates: [
            [
              [71, 34],
              [72, 34],
              [72, 35],
              [71.5, 35.5],
            ],
          ],
        },
      },
    ],
    ['status', { status: 'maybe' }],
    ['references.0.url', { references: [{ label: 'x', url: 'javascript:alert(1)' }] }],
  ])('400 naming %s', async (field, overrides) => {
    const res = await clients.editor.api.post('/resources', resourceData(taxonomy, overrides))
    expect(res.status).toBe(400)
    expect(failingPaths(res.body)).toContain(field)
  })

  it('normalises a given slug instead of storing spaces or slashes', async () => {
    const res = await clients.editor.api.post(
      '/resources',
      resourceData(taxonomy, { slug: `Has Spaces/And ${unique()}` }),
    )
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toMatch(/^has-spaces-and-[0-9a-f]{8}$/)
  })

  it('explains what is wrong with a geometry', async () => {
    const res = await clients.editor.api.post(
      '/resources',
      resourceData(taxonomy, {
        location: {
          type: 'Polygon',
          coordinates: [
            [
              [71, 34],
              [72, 34],
              [72, 35],
              [71.5, 35.5],
            ],
          ],
        },
      }),
    )
    expect(JSON.stringify(res.body)).toContain('not closed')
  })

  it('answers a malformed JSON body with 400, not 500', async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../payload.config')
    const response = await REST_POST(config)(
      new Request('http://localhost:3000/api/categories', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"name": ',
      }),
      { params: Promise.resolve({ slug: ['categories'] }) },
    )
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

describe('bad input over GraphQL', () => {
  it('names the failing field', async () => {
    const res = await clients.editor.api.graphql(
      `mutation($data: mutationResourceInput!) { createResource(data: $data) { id } }`,
      { data: { ...resourceData(taxonomy), attributes: [1, 2] } },
    )
    expect(JSON.stringify(res.body.errors)).toContain('attributes')
  })
})

describe('transactions', () => {
  it('a failing hook leaves no resource, locale, version or audit rows behind', async () => {
    const marker = `Rollback ${unique()}`
    const failing: CollectionAfterChangeHook = ({ doc }) => {
      if (String(doc.title).startsWith('Rollback ')) throw new Error('hook failed on purpose')
      return doc
    }
    // Appended after the audit hook, so the audit row is written before the failure.
    const hooks = payload.collections.resources.config.hooks.afterChange
    hooks.push(failing)
    try {
      const res = await clients.editor.api.post('/resources', resourceData(taxonomy, { title: marker }))
      expect(res.status).toBe(500)
      expect(JSON.stringify(res.body)).not.toContain('hook failed on purpose')
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
    const counts = await db.query(
      `select
         (select count(*) from resources_locales where title = $1)::int as locales,
         (select count(*) from _resources_v_locales where version_title = $1)::int as versions,
         (select count(*) from audit_events where diff::text like '%' || $1 || '%')::int as audits`,
      [marker],
    )
    expect(counts.rows[0]).toEqual({ locales: 0, versions: 0, audits: 0 })
  })
})
