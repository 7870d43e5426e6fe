import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import {
  clientsByRole,
  createTaxonomy,
  createUser,
  PASSWORD,
  resourceData,
  unique,
} from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
})

const eventsFor = async (subjectCollection: string, subjectId: number | string) =>
  (
    await payload.find({
      collection: 'audit-events',
      where: { subjectCollection: { equals: subjectCollection }, subjectId: { equals: String(subjectId) } },
      sort: 'createdAt',
      pagination: false,
    })
  ).docs

const SECRET_KEYS = ['password', 'hash', 'salt', 'resetPasswordToken', 'sessions', 'loginAttempts']

describe('audit trail of content changes', () => {
  it('records create, update, publish, unpublish, restore and delete with actor, diff, request id and IP', async () => {
    const editor = clients.editor
    const api = new ApiClient(undefined, {
      'X-Forwarded-For': '203.0.113.7',
      'X-Request-Id': `req-${unique()}`,
    })
    const signedIn = await api.login(editor.user.email, PASSWORD)

    const created = await signedIn.post(
      '/resources?draft=true',
      resourceData(taxonomy, { title: 'Draft title' }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    expect((await signedIn.patch(`/resources/${id}?draft=true`, { title: 'Second title' })).status).toBe(200)
    expect((await signedIn.patch(`/resources/${id}`, { _status: 'published' })).status).toBe(200)
    expect((await signedIn.patch(`/resources/${id}`, { _status: 'draft' })).status).toBe(200)

    const versions = await signedIn.get(`/resources/versions?where[parent][equals]=${id}&sort=createdAt`)
    const first = versions.body.docs[0]
    expect((await signedIn.post(`/resources/versions/${first.id}`, {})).status).toBe(200)
    expect((await signedIn.delete(`/resources/${id}`)).status).toBe(200)

    const events = await eventsFor('resources', id)
    expect(events.map((e) => e.type)).toEqual([
      'create',
      'update',
      'publish',
      'unpublish',
      'restore',
      'delete',
    ])
    for (const event of events) {
      expect(event.actor).toMatchObject({ id: editor.user.id })
      expect(event.actorEmail).toBe(editor.user.email)
      expect(event.ip).toBe('203.0.113.7')
      expect(event.requestId).toMatch(/^req-/)
    }
    const update = events[1]!
    expect(update.diff).toEqual({ title: { from: 'Draft title', to: 'Second title' } })
    expect(Object.keys(events[2]!.diff as object)).toEqual(['_status'])
  })

  it('gives every event of one request the same request id, and a fresh one per request', async () => {
    const a = await clients.editor.api.post('/tags', { name: `Tag ${unique()}` })
    const b = await clients.editor.api.post('/tags', { name: `Tag ${unique()}` })
    const [ea] = await eventsFor('tags', a.body.doc.id)
    const [eb] = await eventsFor('tags', b.body.doc.id)
    expect(ea!.requestId).toMatch(/[0-9a-f-]{36}/)
    expect(ea!.requestId).not.toBe(eb!.requestId)
  })

  it('never writes passwords, hashes or tokens into a diff', async () => {
    const user = await createUser(payload, ['member'])
    await payload.update({ collection: 'users', id: user.id, data: { password: 'a-brand-new-password' } })
    const events = await eventsFor('users', user.id)
    expect(events.map((e) => e.type)).toEqual(['create', 'password-change'])
    const serialized = JSON.stringify(events.map((e) => e.diff))
    for (const key of SECRET_KEYS) expect(serialized).not.toContain(`"${key}"`)
    expect(serialized).not.toContain('a-brand-new-password')
  })
})

describe('audit trail of sign-ins', () => {
  it('records login, logout, failed login and password change', async () => {
    const user = await createUser(payload, ['member'])
    const since = new Date().toISOString()
    const signedIn = await new ApiClient().login(user.email, PASSWORD)
    const wrong = await new ApiClient().post('/users/login', {
      email: user.email,
      password: 'wrong-password',
    })
    expect(wrong.status).toBe(401)
    const gqlWrong = await new ApiClient().graphql(
      `mutation($e: String!) { loginUser(email: $e, password: "nope") { token } }`,
      { e: user.email },
    )
    expect(gqlWrong.body.errors?.length).toBeGreaterThan(0)
    expect((await signedIn.patch(`/users/${user.id}`, { password: 'another-good-password' })).status).toBe(
      200,
    )
    expect((await signedIn.post('/users/logout', {})).status).toBe(200)

    const { docs } = await payload.find({
      collection: 'audit-events',
      where: { subjectCollection: { equals: 'users' }, createdAt: { greater_than: since } },
      sort: 'createdAt',
      pagination: false,
    })
    expect(docs.map((e) => e.type)).toEqual([
      'login',
      'login-failed',
      'login-failed',
      'password-change',
      // The session the logout ended (collections/users/sessions), then the logout itself.
      'session-ended',
      'logout',
    ])
    expect(
      docs.filter((e) => e.type !== 'login-failed').every((e) => (e.actor as { id: number }).id === user.id),
    ).toBe(true)
    const failed = docs.find((e) => e.type === 'login-failed')!
    expect(failed.actorEmail).toBe(user.email)
    expect(failed.actor).toBeFalsy()
  })
})
