import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { resetAuthLimits } from '../../collections/users/authLimits'
import { resetConfig } from '../../utilities/config'
import { poolDb } from '../../utilities/db'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { serveLikeNext } from '../helpers/postFrom'
import { type FromAnswer, requestFrom } from '../helpers/requestFrom'
import { restHandlers } from '../helpers/rest'

/**
 * Sessions over real HTTP, each client on a loopback address of its own
 * (127.0.0.x) with a browser of its own (User-Agent): the list with where
 * and with what each session started, ending one, all, or all but this one,
 * admins ending a user's, logout and a password change ending sessions on
 * the server, SESSION_BINDING, and a `session-ended` event for each, with
 * no token in it.
 */
const PIXEL =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'

let payload: Payload
let stopServer: (() => Promise<void>) | undefined
let base: string

/** A signed-in client: its token, where it is and what browser it uses. */
interface Client {
  token: string
  from: string
  agent: string
}

const call = (
  client: Pick<Client, 'from' | 'agent'> & { token?: string },
  method: string,
  path: string,
  body?: unknown,
) =>
  requestFrom(`${base}/api${path}`, {
    method,
    from: client.from,
    body,
    headers: {
      'user-agent': client.agent,
      ...(client.token ? { authorization: `JWT ${client.token}` } : {}),
    },
  })

const signIn = async (email: string, from: string, agent: string, password = PASSWORD): Promise<Client> => {
  const answer = await call({ from, agent }, 'POST', '/users/login', { email, password })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return { token: answer.body.token as string, from, agent }
}

const me = async (client: Client) => (await call(client, 'GET', '/users/me')).body?.user ?? null

/** Signed in as far as the CMS is concerned: `/users/me` knows the user and the sessions list answers. */
const signedIn = async (client: Client) => {
  const [user, list] = await Promise.all([me(client), call(client, 'GET', '/users/sessions')])
  return Boolean(user) && list.status === 200
}

const sessionsOf = async (client: Client) => {
  const answer = await call(client, 'GET', '/users/sessions')
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return answer.body.sessions as {
    id: string
    createdAt: string
    lastUsedAt: string | null
    ip: string | null
    userAgent: string | null
    browser: string | null
    current: boolean
  }[]
}

const currentSid = async (client: Client) => (await sessionsOf(client)).find((s) => s.current)!.id

const endedEvents = async (userId: number | string) =>
  (
    await payload.find({
      collection: 'audit-events',
      where: { type: { equals: 'session-ended' }, subjectId: { equals: String(userId) } },
      sort: 'createdAt',
      limit: 100,
      overrideAccess: true,
    })
  ).docs

const noToken = (answer: FromAnswer | unknown, ...tokens: string[]) => {
  const text = JSON.stringify(answer)
  for (const token of tokens) expect(text).not.toContain(token)
  expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/)
}

/** A new address per test, so the sign-in limits never meet the tests. */
let nextHost = 10
const host = () => `127.0.0.${++nextHost}`

beforeAll(async () => {
  delete process.env.SESSION_BINDING
  resetConfig()
  payload = await getTestPayload()
  await resetAuthLimits({ keyPrefix: `hujra-test:sessions:${unique()}` })
  const server = await serveLikeNext(await restHandlers())
  base = `http://127.0.0.1:${server.port}`
  stopServer = server.close
})

afterEach(() => {
  delete process.env.SESSION_BINDING
  resetConfig()
})

afterAll(async () => {
  await stopServer?.()
  await resetAuthLimits()
})

