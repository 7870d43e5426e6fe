import type { Endpoint, Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { createPayloadRequest } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'

import { isAdmin } from '../../access/isAdmin'
import { defineEndpoint } from '../../utilities/endpoint'
import { AppError } from '../../utilities/errors'
import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The request kernel against the real Payload and PostgreSQL of the test run:
 * requests are built by Payload's own createPayloadRequest (which resolves
 * the session from the Authorization header, as the REST routes do), then
 * handed to the declared endpoint's handler.
 */
let payload: Payload
const tokens: Record<'admin' | 'editor', string> = { admin: '', editor: '' }

beforeAll(async () => {
  payload = await getTestPayload()
  for (const role of ['admin', 'editor'] as const) {
    const user = await createUser(payload, [role])
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: PASSWORD },
    })
    tokens[role] = token!
  }
})

interface Call {
  query?: string
  token?: string
  body?: string
  contentType?: string
  headers?: Record<string, string>
  params?: Record<string, string>
}

const call = async (
  endpoint: Endpoint,
  { query = '', token, body, contentType, headers, params }: Call = {},
) => {
  const request = new Request(`http://127.0.0.1:3000/api/kernel-test${query}`, {
    method: endpoint.method.toUpperCase(),
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': contentType ?? 'application/json' } : {}),
      ...headers,
    },
    body,
  })
  const req = await createPayloadRequest({ config: payload.config, request })
  req.routeParams = params ?? {}
  const response = await endpoint.handler(req)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
}

describe('defineEndpoint: validation', () => {
  const endpoint = defineEndpoint({
    method: 'get',
    path: '/kernel-test',
    query: z.object({ n: z.coerce.number().int().min(1), label: z.string().max(10).optional() }),
    handler: async ({ query }) => ({ doubled: query.n * 2, label: query.label ?? null }),
  })

  it('gives the handler typed, validated input', async () => {
    expect(await call(endpoint, { query: '?n=21&label=x' })).toMatchObject({
      status: 200,
      body: { doubled: 42, label: 'x' },
    })
  })

  it('answers a bad value 400 naming the parameter', async () => {
    const { status, body } = await call(endpoint, { query: '?n=abc' })
    expect(status).toBe(400)
    expect(body.errors).toEqual([{ field: 'n', message: expect.stringMatching(/^n: /) }])
  })

  it('refuses unknown and repeated parameters', async () => {
    const unknown = await call(endpoint, { query: '?n=1&utm_source=x' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0]).toMatchObject({
      field: 'utm_source',
      message: 'utm_source: unknown parameter',
    })
    const repeated = await call(endpoint, { query: '?n=1&n=2' })
    expect(repeated.status).toBe(400)
    expect(repeated.body.errors[0]).toMatchObject({ field: 'n' })
  })

  it('refuses any query string on an endpoint that declares none', async () => {
    const bare = defineEndpoint({ method: 'get', path: '/kernel-test', handler: async () => ({ ok: true }) })
    expect((await call(bare)).status).toBe(200)
    expect((await call(bare, { query: '?x=1' })).body.errors[0].field).toBe('x')
  })

  it('validates route params', async () => {
    const byId = defineEndpoint({
      method: 'get',
      path: '/kernel-test/:id',
      params: z.object({ id: z.coerce.number().int().positive() }),
      handler: async ({ params }) => ({ id: params.id }),
    })
    expect(await call(byId, { params: { id: '7' } })).toMatchObject({ status: 200, body: { id: 7 } })
    const bad = await call(byId, { params: { id: '1.5' } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('id')
  })

  it('reads a JSON body: invalid JSON, the wrong type and a bad field each get a 400 naming it', async () => {
    const post = defineEndpoint({
      method: 'post',
      path: '/kernel-test',
      body: z.object({ email: z.email() }).strict(),
      handler: async ({ body }) => ({ email: body.email }),
    })
    expect(await call(post, { body: '{"email":"a@b.example"}' })).toMatchObject({
      status: 200,
      body: { email: 'a@b.example' },
    })
    const broken = await call(post, { body: '{"email":' })
    expect(broken).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'body', message: 'body: not valid JSON' }] },
    })
    const form = await call(post, { body: 'email=a', contentType: 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(400)
    expect(form.body.errors[0].field).toBe('body')
    const wrong = await call(post, { body: '{"email":"nope"}' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].field).toBe('email')
    const extra = await call(post, { body: '{"email":"a@b.example","admin":true}' })
    expect(extra.status).toBe(400)
    expect(extra.body.errors[0].field).toBe('admin')
  })
})

