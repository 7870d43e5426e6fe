import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../collections/moderation/topics'
import { AUTH_LIMITS, resetAuthLimits } from '../../collections/users/authLimits'
import { FORGOT_FLOOR_MS } from '../../collections/users/tokens/reset'
import { issueToken } from '../../collections/users/tokens/token'
import { drain } from '../../plugins/outbox'
import { config, resetConfig } from '../../utilities/config'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { type Answer, postJsonFrom, serveLikeNext } from '../helpers/postFrom'
import { restHandlers } from '../helpers/rest'
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../helpers/smtpServer'
import { mannWhitneyZ, median } from '../helpers/timing'

/**
 * Sign-up with email verification and password reset, over real HTTP, with
 * the mail read from a real SMTP server and its links followed: tokens of
 * 32 random bytes stored only as SHA-256, single-use, 24 h and 30 min;
 * expired, reused and altered links refused with their reason; the same
 * answer and time for known and unknown emails; a reset that ends every
 * session and signs nobody in; GraphQL taking the same path.
 */
const SECRET = `account-tokens-test-secret-${unique()}`
const SITE_URL = 'http://site.hujra.test:4321'
const SERVER_URL = 'http://cms.hujra.test:3000'
const NEW_PASSWORD = 'walnut-harbour-lantern-9'

let payload: Payload
let sink: SmtpSink
let port: number
let stopServer: (() => Promise<void>) | undefined
let nextAddress = 0

/** A loopback address of its own for each test, so the per-address limits of one never reach another. */
const address = () => `127.0.${2 + Math.floor(++nextAddress / 250)}.${(nextAddress % 250) + 1}`

const send = (path: string, body: unknown, from: string, headers: Record<string, string> = {}) =>
  postJsonFrom(`http://127.0.0.1:${port}/api${path}`, body, from, headers)

const getFrom = async (path: string, token: string) => {
  const res = await fetch(`http://127.0.0.1:${port}/api${path}`, {
    headers: { authorization: `JWT ${token}` },
  })
  return { status: res.status, body: await res.json() }
}

const vouched = (reader: string) => ({ [SITE_SECRET_HEADER]: SECRET, [READER_ADDRESS_HEADER]: reader })

const sql = async <T = any>(text: string, params: unknown[] = []) =>
  (await payload.db.pool.query(text, params)).rows as T[]

const newEmail = () => `reader-${unique()}@test.hujra`
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Sends what is queued and waits for the mail to `to` whose link matches. */
const mailTo = async (
  to: string,
  linkPattern: RegExp,
  after = 0,
): Promise<{ mail: ReceivedMail; link: URL }> => {
  await drain(payload)
  const received = await sink.waitFor(
    (m) =>
      m.envelope.to.includes(to) && sink.received.indexOf(m) >= after && linkPattern.test(m.mail.text ?? ''),
  )
  const text = received.mail.text ?? ''
  const link = new URL(
    /^(https?:\/\/\S+)$/m.exec(text.split('\n').find((l) => linkPattern.test(l)) ?? '')![1]!,
  )
  // The HTML part carries the same link.
  expect(String(received.mail.html)).toContain(`href="${link.toString().replace(/&/g, '&amp;')}"`)
  return { mail: received, link }
}

const tokenOf = (link: URL) =>
  link.searchParams.get('token') ?? decodeURIComponent(link.pathname.split('/').pop()!)

const signUp = async (from: string, locale?: string) => {
  const email = newEmail()
  const res = await send(
    '/users/signup',
    { email, password: PASSWORD, name: 'Gul Bibi', ...(locale && { locale }) },
    from,
  )
  expect(res.status, JSON.stringify(res.body)).toBe(202)
  const [row] = await sql<{ id: number }>(`select id from users where email = $1`, [email])
  return { email, id: row!.id }
}

const login = (email: string, password: string, from: string) =>
  send('/users/login', { email, password }, from)

const auditOf = (id: number) =>
  sql<{ type: string; diff: unknown }>(
    `select type, diff from audit_events where subject_collection = 'users' and subject_id = $1 order by id`,
    [String(id)],
  )