describe('the sessions list', { timeout: 60_000 }, () => {
  it('shows when, where and with what each session started, marks this one, and never a token', async () => {
    const user = await createUser(payload, ['member'])
    const before = Date.now()
    const phone = await signIn(user.email, '127.0.0.2', PIXEL)
    const laptop = await signIn(user.email, host(), FIREFOX)
    const answer = await call(phone, 'GET', '/users/sessions')
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toMatch(/no-store/)
    noToken(answer, phone.token, laptop.token)
    const sessions = answer.body.sessions as Awaited<ReturnType<typeof sessionsOf>>
    expect(sessions).toHaveLength(2)
    const mine = sessions.find((s) => s.current)!
    expect(mine).toMatchObject({ ip: '127.0.0.2', userAgent: PIXEL, browser: 'Chrome on Android' })
    expect(new Date(mine.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(mine.lastUsedAt).toBeTruthy()
    const other = sessions.find((s) => !s.current)!
    expect(other).toMatchObject({ ip: laptop.from, browser: 'Firefox on Windows' })
    // The laptop sees the same two, with its own marked.
    expect((await sessionsOf(laptop)).find((s) => s.current)!.id).toBe(other.id)
  })

  it('needs a signed-in user', async () => {
    const answer = await call({ from: host(), agent: FIREFOX }, 'GET', '/users/sessions')
    expect(answer.status).toBe(401)
    const forged = await call(
      { from: host(), agent: FIREFOX, token: 'not.a.token' },
      'GET',
      '/users/sessions',
    )
    expect(forged.status).toBe(401)
  })

  it('records a session made elsewhere (not by a login here) the first time it is used', async () => {
    const user = await createUser(payload, ['member'])
    // The Local API login makes a session as the two-factor step does (addSessionToUser), with no request of its own.
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: PASSWORD },
    })
    const client: Client = { token: token!, from: host(), agent: FIREFOX }
    const [session] = await sessionsOf(client)
    expect(session).toMatchObject({ ip: client.from, browser: 'Firefox on Windows', current: true })
  })

  it('writes "last used" at most once a minute, not on every request', async () => {
    const user = await createUser(payload, ['member'])
    const client = await signIn(user.email, host(), FIREFOX)
    const sid = await currentSid(client)
    const db = poolDb(payload)
    const lastUsed = async () =>
      String(
        (await db.execute(sql`select last_used_at from session_details where sid = ${sid}`)).rows[0]!
          .last_used_at,
      )
    await db.execute(
      sql`update session_details set last_used_at = now() - interval '2 minutes' where sid = ${sid}`,
    )
    const old = await lastUsed()
    await me(client)
    const touched = await lastUsed()
    expect(new Date(touched).getTime()).toBeGreaterThan(new Date(old).getTime())
    await me(client)
    await me(client)
    expect(await lastUsed()).toBe(touched)
  })
})

