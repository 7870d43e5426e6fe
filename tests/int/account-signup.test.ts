import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../collections/moderation/topics'
import { AUTH_LIMITS, resetAuthLimits } from '../../collections/users/authLimits'
import { SIGNUP_FLOOR_MS } from '../../collections/users/tokens/signup'
import { drain } from '../../plugins/outbox'
import { resetConfig } from '../../utilities/config'
import { useOwnDatabase } from '../helpers/database'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { postJsonFrom, serveLikeNext } from '../helpers/postFrom'
import { restHandlers } from '../helpers/rest'
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../helpers/smtpServer'
import { mannWhitneyZ, median } from '../helpers/timing'

/**
 * One sign-up route, POST /api/users/signup, that never tells whether an
 * email has an account: the same status, body and time for a new email and
 * a taken one; a taken address's owner is mailed instead (at most once an
 * hour); Payload's own create closed to anyone but admins, with its
 * create-first-user still working; the sign-up limit; and a changed email
 * confirmed before the account signs in again. Over real HTTP, with mail
 * read from a real SMTP server.
 */
const SECRET = `account-signup-test-secret-${unique()}`
const SITE_URL = 'http://site.hujra.test:4321'

let payload: Payload
let sink: SmtpSink
let port: number
let stopServer: (() => Promise<void>) | undefined
let nextAddress = 0
let adminToken = ''

/** A loopback address of its own for each test, so the per-address limits of one never reach another. */
const address = () => `127.0.${30 + Math.floor(++nextAddress / 250)}.${(nextAddress % 250) + 1}`

const send = (path: string, body: unknown, from: string, headers: Record<string, string> = {}) =>
  postJsonFrom(`http://127.0.0.1:${port}/api${path}`, body, from, headers)

const vouched = (reader: string) => ({ [SITE_SECRET_HEADER]: SECRET, [READER_ADDRESS_HEADER]: reader })

const sql = async <T = any>(text: string, params: unknown[] = []) =>
  (await payload.db.pool.query(text, params)).rows as T[]

const newEmail = () => `reader-${unique()}@test.hujra`
const person = (email = newEmail()) => ({ email, password: PASSWORD, name: 'Gul Bibi' })

const accountsWith = async (email: string) =>
  sql<{ id: number; name: string; verified: boolean }>(
    `select id, name, _verified as verified from users where email = $1`,
    [email],
  )

/** Sends what is queued and waits for the mail to `to` whose text matches. */
const mailTo = async (to: string, pattern: RegExp, after = 0): Promise<ReceivedMail> => {
  await drain(payload)
  return sink.waitFor(
    (m) => m.envelope.to.includes(to) && sink.received.indexOf(m) >= after && pattern.test(m.mail.text ?? ''),
  )
}

const queued = async (to: string, template: string) =>
  Number(
    (
      await sql(`select count(*) as n from outbox where payload->>'to' = $1 and payload->>'template' = $2`, [
        to,
        template,
      ])
    )[0].n,
  )

/** An answer's body without its request id, which differs on every answer. */
const withoutRequestId = ({ requestId: _, ...body }: Record<string, unknown>) => body

const login = (email: string, password: string, from: string) =>
  send('/users/login', { email, password }, from)

beforeAll(async () => {
  sink = await startSmtpSink()
  Object.assign(process.env, {
    SITE_CACHE_SECRET: SECRET,
    SITE_URL,
    MAIL_SERVER: '127.0.0.1',
    MAIL_PORT: String(sink.port),
    MAIL_USE_TLS: 'false',
    MAIL_DEFAULT_SENDER: 'Hujra Test <mail@hujra.test>',
  })
  delete process.env.REDIS_URL
  // Its first test empties the users table, as a fresh install has it: on a
  // copy of its own, not the worker's, which later files still need.
  await useOwnDatabase('signup')
  resetConfig()
  payload = await getTestPayload()
  await resetAuthLimits({ keyPrefix: `hujra-test:signup:${unique()}` })
  ;({ port, close: stopServer } = await serveLikeNext(await restHandlers()))
})

afterAll(async () => {
  await stopServer?.()
  await sink?.close()
  await resetAuthLimits()
  for (const name of [
    'SITE_CACHE_SECRET',
    'SITE_URL',
    'MAIL_SERVER',
    'MAIL_PORT',
    'MAIL_USE_TLS',
    'MAIL_DEFAULT_SENDER',
  ])
    delete process.env[name]
  resetConfig()
})

// First in the file, while no test here has made an account.
describe('an empty database', { timeout: 60_000 }, () => {
  it("a sign-up is never the first admin; Payload's create-first-user still is, once", async () => {
    // This file's own copy of the database (useOwnDatabase), emptied of the accounts it starts with: a fresh install.
    await sql(`delete from users`)
    expect(await sql(`select id from users`)).toEqual([])
    const from = address()
    const reader = newEmail()
    expect((await send('/users/signup', person(reader), from)).status).toBe(202)
    const [made] = await accountsWith(reader)
    const roles = await sql(`select value from users_roles where parent_id = $1`, [made!.id])
    expect(roles).toEqual([{ value: 'member' }])
    expect(made!.verified).toBe(false)
    // Empty again, so the admin's "create first user" sees what a fresh install shows.
    await sql(`delete from users where id = $1`, [made!.id])

    const admin = newEmail()
    const first = await send('/users/first-register', { ...person(admin), name: 'First Admin' }, from)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.user.roles).toEqual(['admin'])
    expect(first.body.user._verified).toBe(true)
    adminToken = first.body.token
    const second = await send('/users/first-register', { ...person(), name: 'Second' }, from)
    expect(second.status).toBe(403)
  })
})

