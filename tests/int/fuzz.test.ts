/**
 * Bad input, as an attacker or a careless client sends it, to every
 * collection's and global's REST routes and to GraphQL, anonymously and as an
 * admin: nothing may answer 5xx, and no answer may carry a stack trace or SQL.
 * The collections, their fields and the GraphQL names are read from the
 * running config and schema, so a collection added later is fuzzed too.
 */
import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createTaxonomy, createUser, PASSWORD, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { restHandlers } from '../helpers/rest'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

interface Probe {
  method: Method
  path: string
  /** A raw body, sent as is (so invalid JSON stays invalid). */
  body?: string
  contentType?: string
  headers?: Record<string, string>
}

interface Answer {
  status: number
  text: string
}

const NUL = 'a\u0000b'
/**
 * Payload's own DELETE /api/payload-preferences/:key fails for every key with
 * SQL that references a join it did not make (db.deleteOne with a where on
 * the polymorphic `user`): a Payload bug, not bad input, left out here.
 */
const PAYLOAD_BUG = (probe: { method: string; path: string }) =>
  probe.method === 'DELETE' && /^\/payload-preferences\/[^/?]+$/.test(probe.path)

const BAD_IDS = ['abc', '1.5', '%00', '99999999999999999999', '-1', '1e3', '%F0%28', '0x10', '%20']