describe('ending sessions', { timeout: 60_000 }, () => {
  it('ends one: its token is refused, the other still works, and it is audited without tokens', async () => {
    const user = await createUser(payload, ['member'])
    const first = await signIn(user.email, host(), PIXEL)
    const second = await signIn(user.email, host(), FIREFOX)
    const secondSid = await currentSid(second)
    const answer = await call(first, 'DELETE', `/users/sessions/${secondSid}`)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body).toEqual({ ended: 1 })
    expect(await me(second)).toBeNull()
    expect((await call(second, 'GET', '/users/sessions')).status).toBe(401)
    expect(await signedIn(first)).toBe(true)
    expect((await sessionsOf(first)).map((s) => s.id)).not.toContain(secondSid)
    const [event] = await endedEvents(user.id)
    expect(event).toMatchObject({
      type: 'session-ended',
      actor: expect.objectContaining({ id: user.id }),
      subjectCollection: 'users',
      diff: { session: { from: secondSid }, reason: { to: 'user' } },
    })
    noToken(event, first.token, second.token)
    // Again: it is gone (404 naming the id), and a malformed id is a 400 naming it.
    const again = await call(first, 'DELETE', `/users/sessions/${secondSid}`)
    expect(again.status).toBe(404)
    expect(again.body.errors[0].field).toBe('id')
    const bad = await call(first, 'DELETE', `/users/sessions/${encodeURIComponent("x' or 1=1")}`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('id')
  })

  it('cannot end someone else’s session by its id', async () => {
    const victim = await createUser(payload, ['member'])
    const stranger = await createUser(payload, ['member'])
    const victimClient = await signIn(victim.email, host(), PIXEL)
    const strangerClient = await signIn(stranger.email, host(), FIREFOX)
    const victimSid = await currentSid(victimClient)
    expect((await call(strangerClient, 'DELETE', `/users/sessions/${victimSid}`)).status).toBe(404)
    expect(await signedIn(victimClient)).toBe(true)
  })

  it('ends all, or all but this one with keepCurrent=true', async () => {
    const user = await createUser(payload, ['member'])
    const a = await signIn(user.email, host(), PIXEL)
    const b = await signIn(user.email, host(), FIREFOX)
    const c = await signIn(user.email, host(), FIREFOX)
    const kept = await call(a, 'DELETE', '/users/sessions?keepCurrent=true')
    expect(kept.body).toEqual({ ended: 2 })
    expect(await signedIn(a)).toBe(true)
    expect(await me(b)).toBeNull()
    expect(await me(c)).toBeNull()
    const d = await signIn(user.email, host(), FIREFOX)
    expect((await call(a, 'DELETE', '/users/sessions')).body).toEqual({ ended: 2 })
    expect(await me(a)).toBeNull()
    expect(await me(d)).toBeNull()
    const bad = await call(d, 'DELETE', '/users/sessions?keepCurrent=maybe')
    expect(bad.status).toBe(400)
    expect((await endedEvents(user.id)).length).toBe(4)
  })

  it('an ended session written back by a concurrent login (Payload #18132) is removed again on use', async () => {
    const user = await createUser(payload, ['member'])
    const a = await signIn(user.email, host(), PIXEL)
    const b = await signIn(user.email, host(), FIREFOX)
    const sid = await currentSid(b)
    expect((await call(a, 'DELETE', `/users/sessions/${sid}`)).status).toBe(200)
    // What a login that had read the array before the ending writes back.
    await poolDb(payload).execute(
      sql`insert into users_sessions (_order, _parent_id, id, created_at, expires_at)
          values (99, ${user.id}, ${sid}, now(), now() + interval '1 hour')`,
    )
    expect(await me(b)).toBeNull()
    const { rows } = await poolDb(payload).execute(sql`select id from users_sessions where id = ${sid}`)
    expect(rows).toHaveLength(0)
  })
})

