/**
 * Cost limits: one request can no longer hold the database pool or ask for
 * unbounded work. GraphQL root fields (aliases), field count, nesting,
 * complexity and `limit`; REST `limit`, `page`, `depth` and `pagination`.
 * What the admin and the site send stays within them.
 */
import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { LIMITS } from '../../plugins/input-guard/limits'
import { clientsByRole, createTaxonomy, PASSWORD, resourceData } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous, restHandlers } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let resourceIds: number[]

const messages = (body: any): string => (body?.errors ?? []).map((e: any) => e.message).join(' | ')

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  const taxonomy = await createTaxonomy(payload)
  const created = await Promise.all(
    [1, 2, 3].map(() =>
      payload.create({ collection: 'resources', data: resourceData(taxonomy), overrideAccess: true }),
    ),
  )
  resourceIds = created.map((r) => r.id)
  // Payload builds the GraphQL schema on the first query; time the refusals, not that.
  await anonymous().graphql('{ __typename }')
})

describe('GraphQL', () => {
  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `r${i}: Resources(limit: 100) { docs { id title } }`).join(' ')} }`

  it('refuses 120 aliased lists fast, naming the root-field limit, and the pool stays free', async () => {
    const started = performance.now()
    const refused = await anonymous().graphql(aliased(120))
    const elapsed = performance.now() - started
    // Refused by validation before any resolver runs: no query reaches PostgreSQL.
    expect(elapsed).toBeLessThan(1000)
    expect(refused.status).toBe(400)
    expect(messages(refused.body)).toContain(`at most ${LIMITS.maxRootFields} root fields`)
    expect(messages(refused.body)).toContain('aliases')
    expect(refused.body.data).toBeUndefined()
    const [again, ...others] = await Promise.all([
      anonymous().graphql(aliased(120)),
      ...Array.from({ length: 10 }, () => anonymous().get('/resources?limit=5&depth=0')),
    ])
    expect(again.status).toBe(400)
    expect(others.map((o) => o.status)).toEqual(others.map(() => 200))
  })

  it('answers as many aliased lists as the limit allows', async () => {
    const res = await anonymous().graphql(aliased(LIMITS.maxRootFields))
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(Object.keys(res.body.data)).toHaveLength(LIMITS.maxRootFields)
  })

  it('refuses a query nested deeper than the depth limit', async () => {
    const chain = (n: number): string => (n === 0 ? 'id' : `replyTo { ${chain(n - 1)} }`)
    const res = await anonymous().graphql(`{ ChatMessages { docs { ${chain(LIMITS.maxQueryDepth)} } } }`)
    expect(res.status).toBe(400)
    expect(messages(res.body)).toContain(`nested at most ${LIMITS.maxQueryDepth} deep`)
  })

  it('refuses more fields than the field limit', async () => {
    const fields = Array.from({ length: LIMITS.maxFields + 1 }, (_, i) => `f${i}: id`).join(' ')
    const res = await anonymous().graphql(`{ Resources { docs { ${fields} } } }`)
    expect(res.status).toBe(400)
    expect(messages(res.body)).toContain(`at most ${LIMITS.maxFields} fields`)
  })

  it('refuses a query over the complexity limit', async () => {
    const rels =
      'heroImage { id } categories { id } author { id } relatedResources { category { id } district { id } tags { id } attachments { id } }'
    const query = `{ ${Array.from({ length: LIMITS.maxRootFields }, (_, i) => `p${i}: Posts { docs { ${rels} } }`).join(' ')} }`
    const res = await anonymous().graphql(query)
    expect(res.status).toBe(400)
    expect(messages(res.body)).toContain(`maximum complexity of ${LIMITS.maxComplexity}`)
  })

  it('refuses limit above the GraphQL cap, as a literal or a variable, and pagination: false', async () => {
    const literal = await anonymous().graphql(
      `{ Resources(limit: ${LIMITS.maxGraphQLLimit + 1}) { docs { id } } }`,
    )
    expect(literal.status).toBe(400)
    expect(messages(literal.body)).toContain(
      `limit: must be a whole number from 1 to ${LIMITS.maxGraphQLLimit}`,
    )
    const variable = await anonymous().graphql(`query($n: Int) { Resources(limit: $n) { docs { id } } }`, {
      n: 1000,
    })
    expect(variable.status).toBe(400)
    expect(messages(variable.body)).toContain('limit:')
    const unpaginated = await anonymous().graphql(`{ Resources(pagination: false) { docs { id } } }`)
    expect(unpaginated.status).toBe(400)
    expect(messages(unpaginated.body)).toContain('pagination')
  })

  it('still answers ordinary queries', async () => {
    const res = await clients.admin.api.graphql(
      `{ Resources(limit: 10, page: 1, sort: "-updatedAt") { totalDocs docs { id title category { name } tags { name } } } }`,
    )
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Resources.totalDocs).toBeGreaterThanOrEqual(resourceIds.length)
  })
})

describe('REST', () => {
  it.each([
    ['limit=1000', 'limit', `to ${LIMITS.maxLimit}`],
    ['limit=-5', 'limit', 'whole number'],
    ['limit=0', 'limit', 'whole number'],
    ['page=0', 'page', 'whole number'],
    ['page=-5', 'page', 'whole number'],
    [`depth=${LIMITS.maxDepth + 1}`, 'depth', `to ${LIMITS.maxDepth}`],
    ['pagination=false', 'pagination', 'cannot be turned off'],
  ])('GET /resources?%s answers 400 naming %s', async (query, field, text) => {
    const res = await anonymous().get(`/resources?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe(field)
    expect(res.body.errors[0].message).toContain(`${field}:`)
    expect(res.body.errors[0].message).toContain(text)
  })

  it('answers within the caps: the site’s 500-term lists, depth 3, the admin’s list and relationship reads', async () => {
    for (const path of [
      `/tags?limit=${LIMITS.maxLimit}&depth=0&sort=name&locale=en`,
      `/resources?limit=10&depth=${LIMITS.maxDepth}`,
      '/resources?limit=100&page=1&depth=0&sort=-updatedAt&where[or][0][title][like]=Clinic',
      // The admin's "select all" and its search on collections without a title field.
      '/resources?limit=10&depth=0&where[and][0][id][not_equals]=',
      '/chat-members?limit=10&where[or][0][id][like]=12',
      `/resources?limit=${resourceIds.length}&depth=0&where[id][in]=${resourceIds.join(',')}`,
    ]) {
      const res = await clients.admin.api.get(path)
      expect({ path, status: res.status, errors: res.body.errors }).toEqual({
        path,
        status: 200,
        errors: undefined,
      })
    }
  })

  it('lets the admin’s bulk edit use limit=0 and its long queries come as a POST', async () => {
    const ids = resourceIds.map((id, i) => `where[id][in][${i}]=${id}`).join('&')
    const bulk = await clients.admin.api.patch(`/resources?limit=0&depth=0&${ids}`, {
      summary: 'Bulk edited',
    })
    expect(bulk.status).toBe(200)
    expect(bulk.body.docs).toHaveLength(resourceIds.length)

    const handlers = await restHandlers()
    const token = (
      await payload.login({
        collection: 'users',
        data: { email: clients.admin.user.email, password: PASSWORD },
      })
    ).token!
    const request = new Request('http://localhost:3000/api/resources', {
      method: 'POST',
      headers: {
        Authorization: `JWT ${token}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-HTTP-Method-Override': 'GET',
      },
      body: `limit=25&depth=0&${ids}`,
    })
    const res = await handlers.POST(request, { params: Promise.resolve({ slug: ['resources'] }) })
    expect(res.status).toBe(200)
    expect((await res.json()).totalDocs).toBe(resourceIds.length)
  })
})