beforeAll(async () => {
  sink = await startSmtpSink()
  Object.assign(process.env, {
    SITE_CACHE_SECRET: SECRET,
    SITE_URL,
    SERVER_URL,
    MAIL_SERVER: '127.0.0.1',
    MAIL_PORT: String(sink.port),
    MAIL_USE_TLS: 'false',
    MAIL_DEFAULT_SENDER: 'Hujra Test <mail@hujra.test>',
  })
  delete process.env.REDIS_URL
  resetConfig()
  payload = await getTestPayload()
  await resetAuthLimits({ keyPrefix: `hujra-test:tokens:${unique()}` })
  ;({ port, close: stopServer } = await serveLikeNext(await restHandlers()))
})

afterAll(async () => {
  await stopServer?.()
  await sink?.close()
  await resetAuthLimits()
  for (const name of [
    'SITE_CACHE_SECRET',
    'SITE_URL',
    'SERVER_URL',
    'MAIL_SERVER',
    'MAIL_PORT',
    'MAIL_USE_TLS',
    'MAIL_DEFAULT_SENDER',
  ])
    delete process.env[name]
  resetConfig()
})

describe('sign-up and verification', { timeout: 120_000 }, () => {
  it('sign-up → mail in the reader’s language → the site’s link → verified → signed in; the link works once', async () => {
    const from = address()
    const { email, id } = await signUp(from, 'ur')
    // Before verifying: the right password is answered "check your mail" (403); a wrong one the usual 401.
    const early = await login(email, PASSWORD, from)
    expect(early.status).toBe(403)
    expect(early.body.errors[0].message).toMatch(/verif/i)
    expect((await login(email, 'not-the-password-kite', from)).status).toBe(401)

    const { mail, link } = await mailTo(email, /account\/verify/)
    expect(mail.mail.subject).toBe('حجرہ کے لیے اپنے ای میل پتے کی تصدیق کریں')
    expect(link.origin).toBe(SITE_URL)
    expect(link.pathname).toBe('/ur/account/verify')
    const token = tokenOf(link)
    // 32 random bytes (43 base64url characters) ahead of the expiry and the MAC.
    expect(token.split('.')[0]).toMatch(/^[A-Za-z0-9_-]{43}$/)

    // Only the hash is stored, with an expiry 24 h away; no column of the row holds the token.
    const [row] = await sql(`select *, row_to_json(users)::text as whole from users where id = $1`, [id])
    expect(row._verificationtoken).toBe(sha256(token))
    expect(row.whole).not.toContain(token.split('.')[0])
    const hours = (new Date(row.verification_expires_at).getTime() - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(23.9)
    expect(hours).toBeLessThanOrEqual(24)

    const verified = await send('/users/verify', { token }, from)
    expect(verified.status, JSON.stringify(verified.body)).toBe(200)
    expect((await login(email, PASSWORD, from)).status).toBe(200)
    const [after] = await sql(`select _verified, _verificationtoken from users where id = $1`, [id])
    expect(after).toEqual({ _verified: true, _verificationtoken: null })

    const again = await send('/users/verify', { token }, from)
    expect(again.status).toBe(400)
    expect(again.body.reason).toBe('used')
    expect(again.body.errors[0].field).toBe('token')

    const mine = new Set(['signup', 'verification-sent', 'email-verified'])
    const events = (await auditOf(id)).filter((e) => mine.has(e.type))
    expect(events.map((e) => e.type)).toEqual(['signup', 'verification-sent', 'email-verified'])
    expect(JSON.stringify(events)).not.toContain(token.split('.')[0])
  })

  it('refuses an expired link as expired, an altered one as invalid, and Payload’s old path too', async () => {
    const from = address()
    const { email, id } = await signUp(from)
    const token = tokenOf((await mailTo(email, /account\/verify/)).link)
    const [{ verification_expires_at: expires }] = await sql(
      `select verification_expires_at from users where id = $1`,
      [id],
    )
    await sql(`update users set verification_expires_at = now() - interval '1 second' where id = $1`, [id])
    const expired = await send('/users/verify', { token }, from)
    expect([expired.status, expired.body.reason]).toEqual([400, 'expired'])
    await sql(`update users set verification_expires_at = $2 where id = $1`, [id, expires])

    const [random, expiry, mac] = token.split('.') as [string, string, string]
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1)
    for (const altered of [
      `${flip(random)}.${expiry}.${mac}`,
      `${random}.${(parseInt(expiry, 36) + 86_400).toString(36)}.${mac}`,
      `${random}.${expiry}.${flip(mac)}`,
      token.slice(0, -3),
      'x',
      // A reset token is not a verification token.
      issueToken(payload.secret, 'reset').token,
    ]) {
      const res = await send('/users/verify', { token: altered }, from)
      expect([res.status, res.body.reason], altered).toEqual([400, 'invalid'])
    }
    // Payload's own routes of the same names run the same check.
    expect(
      (await send(`/users/verify/${encodeURIComponent(token.slice(0, -1))}`, {}, from)).body.reason,
    ).toBe('invalid')
    expect((await login(email, PASSWORD, from)).status).toBe(403)
    expect((await send(`/users/verify/${encodeURIComponent(token)}`, {}, from)).status).toBe(200)
    expect((await login(email, PASSWORD, from)).status).toBe(200)
  })

  it('only an admin sets _verified: no sign-up or member creates a pre-verified account', async () => {
    const from = address()
    const member = await createUser(payload, ['member'])
    const token = (await login(member.email, PASSWORD, from)).body.token as string
    const email = newEmail()
    const data = { email, password: PASSWORD, name: 'Made By A Member', _verified: true }
    expect((await send('/users', data, from, { authorization: `JWT ${token}` })).status).toBe(403)
    const signup = await send('/users/signup', data, from)
    expect(signup.status).toBe(400)
    expect(signup.body.errors[0].field).toBe('_verified')
    expect(await sql(`select id from users where email = $1`, [email])).toEqual([])
    const { email: waiting } = await signUp(from)
    const [row] = await sql(`select _verified from users where email = $1`, [waiting])
    expect(row._verified).toBe(false)
    expect((await login(waiting, PASSWORD, from)).status).toBe(403)
    // An unverified account's token (were it to have one) is no session: Payload's JWT strategy refuses it.
    await sql(`update users set _verified = true where email = $1`, [waiting])
    const early = (await login(waiting, PASSWORD, from)).body.token as string
    await sql(`update users set _verified = false where email = $1`, [waiting])
    expect((await getFrom('/users/me', early)).body.user ?? null).toBeNull()
  })

  it('a refused sign-in (unverified, wrong password) is an info line, not an error with a stack', async () => {
    const from = address()
    const { email } = await signUp(from)
    const errors = vi.spyOn(payload.logger, 'error')
    try {
      expect((await login(email, PASSWORD, from)).status).toBe(403)
      expect((await login(email, `${PASSWORD}-wrong`, from)).status).toBe(401)
      expect(errors).not.toHaveBeenCalled()
    } finally {
      errors.mockRestore()
    }
  })

  it('resend: the same answer for unknown, verified and waiting emails; a new link replaces the old; limited', async () => {
    const from = address()
    const waiting = await signUp(from)
    const first = tokenOf((await mailTo(waiting.email, /account\/verify/)).link)
    const verified = await createUser(payload, ['member'])
    const answers: Answer[] = []
    for (const email of [newEmail(), verified.email, waiting.email])
      answers.push(await send('/users/resend-verification', { email, locale: 'ps' }, from))
    const shape = (a: Answer) => ({ status: a.status, body: a.body })
    expect(answers.map(shape)).toEqual(Array(3).fill(shape(answers[0]!)))
    expect(answers[0]!.status).toBe(200)

    const mark = sink.received.length
    const { mail, link } = await mailTo(waiting.email, /account\/verify/, mark)
    expect(mail.mail.subject).toBe('د حجره لپاره خپله برېښنالیک پته تایید کړئ')
    expect(link.pathname).toBe('/ps/account/verify')
    // Nothing went to the verified or the unknown address.
    expect(sink.received.some((m) => m.envelope.to.includes(verified.email))).toBe(false)
    expect((await send('/users/verify', { token: first }, from)).body.reason).toBe('used')

    const perAccount = AUTH_LIMITS.resend.perAccountAndAddress!.points
    const statuses: number[] = []
    for (let i = 1; i <= perAccount; i++)
      statuses.push((await send('/users/resend-verification', { email: waiting.email }, from)).status)
    expect(statuses.slice(0, perAccount - 1).every((s) => s === 200)).toBe(true)
    const refused = await send('/users/resend-verification', { email: waiting.email }, from)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect((await send('/users/verify', { token: tokenOf(link) }, from)).body.reason).toBe('used')
  })

  it('accounts the server creates are verified; those an admin creates get a verification mail to the site', async () => {
    const from = address()
    const seeded = await createUser(payload, ['editor'])
    expect((await login(seeded.email, PASSWORD, from)).status).toBe(200)
    const [seededRow] = await sql(`select _verified, _verificationtoken from users where id = $1`, [
      seeded.id,
    ])
    expect(seededRow).toEqual({ _verified: true, _verificationtoken: null })

    const admin = await createUser(payload, ['admin'])
    const adminToken = (await login(admin.email, PASSWORD, from)).body.token
    const email = newEmail()
    const created = await send(
      '/users',
      { email, password: PASSWORD, name: 'New Editor', roles: ['editor'] },
      from,
      {
        authorization: `JWT ${adminToken}`,
      },
    )
    expect(created.status).toBe(201)
    expect((await login(email, PASSWORD, from)).status).toBe(403)
    const { link } = await mailTo(email, /account\/verify/)
    expect(link.origin).toBe(SITE_URL)
    expect((await auditOf(created.body.doc.id))[0]).toMatchObject({
      type: 'signup',
      diff: { createdBy: { to: 'admin' } },
    })
  })
})