describe('the same answer for a new and a taken email', { timeout: 60_000 }, () => {
  it('same status and body; a new email gets the confirmation link, a taken one a notice and nothing else', async () => {
    const owner = newEmail()
    const created = await send('/users/signup', person(owner), address())
    const verifyMail = await mailTo(owner, /account\/verify\?token=/)
    expect(verifyMail.mail.subject).toBeTruthy()
    const [account] = await accountsWith(owner)
    expect(account).toMatchObject({ name: 'Gul Bibi', verified: false })
    const events = await sql(`select type, diff from audit_events where subject_id = $1 order by id`, [
      String(account!.id),
    ])
    expect(events.map((e) => e.type)).toEqual(['signup', 'verification-sent', 'create'])

    const mark = sink.received.length
    const taken = await send(
      '/users/signup',
      { ...person(owner), name: 'Someone Else', locale: 'ps' },
      address(),
    )
    expect([taken.status, taken.body]).toEqual([created.status, created.body])
    expect(created.status).toBe(202)
    // Nothing was created or changed: one account, its name, still waiting for its own link.
    expect(await accountsWith(owner)).toEqual([account])
    const notice = await mailTo(owner, /account\/sign-in/, mark)
    expect(notice.mail.text).toContain(`${SITE_URL}/ps/account/sign-in`)
    expect(notice.mail.text).toContain(`${SITE_URL}/ps/account/forgot`)
    expect(notice.mail.text).not.toMatch(/token=/)
    expect(await queued(owner, 'verify-email')).toBe(1)

    // Again within the hour: the same answer, and no second notice (nobody can flood the owner).
    const again = await send('/users/signup', person(owner), address())
    expect([again.status, again.body]).toEqual([created.status, created.body])
    expect(await queued(owner, 'account-exists')).toBe(1)
    const attempts = await sql(
      `select diff from audit_events where type = 'signup' and subject_id = $1 order by id`,
      [String(account!.id)],
    )
    expect(attempts.slice(1).map((e) => e.diff.notice.to)).toEqual(['sent', 'already-sent'])
  })

  it('a refused password is refused alike for a new and a taken email', async () => {
    const owner = newEmail()
    expect((await send('/users/signup', person(owner), address())).status).toBe(202)
    for (const password of ['short', 'password1234', `${owner.split('@')[0]}-kite-rug`]) {
      const forTaken = await send('/users/signup', { ...person(owner), password }, address())
      const fresh = newEmail()
      const forNew = await send(
        '/users/signup',
        { ...person(fresh), password: password.replace(owner.split('@')[0]!, fresh.split('@')[0]!) },
        address(),
      )
      expect(forTaken.status, password).toBe(400)
      expect(forTaken.body.errors[0].field).toBe('password')
      expect([forNew.status, withoutRequestId(forNew.body)], password).toEqual([
        forTaken.status,
        withoutRequestId(forTaken.body),
      ])
      expect(await accountsWith(fresh)).toEqual([])
    }
  })

  it(
    'takes as long for a taken email as for a new one (30 of each, interleaved)',
    { retry: 2, timeout: 180_000 },
    async () => {
      const taken: number[] = []
      const fresh: number[] = []
      const owner = newEmail()
      await send('/users/signup', person(owner), '127.0.1.201', vouched('10.97.0.1'))
      // From a reader address of its own each time (vouched, as the site sends them): no limit applies.
      for (let i = 0; i < 30; i++) {
        const pair = [
          () => send('/users/signup', person(owner), '127.0.1.201', vouched(`10.97.1.${i + 1}`)),
          () => send('/users/signup', person(), '127.0.1.201', vouched(`10.97.2.${i + 1}`)),
        ] as const
        const [a, b] = i % 2 ? [1, 0] : [0, 1]
        const first = await pair[a]!()
        const second = await pair[b]!()
        ;(a === 0 ? taken : fresh).push(first.ms)
        ;(b === 0 ? taken : fresh).push(second.ms)
        expect([first.status, second.status]).toEqual([202, 202])
      }
      expect(median(taken)).toBeGreaterThanOrEqual(SIGNUP_FLOOR_MS)
      expect(
        Math.abs(median(taken) - median(fresh)),
        `medians ${median(taken)} / ${median(fresh)}`,
      ).toBeLessThan(25)
      expect(Math.abs(mannWhitneyZ(taken, fresh)), `taken ${taken} new ${fresh}`).toBeLessThan(3.3)
    },
  )
})