describe('defineEndpoint: authentication and authorization', () => {
  const adminOnly = defineEndpoint({
    method: 'get',
    path: '/kernel-test',
    access: isAdmin,
    handler: async ({ user }) => ({ email: (user as { email?: string } | null)?.email }),
  })

  it('runs the access function from access/: 401 anonymous, 403 for another role, 200 for an admin', async () => {
    expect((await call(adminOnly)).status).toBe(401)
    expect((await call(adminOnly, { token: tokens.editor })).status).toBe(403)
    const ok = await call(adminOnly, { token: tokens.admin })
    expect(ok.status).toBe(200)
    expect(ok.body.email).toMatch(/^admin-/)
  })

  it('does not run the handler or read the body of a refused request', async () => {
    const handler = vi.fn(async () => ({}))
    const post = defineEndpoint({
      method: 'post',
      path: '/kernel-test',
      access: isAdmin,
      body: z.object({}),
      handler,
    })
    expect((await call(post, { body: '{"not":"json' })).status).toBe(401)
    expect(handler).not.toHaveBeenCalled()
  })

  it('treats an access function that answers a query (Where) as refusal: endpoints are not row filters', async () => {
    const whereAccess = defineEndpoint({
      method: 'get',
      path: '/kernel-test',
      access: () => ({ id: { equals: 1 } }),
      handler: async () => ({ ran: true }),
    })
    expect((await call(whereAccess, { token: tokens.admin })).status).toBe(403)
  })
})

describe('defineEndpoint: transactions', () => {
  const tagCount = async (name: string) =>
    (await payload.count({ collection: 'tags', where: { name: { equals: name } } })).totalDocs

  const creating = (name: string, fail: boolean) =>
    defineEndpoint({
      method: 'post',
      path: '/kernel-test',
      transaction: true,
      handler: async ({ req, db }) => {
        const tag = await payload.create({ collection: 'tags', data: { name }, req, overrideAccess: true })
        // Raw SQL through ctx.db is in the same transaction: it sees the row before the commit.
        const { rows } = await db.execute(sql`select count(*)::int as n from tags where id = ${tag.id}`)
        if (fail) throw new AppError(409, 'Changed my mind', 'name')
        return { id: tag.id, seenInTransaction: rows[0]?.n }
      },
    })

  it('commits what the handler did when it succeeds', async () => {
    const name = `kept ${unique()}`
    const result = await call(creating(name, false))
    expect(result).toMatchObject({ status: 200, body: { seenInTransaction: 1 } })
    expect(await tagCount(name)).toBe(1)
  })

  it('rolls everything back when the handler fails, and answers its AppError', async () => {
    const name = `dropped ${unique()}`
    const open = Object.keys(payload.db.sessions ?? {}).length
    const result = await call(creating(name, true))
    expect(result.status).toBe(409)
    expect(result.body.errors).toEqual([{ message: 'Changed my mind', field: 'name' }])
    expect(await tagCount(name)).toBe(0)
    // Rolled back, not merely left open: the transaction (and its connection) is gone.
    expect(Object.keys(payload.db.sessions ?? {}).length).toBe(open)
  })
})

describe('defineEndpoint: errors and request ids', () => {
  it('answers an unexpected error 500 without its details, logged once with the request id', async () => {
    const failing = defineEndpoint({
      method: 'get',
      path: '/kernel-test',
      handler: async () => {
        throw new Error('connection string postgres://secret@db/hujra leaked')
      },
    })
    const logged = vi.spyOn(payload.logger, 'error')
    try {
      const result = await call(failing, { headers: { 'X-Request-Id': 'trace-abc.123' } })
      expect(result.status).toBe(500)
      expect(JSON.stringify(result.body)).not.toMatch(/secret|postgres|leaked|at /)
      expect(result.body).toEqual({
        errors: [{ message: 'Something went wrong on our side' }],
        requestId: 'trace-abc.123',
      })
      expect(result.headers.get('x-request-id')).toBe('trace-abc.123')
      expect(logged).toHaveBeenCalledTimes(1)
      expect(logged.mock.calls[0]![0]).toMatchObject({
        requestId: 'trace-abc.123',
        route: 'GET /kernel-test',
      })
    } finally {
      logged.mockRestore()
    }
  })

  it('answers invalid input that only PostgreSQL caught with 400, not 500', async () => {
    const raw = defineEndpoint({
      method: 'get',
      path: '/kernel-test',
      handler: async ({ db }) => db.execute(sql`select ${'abc'}::int`),
    })
    const result = await call(raw)
    expect(result.status).toBe(400)
    expect(result.body.errors[0].message).toMatch(/wrong type or format/)
  })

  it('keeps a usable X-Request-Id and replaces one that is not', async () => {
    const ok = defineEndpoint({ method: 'get', path: '/kernel-test', handler: async () => ({}) })
    expect(
      (await call(ok, { headers: { 'X-Request-Id': 'from-the-site-42' } })).headers.get('x-request-id'),
    ).toBe('from-the-site-42')
    const replaced = (await call(ok, { headers: { 'X-Request-Id': 'has spaces\tand tabs' } })).headers.get(
      'x-request-id',
    )
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('adds the declared headers to successful answers only', async () => {
    const cached = defineEndpoint({
      method: 'get',
      path: '/kernel-test',
      query: z.object({ fail: z.literal('1').optional() }),
      headers: { 'Cache-Control': 'public, max-age=30' },
      handler: async ({ query }) => {
        if (query.fail) throw new AppError(404, 'No such thing')
        return { ok: true }
      },
    })
    expect((await call(cached)).headers.get('cache-control')).toBe('public, max-age=30')
    const failed = await call(cached, { query: '?fail=1' })
    expect(failed.status).toBe(404)
    expect(failed.headers.get('cache-control')).toBe('no-store')
  })
})