describe('forgot and reset password', { timeout: 180_000 }, () => {
  it('mails a site link built from SITE_URL (a forged Host changes nothing); the reset ends every session, signs nobody in, works once', async () => {
    const from = address()
    const user = await createUser(payload, ['member'])
    const before = (await login(user.email, PASSWORD, from)).body.token as string
    const other = (await login(user.email, PASSWORD, from)).body.token as string
    expect((await getFrom('/users/me', before)).body.user?.id).toBe(user.id)

    const asked = await send('/users/forgot-password', { email: user.email, locale: 'en' }, from, {
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      ...vouched('198.51.100.77'),
    })
    expect(asked.status).toBe(200)
    const { link } = await mailTo(user.email, /account\/reset/)
    expect(link.origin).toBe(SITE_URL)
    expect(link.pathname).toBe('/account/reset')
    const token = tokenOf(link)

    const [row] = await sql(
      `select reset_password_token, reset_password_expiration, row_to_json(users)::text as whole from users where id = $1`,
      [user.id],
    )
    expect(row.reset_password_token).toBe(sha256(token))
    expect(row.whole).not.toContain(token.split('.')[0])
    const minutes = (new Date(row.reset_password_expiration).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(29.5)
    expect(minutes).toBeLessThanOrEqual(30)

    // The password rule holds, and a refused password leaves the link usable.
    const weak = await send('/users/reset-password', { token, password: 'password1234' }, from)
    expect(weak.status).toBe(400)
    expect(weak.body.errors[0].field).toBe('password')

    const reset = await send('/users/reset-password', { token, password: NEW_PASSWORD }, from)
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect(reset.body.token).toBeUndefined()
    expect(reset.body.user).toBeUndefined()
    expect(reset.headers['set-cookie']).toBeUndefined()
    // Every session is gone: tokens issued before the reset no longer identify anyone.
    expect((await getFrom('/users/me', before)).body.user ?? null).toBeNull()
    expect((await getFrom('/users/me', other)).body.user ?? null).toBeNull()
    expect(await sql(`select id from users_sessions where _parent_id = $1`, [user.id])).toEqual([])

    const again = await send('/users/reset-password', { token, password: 'another-walnut-harbour-7' }, from)
    expect([again.status, again.body.reason]).toEqual([400, 'used'])
    expect((await login(user.email, PASSWORD, from)).status).toBe(401)
    expect((await login(user.email, NEW_PASSWORD, from)).status).toBe(200)

    const changed = await mailTo(user.email, /account\/forgot/)
    expect(changed.mail.mail.subject).toBe('Your Hujra password was changed')
    const events = (await auditOf(user.id)).map((e) => e.type)
    expect(events).toEqual(expect.arrayContaining(['password-reset-requested', 'password-reset']))
  })

  it('a reset link works 30 minutes: moved past its expiry in the database, it is refused as expired', async () => {
    const from = address()
    const user = await createUser(payload, ['member'])
    await send('/users/forgot-password', { email: user.email }, from)
    const token = tokenOf((await mailTo(user.email, /account\/reset/)).link)
    await sql(`update users set reset_password_expiration = now() - interval '1 second' where id = $1`, [
      user.id,
    ])
    const res = await send('/users/reset-password', { token, password: NEW_PASSWORD }, from)
    expect([res.status, res.body.reason]).toEqual([400, 'expired'])
    const altered = await send(
      '/users/reset-password',
      { token: `${token.slice(0, 10)}A${token.slice(11)}`, password: NEW_PASSWORD },
      from,
    )
    expect([altered.status, altered.body.reason]).toEqual([400, 'invalid'])
  })

  it('leads staff who asked outside the site to the admin (SERVER_URL), and verifies an address on reset', async () => {
    const from = address()
    const editor = await createUser(payload, ['editor'])
    await send('/users/forgot-password', { email: editor.email }, from)
    const { link } = await mailTo(editor.email, /admin\/reset/)
    expect(link.origin).toBe(SERVER_URL)
    expect(link.pathname).toMatch(/^\/admin\/reset\/[A-Za-z0-9_.-]+$/)

    const waiting = await signUp(from)
    await send('/users/forgot-password', { email: waiting.email }, from)
    const token = tokenOf((await mailTo(waiting.email, /account\/reset/)).link)
    expect((await send('/users/reset-password', { token, password: NEW_PASSWORD }, from)).status).toBe(200)
    expect((await login(waiting.email, NEW_PASSWORD, from)).status).toBe(200)
  })

  it('takes the admin’s own forms (multipart with the fields in _payload), as its forgot and reset views send them', async () => {
    const editor = await createUser(payload, ['editor'])
    const form = (fields: Record<string, string>) => {
      const body = new FormData()
      body.set('_payload', JSON.stringify(fields))
      return body
    }
    const post = (path: string, fields: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/api${path}`, { method: 'POST', body: form(fields) })
    const mark = sink.received.length
    expect((await post('/users/forgot-password', { email: editor.email })).status).toBe(200)
    const { link } = await mailTo(editor.email, /admin\/reset/, mark)
    const token = tokenOf(link)
    const reset = await post('/users/reset-password', {
      token,
      password: NEW_PASSWORD,
      'confirm-password': NEW_PASSWORD,
    })
    expect(reset.status).toBe(200)
    expect(reset.headers.get('set-cookie')).toBeNull()
    expect((await login(editor.email, NEW_PASSWORD, address())).status).toBe(200)
  })

  it('answers a known and an unknown email the same, and records only the known one', async () => {
    const from = address()
    const user = await createUser(payload, ['member'])
    const known = await send('/users/forgot-password', { email: user.email }, from)
    const nobody = newEmail()
    const unknown = await send('/users/forgot-password', { email: nobody }, from)
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body })
    const events = await sql(
      `select actor_email from audit_events where type = 'password-reset-requested' and actor_email in ($1, $2)`,
      [user.email, nobody],
    )
    expect(events).toEqual([{ actor_email: user.email }])
  })

  it(
    'takes as long for an unknown email as for a known one (30 of each, interleaved)',
    { retry: 2 },
    async () => {
      const known: number[] = []
      const unknown: number[] = []
      // One account, asked for from a reader address of its own each time (vouched, as the site sends them): no limit applies.
      const user = await createUser(payload, ['member'])
      await send('/users/forgot-password', { email: newEmail() }, '127.0.1.200', vouched('10.98.0.1'))
      for (let i = 0; i < 30; i++) {
        const pair = [
          () =>
            send('/users/forgot-password', { email: user.email }, '127.0.1.200', vouched(`10.98.1.${i + 1}`)),
          () =>
            send('/users/forgot-password', { email: newEmail() }, '127.0.1.200', vouched(`10.98.2.${i + 1}`)),
        ] as const
        const [a, b] = i % 2 ? [1, 0] : [0, 1]
        const first = await pair[a]!()
        const second = await pair[b]!()
        ;(a === 0 ? known : unknown).push(first.ms)
        ;(b === 0 ? known : unknown).push(second.ms)
        expect([first.status, second.status]).toEqual([200, 200])
      }
      expect(median(known)).toBeGreaterThanOrEqual(FORGOT_FLOOR_MS)
      expect(
        Math.abs(median(known) - median(unknown)),
        `medians ${median(known)} / ${median(unknown)}`,
      ).toBeLessThan(25)
      expect(Math.abs(mannWhitneyZ(known, unknown)), `known ${known} unknown ${unknown}`).toBeLessThan(3.3)
    },
  )
})

describe('GraphQL and the Local API', { timeout: 120_000 }, () => {
  const gql = (query: string, variables: Record<string, unknown>, from: string) =>
    send('/graphql', { query, variables }, from)

  it('forgotPasswordUser, resetPasswordUser and verifyEmailUser take the same path, and sign nobody in', async () => {
    const from = address()
    const user = await createUser(payload, ['member'])
    const session = (await login(user.email, PASSWORD, from)).body.token as string
    const asked = await gql(
      'mutation($e: String!) { forgotPasswordUser(email: $e) }',
      { e: user.email },
      from,
    )
    expect(asked.body.data.forgotPasswordUser).toBe(true)
    const token = tokenOf((await mailTo(user.email, /account\/reset/)).link)
    const [row] = await sql(`select reset_password_token from users where id = $1`, [user.id])
    expect(row.reset_password_token).toBe(sha256(token))

    // Payload's own resolver would have matched the plain token and returned a session.
    const weak = await gql(
      'mutation($t: String!, $p: String!) { resetPasswordUser(token: $t, password: $p) { token } }',
      { t: token, p: 'password1234' },
      from,
    )
    expect(weak.body.errors[0].extensions.statusCode).toBe(400)
    const reset = await gql(
      'mutation($t: String!, $p: String!) { resetPasswordUser(token: $t, password: $p) { token user { id } } }',
      { t: token, p: NEW_PASSWORD },
      from,
    )
    expect(reset.body.data.resetPasswordUser).toEqual({ token: null, user: null })
    expect(reset.headers['set-cookie']).toBeUndefined()
    expect((await getFrom('/users/me', session)).body.user ?? null).toBeNull()
    const reused = await gql(
      'mutation($t: String!, $p: String!) { resetPasswordUser(token: $t, password: $p) { token } }',
      { t: token, p: 'another-walnut-harbour-7' },
      from,
    )
    expect(reused.body.errors[0].message).toMatch(/already used/)

    const waiting = await signUp(from)
    const verifyToken = tokenOf((await mailTo(waiting.email, /account\/verify/)).link)
    const [stored] = await sql(`select _verificationtoken from users where id = $1`, [waiting.id])
    // Neither the stored hash nor an empty token verifies anyone.
    for (const t of [stored._verificationtoken, ''])
      expect(
        (await gql('mutation($t: String!) { verifyEmailUser(token: $t) }', { t }, from)).body.errors[0]
          .extensions.statusCode,
      ).toBe(400)
    const ok = await gql('mutation($t: String!) { verifyEmailUser(token: $t) }', { t: verifyToken }, from)
    expect(ok.body.data.verifyEmailUser).toBe(true)
    expect((await login(waiting.email, PASSWORD, from)).status).toBe(200)
  })

  it('refuses Payload’s own forgotPassword and resetPassword through the Local API', async () => {
    const user = await createUser(payload, ['member'])
    await expect(
      payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true }),
    ).rejects.toThrow(/forgot-password/)
    await expect(
      payload.resetPassword({
        collection: 'users',
        data: { token: 'x', password: NEW_PASSWORD },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/reset-password/)
    expect(config().SITE_URL).toBe(SITE_URL)
  })
})