describe('admins', { timeout: 60_000 }, () => {
  it('see and end a user’s sessions; others get 403 on REST and cannot do it through GraphQL', async () => {
    const admin = await createUser(payload, ['admin'])
    const member = await createUser(payload, ['member'])
    const editor = await createUser(payload, ['editor'])
    const adminClient = await signIn(admin.email, host(), FIREFOX)
    const memberPhone = await signIn(member.email, '127.0.0.2', PIXEL)
    const memberLaptop = await signIn(member.email, host(), FIREFOX)
    const editorClient = await signIn(editor.email, host(), FIREFOX)

    const listed = await call(adminClient, 'GET', `/users/${member.id}/sessions`)
    expect(listed.status).toBe(200)
    expect(listed.body.sessions).toHaveLength(2)
    expect(listed.body.sessions.every((s: { current: boolean }) => !s.current)).toBe(true)
    noToken(listed, memberPhone.token, memberLaptop.token)

    // Neither another member nor an editor may list or end them.
    for (const client of [editorClient, memberLaptop]) {
      expect((await call(client, 'GET', `/users/${admin.id}/sessions`)).status).toBe(403)
      expect((await call(client, 'DELETE', `/users/${admin.id}/sessions`)).status).toBe(403)
    }
    expect((await call(editorClient, 'DELETE', `/users/${member.id}/sessions`)).status).toBe(403)
    // Nor write the sessions array through Payload's own update, REST or GraphQL.
    expect((await call(editorClient, 'PATCH', `/users/${member.id}`, { sessions: [] })).status).toBe(403)
    const gql = await call(editorClient, 'POST', '/graphql', {
      query: `mutation { updateUser(id: ${member.id}, data: { name: "taken over" }) { id } }`,
    })
    expect(gql.body.errors?.[0]?.message ?? '').toMatch(/not allowed|forbidden/i)
    const gqlSessions = await call(editorClient, 'POST', '/graphql', {
      query: `mutation { updateUser(id: ${member.id}, data: { sessions: [] }) { id } }`,
    })
    expect(gqlSessions.body.errors?.length).toBeGreaterThan(0)
    expect(await signedIn(memberPhone)).toBe(true)
    expect(await signedIn(memberLaptop)).toBe(true)
    expect(await signedIn(adminClient)).toBe(true)

    const phoneSid = listed.body.sessions.find((s: { ip: string }) => s.ip === '127.0.0.2').id
    expect((await call(adminClient, 'DELETE', `/users/${member.id}/sessions/${phoneSid}`)).body).toEqual({
      ended: 1,
    })
    expect(await me(memberPhone)).toBeNull()
    expect(await signedIn(memberLaptop)).toBe(true)
    expect((await call(adminClient, 'DELETE', `/users/${member.id}/sessions`)).body).toEqual({ ended: 1 })
    expect(await me(memberLaptop)).toBeNull()
    expect(await signedIn(adminClient)).toBe(true)
    expect((await call(adminClient, 'GET', '/users/999999999/sessions')).status).toBe(404)
    expect((await call(adminClient, 'GET', '/users/abc/sessions')).status).toBe(400)

    const events = await endedEvents(member.id)
    expect(events.map((e) => (e.diff as any).reason.to)).toEqual(['admin', 'admin'])
    expect(events.every((e) => (e.actor as { id: number }).id === admin.id)).toBe(true)
    noToken(events, memberPhone.token, memberLaptop.token, adminClient.token)
  })

  it('the session table is not reachable through Payload’s own API', async () => {
    const admin = await createUser(payload, ['admin'])
    const adminClient = await signIn(admin.email, host(), FIREFOX)
    const gql = await call(adminClient, 'POST', '/graphql', { query: '{ __schema { types { name } } }' })
    const names = (gql.body.data.__schema.types as { name: string }[]).map((t) => t.name)
    expect(names.some((n) => /SessionDetail/i.test(n))).toBe(false)
    expect((await call(adminClient, 'GET', '/session-details')).status).toBe(404)
  })
})

describe('logout', { timeout: 60_000 }, () => {
  it('ends the session on the server: a copied token stops working', async () => {
    const user = await createUser(payload, ['member'])
    const client = await signIn(user.email, host(), PIXEL)
    const copy: Client = { ...client, from: host() }
    expect(await signedIn(copy)).toBe(true)
    const sid = await currentSid(client)
    expect((await call(client, 'POST', '/users/logout', {})).status).toBe(200)
    expect(await me(copy)).toBeNull()
    expect((await call(copy, 'GET', '/users/sessions')).status).toBe(401)
    const [event] = await endedEvents(user.id)
    expect(event).toMatchObject({ diff: { session: { from: sid }, reason: { to: 'logout' } } })
    noToken(event, client.token)
  })

  it.each([
    ['REST', (c: Client) => call(c, 'POST', '/users/logout?allSessions=true', {})],
    [
      'GraphQL',
      (c: Client) => call(c, 'POST', '/graphql', { query: 'mutation { logoutUser(allSessions: true) }' }),
    ],
  ])('with allSessions over %s ends and audits every session', async (_path, logout) => {
    const user = await createUser(payload, ['member'])
    const here = await signIn(user.email, host(), PIXEL)
    const there = await signIn(user.email, host(), FIREFOX)
    const sids = [await currentSid(here), await currentSid(there)].sort()
    const answer = await logout(here)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(JSON.stringify(answer.body)).not.toContain('errors')
    expect(await me(there)).toBeNull()
    const events = await endedEvents(user.id)
    expect(events.map((e) => (e.diff as { session: { from: string } }).session.from).sort()).toEqual(sids)
    for (const event of events) expect(event).toMatchObject({ diff: { reason: { to: 'logout' } } })
  })
})