/** Stack frames, file positions, SQL and PostgreSQL's own wording: none of it is the caller's business. */
const LEAK =
  /\n\s+at |\bat [\w.<>]+ \(|\.(?:ts|js|mjs):\d+|node_modules|\b(?:from|into|join|update) "\w+"|SQLSTATE|Failed query|invalid input syntax|drizzle|relation "|column "/i

let payload: Payload
let adminToken: string

/** Next.js hands catch-all params over decoded; a sequence that does not decode stays as it came. */
const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** One request to Payload's route handlers, as Next.js would make it; a thrown handler is a 500. */
const send = async (probe: Probe, token?: string): Promise<Answer> => {
  const handlers = await restHandlers()
  const url = new URL(`http://localhost:3000/api${probe.path}`)
  const headers = new Headers(probe.headers)
  if (probe.body !== undefined) headers.set('Content-Type', probe.contentType ?? 'application/json')
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(url, { method: probe.method, headers, body: probe.body })
  try {
    const response =
      url.pathname === '/api/graphql'
        ? await handlers.GRAPHQL(request)
        : await handlers[probe.method](request, {
            params: Promise.resolve({
              slug: url.pathname
                .replace(/^\/api\//, '')
                .split('/')
                .filter(Boolean)
                .map(decode),
            }),
          })
    return { status: response.status, text: await response.text() }
  } catch (error) {
    return { status: 500, text: `handler threw: ${String(error)}` }
  }
}

/** What is wrong with an answer: a 5xx (HTTP or in a GraphQL error), or a leak. */
const problemWith = (answer: Answer): string | undefined => {
  if (answer.status >= 500) return `${answer.status} ${answer.text.slice(0, 200)}`
  const leak = LEAK.exec(answer.text)
  if (leak) return `leaks "${leak[0]}": ${answer.text.slice(0, 200)}`
  try {
    const body = JSON.parse(answer.text)
    for (const error of body?.errors ?? []) {
      const status = error?.extensions?.statusCode
      if (typeof status === 'number' && status >= 500) return `GraphQL error ${status}: ${error.message}`
    }
  } catch {
    if (answer.text) return `not JSON: ${answer.text.slice(0, 200)}`
  }
  return undefined
}

/** Sends every probe anonymously and as an admin; the failures, one line each. */
const failures = async (probes: Probe[]) => {
  const out: string[] = []
  for (const [who, token] of [
    ['anonymous', undefined],
    ['admin', adminToken],
  ] as const) {
    for (const probe of probes) {
      if (PAYLOAD_BUG(probe)) continue
      const problem = problemWith(await send(probe, token))
      if (problem)
        out.push(
          `${who} ${probe.method} ${probe.path}${probe.body ? ` ${probe.body.slice(0, 60)}` : ''}: ${problem}`,
        )
    }
  }
  return out
}

type FlatField = { name: string; type: string; hasMany?: boolean; options?: unknown[] }

const collections = () => payload.config.collections
const fieldsOf = (slug: string) =>
  (payload.config.collections.find((c) => c.slug === slug)!.flattenedFields as unknown as FlatField[]).filter(
    (f) => f.name,
  )
const firstOf = (slug: string, ...types: string[]) => fieldsOf(slug).find((f) => types.includes(f.type))?.name

/** The list query strings that must each be refused (or answered) without a 5xx. */
const badListQueries = (slug: string): string[] => {
  const select = firstOf(slug, 'select', 'radio')
  const checkbox = firstOf(slug, 'checkbox')
  const relation = firstOf(slug, 'relationship', 'upload')
  const number = firstOf(slug, 'number')
  const text = firstOf(slug, 'text', 'textarea', 'email', 'code')
  const json = firstOf(slug, 'json', 'point')
  const date = firstOf(slug, 'date') ?? 'createdAt'
  return [
    'page=-5',
    'page=0',
    'page=abc',
    'page=1.5',
    'page=99999999999999999999',
    'limit=-5',
    'limit=abc',
    'limit=1.5',
    'limit=99999999999999999999',
    'depth=-1',
    'depth=abc',
    'depth=99999999999999999999',
    'sort=%00',
    'locale=%00',
    'where=abc',
    'where[and]=abc',
    'where[or][0]=abc',
    'where[%00][equals]=1',
    'where[id][equals]=abc',
    'where[id][equals]=1.5',
    'where[id][equals]=%00',
    'where[id][equals]=99999999999999999999',
    'where[id][in]=a,b',
    'where[id][not_in]=a',
    'where[id][greater_than]=abc',
    'where[id][near]=1,2,3',
    'where[id][within]=abc',
    'where[id][intersects]={"type":"Point"}',
    'where[id][exists]=abc',
    `where[${date}][greater_than]=not-a-date`,
    `where[${date}][equals]=%00`,
    ...(select
      ? [`where[${select}][equals]=bogus`, `where[${select}][in]=bogus,x`, `where[${select}][like]=x`]
      : []),
    ...(checkbox ? [`where[${checkbox}][equals]=abc`] : []),
    ...(relation
      ? [`where[${relation}][contains]=abc`, `where[${relation}][equals]=abc`, `where[${relation}][in]=a,b`]
      : []),
    ...(number ? [`where[${number}][equals]=abc`, `where[${number}][greater_than]=1e400`] : []),
    ...(text ? [`where[${text}][equals]=${encodeURIComponent(NUL)}`, `where[${text}][like]=%00`] : []),
    ...(json
      ? [
          `where[${json}][near]=abc`,
          `where[${json}][near]=1,2,abc`,
          `where[${json}][within]=abc`,
          `where[${json}][intersects]={"type":"Polygon","coordinates":"x"}`,
        ]
      : []),
  ]
}

/** A body with a NUL in every top-level text field. */
const nulBody = (slug: string) =>
  JSON.stringify(
    Object.fromEntries(
      fieldsOf(slug)
        .filter((f) => ['text', 'textarea', 'email', 'code'].includes(f.type))
        .map((f) => [f.name, f.hasMany ? [NUL] : NUL]),
    ),
  )

beforeAll(async () => {
  payload = await getTestPayload()
  const admin = await createUser(payload, ['admin'])
  const { token } = await payload.login({
    collection: 'users',
    data: { email: admin.email, password: PASSWORD },
  })
  adminToken = token!
})

// Hundreds of requests each, on a loaded two-core machine.
describe('REST, every collection', { timeout: 180_000 }, () => {
  it('bad ids in the path answer 400 or 404', async () => {
    const probes: Probe[] = collections().flatMap((c) =>
      BAD_IDS.flatMap((id): Probe[] => [
        { method: 'GET', path: `/${c.slug}/${id}` },
        { method: 'PATCH', path: `/${c.slug}/${id}`, body: '{}' },
        { method: 'DELETE', path: `/${c.slug}/${id}` },
        ...(c.versions
          ? [
              { method: 'GET', path: `/${c.slug}/versions/${id}` } as Probe,
              { method: 'POST', path: `/${c.slug}/versions/${id}` } as Probe,
            ]
          : []),
      ]),
    )
    expect(await failures(probes)).toEqual([])
  })

  it('bad list, count and bulk queries answer 400', async () => {
    const probes: Probe[] = collections().flatMap((c) =>
      badListQueries(c.slug).flatMap((q): Probe[] => [
        { method: 'GET', path: `/${c.slug}?${q}` },
        { method: 'GET', path: `/${c.slug}/count?${q}` },
        {
          method: 'PATCH',
          path: `/${c.slug}?${q.startsWith('where') ? q : `where[id][equals]=0&${q}`}`,
          body: '{}',
        },
        { method: 'DELETE', path: `/${c.slug}?${q.startsWith('where') ? q : `where[id][equals]=0&${q}`}` },
      ]),
    )
    expect(await failures(probes)).toEqual([])
  })

  it('the same queries through the admin’s method override answer 400', async () => {
    const probes: Probe[] = collections().flatMap((c) => [
      ...badListQueries(c.slug).map((q): Probe => ({
        method: 'POST',
        path: `/${c.slug}`,
        body: q,
        contentType: 'application/x-www-form-urlencoded',
        headers: { 'X-HTTP-Method-Override': 'GET' },
      })),
      { method: 'POST', path: `/${c.slug}`, body: '{bad', headers: { 'X-HTTP-Method-Override': 'GET' } },
    ])
    expect(await failures(probes)).toEqual([])
  })

  it('NUL bytes and invalid JSON in bodies answer 400', async () => {
    const probes: Probe[] = collections().flatMap((c): Probe[] => [
      { method: 'POST', path: `/${c.slug}`, body: nulBody(c.slug) },
      { method: 'POST', path: `/${c.slug}`, body: '{bad' },
      { method: 'POST', path: `/${c.slug}`, body: '"text"' },
      { method: 'PATCH', path: `/${c.slug}/1`, body: '{bad' },
      { method: 'PATCH', path: `/${c.slug}?where[id][equals]=1`, body: nulBody(c.slug) },
    ])
    expect(await failures(probes)).toEqual([])
  })

  it('NUL bytes in documents that otherwise would be stored answer 400', async () => {
    const taxonomy = await createTaxonomy(payload)
    const category = await payload.create({
      collection: 'categories',
      data: { name: `Fuzz ${unique()}` },
      overrideAccess: true,
    })
    const probes: Probe[] = [
      { method: 'POST', path: '/categories', body: JSON.stringify({ name: NUL }) },
      { method: 'PATCH', path: `/categories/${category.id}`, body: JSON.stringify({ name: NUL }) },
      { method: 'POST', path: '/tags', body: JSON.stringify({ name: `Tag ${unique()}`, slug: NUL }) },
      { method: 'POST', path: '/resources', body: JSON.stringify(resourceData(taxonomy, { title: NUL })) },
      {
        method: 'POST',
        path: '/resources',
        body: JSON.stringify(resourceData(taxonomy, { summary: `x${NUL}`, attributes: { k: NUL } })),
      },
      {
        method: 'POST',
        path: '/users',
        body: JSON.stringify({ email: `nul-${unique()}@test.hujra`, password: PASSWORD, name: NUL }),
      },
      { method: 'POST', path: '/chat-rooms', body: JSON.stringify({ name: NUL, slug: `r-${unique()}` }) },
    ]
    expect(await failures(probes)).toEqual([])
  })

  it('auth routes: NUL bytes, invalid JSON, bad tokens answer 400', async () => {
    const auth = collections().filter((c) => c.auth)
    const probes: Probe[] = auth.flatMap((c): Probe[] => [
      { method: 'POST', path: `/${c.slug}/login`, body: JSON.stringify({ email: NUL, password: 'x' }) },
      { method: 'POST', path: `/${c.slug}/login`, body: JSON.stringify({ email: `x@y.z`, password: NUL }) },
      { method: 'POST', path: `/${c.slug}/login`, body: '{bad' },
      { method: 'POST', path: `/${c.slug}/login`, body: 'null' },
      { method: 'POST', path: `/${c.slug}/forgot-password`, body: JSON.stringify({ email: NUL }) },
      { method: 'POST', path: `/${c.slug}/forgot-password`, body: '{bad' },
      {
        method: 'POST',
        path: `/${c.slug}/reset-password`,
        body: JSON.stringify({ token: NUL, password: 'x' }),
      },
      { method: 'POST', path: `/${c.slug}/unlock`, body: JSON.stringify({ email: NUL }) },
      { method: 'POST', path: `/${c.slug}/verify/abc` },
      { method: 'POST', path: `/${c.slug}/verify/%00` },
      {
        method: 'POST',
        path: `/${c.slug}/first-register`,
        body: JSON.stringify({ email: NUL, password: 'x' }),
      },
      { method: 'POST', path: `/${c.slug}/refresh-token`, body: '{bad' },
    ])
    expect(await failures(probes)).toEqual([])
  })
})

// Hundreds of requests each, on a loaded two-core machine.
describe('REST, every global', { timeout: 180_000 }, () => {
  it('versions, bad ids, bad queries and bodies answer 4xx', async () => {
    const probes: Probe[] = payload.config.globals.flatMap((g): Probe[] => [
      { method: 'GET', path: `/globals/${g.slug}/versions` },
      { method: 'GET', path: `/globals/${g.slug}/versions?limit=-5&page=abc` },
      ...BAD_IDS.flatMap((id): Probe[] => [
        { method: 'GET', path: `/globals/${g.slug}/versions/${id}` },
        { method: 'POST', path: `/globals/${g.slug}/versions/${id}` },
      ]),
      { method: 'GET', path: `/globals/${g.slug}?depth=abc&locale=%00` },
      { method: 'GET', path: `/globals/${g.slug}?depth=99999999999999999999` },
      { method: 'POST', path: `/globals/${g.slug}`, body: '{bad' },
      {
        method: 'POST',
        path: `/globals/${g.slug}`,
        body: JSON.stringify(
          Object.fromEntries(
            (g.flattenedFields as unknown as FlatField[])
              .filter((f) => ['text', 'textarea', 'email'].includes(f.type))
              .map((f) => [f.name, NUL]),
          ),
        ),
      },
    ])
    expect(await failures(probes)).toEqual([])
  })
})

// Hundreds of requests each, on a loaded two-core machine.
describe('GraphQL', { timeout: 180_000 }, () => {
  const gql = (query: string, variables?: Record<string, unknown>): Probe => ({
    method: 'POST',
    path: '/graphql',
    body: JSON.stringify({ query, variables }),
  })

  it('invalid JSON and malformed requests answer 400', async () => {
    const probes: Probe[] = [
      { method: 'POST', path: '/graphql', body: '{bad' },
      { method: 'POST', path: '/graphql', body: 'null' },
      { method: 'POST', path: '/graphql', body: '[]' },
      { method: 'POST', path: '/graphql', body: JSON.stringify({ query: 42 }) },
      { method: 'POST', path: '/graphql', body: JSON.stringify({ query: '{' }) },
      { method: 'POST', path: '/graphql', body: JSON.stringify({ query: '{ __typename }', variables: 'x' }) },
    ]
    expect(await failures(probes)).toEqual([])
  })

  it('bad ids, limits and where values on every query answer without a 5xx', async () => {
    type TypeRef = { name: string | null; kind: string; ofType?: TypeRef | null }
    type Arg = { name: string; type: TypeRef }
    const intro = await send(
      gql(`{ __schema {
        queryType { fields { name args { name type { name kind ofType { name kind ofType { name kind } } } } } }
        types { name inputFields { name type { name kind ofType { name kind } } } }
      } }`),
    )
    const schema = JSON.parse(intro.text).data.__schema as {
      queryType: { fields: { name: string; args: Arg[] }[] }
      types: { name: string; inputFields: { name: string; type: TypeRef }[] | null }[]
    }
    const named = (t: TypeRef | null | undefined): string | null => (t ? (t.name ?? named(t.ofType)) : null)
    const inputs = new Map(schema.types.map((t) => [t.name, t.inputFields ?? []]))
    const probes: Probe[] = []
    for (const field of schema.queryType.fields) {
      const arg = (name: string) => field.args.find((a) => a.name === name)
      if (arg('id')) {
        probes.push(gql(`{ r: ${field.name}(id: 99999999999) { __typename } }`))
        probes.push(gql(`{ r: ${field.name}(id: "abc") { __typename } }`))
        probes.push(gql(`{ r: ${field.name}(id: "${'\\u0000'}") { __typename } }`))
      }
      const where = arg('where')
      if (arg('limit')) {
        probes.push(gql(`{ r: ${field.name}(limit: -5) { __typename } }`))
        probes.push(gql(`{ r: ${field.name}(page: -5) { __typename } }`))
        probes.push(gql(`{ r: ${field.name}(page: 0) { __typename } }`))
        probes.push(gql(`{ r: ${field.name}(sort: "${'\\u0000'}") { __typename } }`))
      }
      if (!where) continue
      probes.push(gql(`{ r: ${field.name}(where: { id: { equals: 99999999999 } }) { __typename } }`))
      for (const input of inputs.get(named(where.type) ?? '') ?? []) {
        const ops = inputs.get(named(input.type) ?? '') ?? []
        const equals = named(ops.find((o) => o.name === 'equals')?.type)
        const w = (op: string, value: string) =>
          gql(`{ r: ${field.name}(where: { ${input.name}: { ${op}: ${value} } }) { __typename } }`)
        if (equals === 'String' || equals === 'EmailAddress') probes.push(w('equals', '"a\\u0000b"'))
        if (equals === 'JSON') probes.push(w('equals', '"abc"'))
        for (const op of ['near', 'within', 'intersects', 'contains']) {
          if (ops.some((o) => o.name === op)) probes.push(w(op, '"abc"'))
        }
      }
    }
    expect(probes.length).toBeGreaterThan(50)
    expect(await failures(probes)).toEqual([])
  })

  it('NUL bytes in mutations answer without a 5xx', async () => {
    const probes: Probe[] = [
      gql(`mutation { createCategory(data: { name: "a\\u0000b" }) { id } }`),
      gql(`mutation { loginUser(email: "a\\u0000b", password: "x") { token } }`),
      gql(`mutation { forgotPasswordUser(email: "a\\u0000b") }`),
      gql(`mutation { verifyEmailUser(token: "a\\u0000b") }`),
    ]
    expect(await failures(probes)).toEqual([])
  })
})

/** The boundary's rules, answer by answer: what the fuzz above only bounds below 500. */
describe('the boundary rule', () => {
  const json = async (probe: Probe, token?: string) => {
    const answer = await send(probe, token)
    return { status: answer.status, body: JSON.parse(answer.text) }
  }
  const first = (body: any) => body.errors?.[0] ?? {}

  it.each(BAD_IDS)(
    'a path id that cannot exist (%s) is 404 "No such document" on every collection',
    async (id) => {
      for (const slug of ['resources', 'users', 'chat-messages', 'chat-rooms', 'files']) {
        for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
          const { status, body } = await json(
            { method, path: `/${slug}/${id}`, body: method === 'PATCH' ? '{}' : undefined },
            adminToken,
          )
          expect({ slug, method, status, error: first(body) }).toEqual({
            slug,
            method,
            status: 404,
            error: { message: 'No such document', field: 'id' },
          })
        }
      }
    },
  )

  it.each([
    ['where[status][equals]=bogus', 'where[status][equals]', 'must be one of'],
    ['where[id][in]=a,b', 'where[id][in]', 'must be an id'],
    ['where[featured][equals]=abc', 'where[featured][equals]', 'must be true or false'],
    ['where[tags][contains]=abc', 'where[tags][contains]', 'must be an id'],
    ['where=abc', 'where', 'must be conditions'],
    ['where[location][near]=1,2', 'where[location][near]', 'works only on point fields'],
    ['where[location][within]=abc', 'where[location][within]', 'works only on point fields'],
    ['where[title][equals]=a%00b', 'where[title][equals]', 'must not contain NUL'],
    ['where[createdAt][greater_than]=soon', 'where[createdAt][greater_than]', 'must be a date'],
    ['page=-5', 'page', 'whole number'],
    ['limit=-5', 'limit', 'whole number'],
    ['depth=abc', 'depth', 'whole number'],
    ['locale=xx', 'locale', 'must be one of'],
  ])('GET /resources?%s is 400 naming %s', async (query, field, text) => {
    const { status, body } = await json({ method: 'GET', path: `/resources?${query}` })
    expect(status).toBe(400)
    expect(first(body).field).toBe(field)
    expect(first(body).message).toContain(text)
  })

  it('NUL bytes in login, forgot-password and document bodies are 400 naming the field', async () => {
    for (const [path, body, field] of [
      ['/users/login', { email: NUL, password: 'x' }, 'email'],
      ['/users/forgot-password', { email: NUL }, 'email'],
      ['/categories', { name: NUL }, 'name'],
      ['/chat-messages', { text: NUL, room: 1 }, 'text'],
      ['/resources', { title: 'x', attributes: { k: NUL } }, 'attributes.k'],
    ] as const) {
      const res = await json({ method: 'POST', path, body: JSON.stringify(body) }, adminToken)
      expect({ path, status: res.status, error: first(res.body) }).toEqual({
        path,
        status: 400,
        error: { message: `${field}: must not contain NUL characters`, field },
      })
    }
  })

  it('invalid JSON is 400 "body: not valid JSON" over REST and GraphQL', async () => {
    for (const path of ['/users/login', '/resources', '/graphql']) {
      const res = await json({ method: 'POST', path, body: '{"email": ' })
      expect({ path, status: res.status, error: first(res.body) }).toEqual({
        path,
        status: 400,
        error: { message: 'body: not valid JSON', field: 'body' },
      })
    }
  })

  it('versions of a global without versions are 404; a made-up verification token is 400 naming it', async () => {
    const versions = await json({ method: 'GET', path: '/globals/settings/versions' }, adminToken)
    expect(versions.status).toBe(404)
    expect(first(versions.body).message).toBe('settings has no versions')
    // Users verify email addresses now (collections/users/tokens): the route is there and refuses the token.
    const verify = await json({ method: 'POST', path: '/users/verify/abc' })
    expect(verify.status).toBe(400)
    expect(first(verify.body).field).toBe('token')
  })

  it('GraphQL: NUL in a literal or a variable is 400 naming the argument', async () => {
    const literal = await json({
      method: 'POST',
      path: '/graphql',
      body: JSON.stringify({
        query: '{ Resources(where: { title: { equals: "a\\u0000b" } }) { totalDocs } }',
      }),
    })
    expect(literal.status).toBe(400)
    expect(first(literal.body).message).toBe('where: must not contain NUL characters')
    const variable = await json({
      method: 'POST',
      path: '/graphql',
      body: JSON.stringify({
        query: 'query($t: String) { Resources(where: { title: { equals: $t } }) { totalDocs } }',
        variables: { t: NUL },
      }),
    })
    expect(variable.status).toBe(400)
    expect(first(variable.body)).toEqual({
      message: 'variables.t: must not contain NUL characters',
      field: 'variables.t',
    })
  })
})