describe('what a sign-up takes', { timeout: 60_000 }, () => {
  it('refuses roles, _verified and any other field by name, and creates nothing', async () => {
    for (const extra of [{ roles: ['admin'] }, { _verified: true }, { isAdmin: true }]) {
      const email = newEmail()
      const res = await send('/users/signup', { ...person(email), ...extra }, address())
      const name = Object.keys(extra)[0]!
      expect(res.status, name).toBe(400)
      expect(res.body.errors[0].field).toBe(name)
      expect(await accountsWith(email)).toEqual([])
    }
    const missing = await send('/users/signup', { email: newEmail(), password: PASSWORD }, address())
    expect([missing.status, missing.body.errors[0].field]).toEqual([400, 'name'])
  })

  it('limits sign-ups per address (429 with Retry-After); another address is not held up', async () => {
    const from = address()
    const { points } = AUTH_LIMITS.signup.perAddress
    // Refused passwords count too (the limit comes first), and answer at once.
    for (let i = 0; i < points; i++) {
      expect((await send('/users/signup', { ...person(), password: 'short' }, from)).status).toBe(400)
    }
    const email = newEmail()
    const limited = await send('/users/signup', person(email), from)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(await accountsWith(email)).toEqual([])
    expect((await send('/users/signup', person(email), address())).status).toBe(202)
  })

  it('limits sign-ups per email and address', async () => {
    const from = address()
    const email = newEmail()
    const { points } = AUTH_LIMITS.signup.perAccountAndAddress!
    for (let i = 0; i < points; i++)
      expect((await send('/users/signup', person(email), from)).status).toBe(202)
    expect((await send('/users/signup', person(email), from)).status).toBe(429)
    expect((await send('/users/signup', person(newEmail()), from)).status).toBe(202)
  })
})

describe("Payload's own create", { timeout: 60_000 }, () => {
  it('is refused to anonymous callers and members over REST and GraphQL; an admin still creates accounts', async () => {
    const member = await createUser(payload, ['member'])
    const memberToken = (await login(member.email, PASSWORD, address())).body.token as string
    for (const headers of [{}, { authorization: `JWT ${memberToken}` }] as Record<string, string>[]) {
      const rest = newEmail()
      expect((await send('/users', person(rest), address(), headers)).status).toBe(403)
      const gql = newEmail()
      const res = await send(
        '/graphql',
        {
          query:
            'mutation($e: String!, $p: String!) { createUser(data: { email: $e, password: $p, name: "X", roles: [member] }) { id } }',
          variables: { e: gql, p: PASSWORD },
        },
        address(),
        headers,
      )
      expect(res.body.data?.createUser ?? null).toBeNull()
      expect(res.body.errors?.[0]?.message, JSON.stringify(res.body)).toMatch(/not allowed/i)
      expect(await accountsWith(rest)).toEqual([])
      expect(await accountsWith(gql)).toEqual([])
    }
    const email = newEmail()
    const made = await send('/users', person(email), address(), { authorization: `JWT ${adminToken}` })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    await mailTo(email, /account\/verify\?token=/)
  })
})

describe('changing an email', { timeout: 60_000 }, () => {
  it("a user's own change must be confirmed at the new address before the account signs in again", async () => {
    const from = address()
    const old = newEmail()
    expect((await send('/users/signup', person(old), from)).status).toBe(202)
    const { id } = (await accountsWith(old))[0]!
    await sql(`update users set _verified = true where id = $1`, [id])
    const token = (await login(old, PASSWORD, from)).body.token as string
    const moved = newEmail()
    const res = await fetch(`http://127.0.0.1:${port}/api/users/${id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: moved }),
    })
    expect(res.status).toBe(200)
    expect(await accountsWith(moved)).toMatchObject([{ id, verified: false }])
    expect((await login(moved, PASSWORD, from)).status).toBe(403)
    const mail = await mailTo(moved, /account\/verify\?token=/)
    const link = new URL(/^(https?:\/\/\S+)$/m.exec(mail.mail.text ?? '')![1]!)
    const verified = await send('/users/verify', { token: link.searchParams.get('token') }, from)
    expect(verified.status).toBe(200)
    expect((await login(moved, PASSWORD, from)).status).toBe(200)
    const [event] = await sql(
      `select diff, actor_id from audit_events where type = 'update' and subject_id = $1 order by id desc limit 1`,
      [String(id)],
    )
    expect(event.diff).toMatchObject({
      email: { from: old, to: moved },
      _verified: { from: true, to: false },
    })
    expect(Number(event.actor_id)).toBe(id)
  })

  it("an admin's change is taken as confirmed, and audited", async () => {
    const user = await createUser(payload, ['member'])
    const moved = newEmail()
    const res = await fetch(`http://127.0.0.1:${port}/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: moved }),
    })
    expect(res.status).toBe(200)
    expect(await accountsWith(moved)).toMatchObject([{ verified: true }])
    expect(await queued(moved, 'verify-email')).toBe(0)
    const [event] = await sql(
      `select diff from audit_events where type = 'update' and subject_id = $1 order by id desc limit 1`,
      [String(user.id)],
    )
    expect(event.diff.email).toEqual({ from: user.email, to: moved })
    expect(event.diff._verified).toBeUndefined()
  })
})