describe('a password change', { timeout: 60_000 }, () => {
  it('by the user ends every other session and keeps the one that changed it', async () => {
    const user = await createUser(payload, ['member'])
    const here = await signIn(user.email, host(), PIXEL)
    const there = await signIn(user.email, host(), FIREFOX)
    const thereSid = await currentSid(there)
    const changed = await call(here, 'PATCH', `/users/${user.id}`, { password: `new-kite-rug-${unique()}` })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(await signedIn(here)).toBe(true)
    expect(await me(there)).toBeNull()
    const events = await endedEvents(user.id)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      diff: { session: { from: thereSid }, reason: { to: 'password-change' } },
    })
  })

  it('by an admin ends all of that user’s sessions, not the admin’s', async () => {
    const admin = await createUser(payload, ['admin'])
    const user = await createUser(payload, ['member'])
    const adminClient = await signIn(admin.email, host(), FIREFOX)
    const a = await signIn(user.email, host(), PIXEL)
    const b = await signIn(user.email, host(), FIREFOX)
    expect((await call(adminClient, 'PATCH', `/users/${user.id}`, { name: 'Renamed' })).status).toBe(200)
    expect(await signedIn(a)).toBe(true)
    const changed = await call(adminClient, 'PATCH', `/users/${user.id}`, {
      password: `new-kite-rug-${unique()}`,
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(await me(a)).toBeNull()
    expect(await me(b)).toBeNull()
    expect(await signedIn(adminClient)).toBe(true)
    expect((await endedEvents(user.id)).map((e) => (e.diff as any).reason.to)).toEqual([
      'password-change',
      'password-change',
    ])
  })
})

describe('SESSION_BINDING', { timeout: 60_000 }, () => {
  const bind = (mode: string) => {
    process.env.SESSION_BINDING = mode
    resetConfig()
  }

  it('off: a token works from another browser and address', async () => {
    const user = await createUser(payload, ['member'])
    const client = await signIn(user.email, host(), PIXEL)
    expect(await signedIn({ ...client, from: host(), agent: FIREFOX })).toBe(true)
  })

  it('user-agent: a token replayed from another browser is refused and its session is gone', async () => {
    bind('user-agent')
    const user = await createUser(payload, ['member'])
    const client = await signIn(user.email, host(), PIXEL)
    const sid = await currentSid(client)
    // Another address with the same browser is fine in this mode.
    expect(await signedIn({ ...client, from: host() })).toBe(true)
    const replay: Client = { ...client, agent: FIREFOX }
    expect(await me(replay)).toBeNull()
    // Ended for the owner too: the token cannot be trusted any more.
    expect(await me(client)).toBeNull()
    const { rows } = await poolDb(payload).execute(sql`select id from users_sessions where id = ${sid}`)
    expect(rows).toHaveLength(0)
    const [event] = await endedEvents(user.id)
    expect(event).toMatchObject({ actor: null, diff: { session: { from: sid }, reason: { to: 'binding' } } })
    expect(event!.userAgent).toBe(FIREFOX)
    noToken(event, client.token)
  })

  it('ip-and-user-agent: a token replayed from another address is refused and its session is gone', async () => {
    bind('ip-and-user-agent')
    const user = await createUser(payload, ['member'])
    const client = await signIn(user.email, '127.0.0.2', PIXEL)
    expect(await signedIn(client)).toBe(true)
    const other = await signIn(user.email, host(), PIXEL)
    expect(await me({ ...client, from: host() })).toBeNull()
    expect(await me(client)).toBeNull()
    expect(await signedIn(other)).toBe(true)
    expect(await me({ ...other, agent: FIREFOX })).toBeNull()
    expect((await endedEvents(user.id)).map((e) => (e.diff as any).reason.to)).toEqual(['binding', 'binding'])
  })
})
