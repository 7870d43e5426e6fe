import type { Payload } from 'payload'

import { generate } from 'otplib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { AUTH_LIMITS, resetAuthLimits } from '../../collections/users/authLimits'
import { decryptSecret, forgetTwoFactorKeys } from '../../collections/users/twoFactor/keys'
import { forgetRequiredRoles } from '../../collections/users/twoFactor/policy'
import { MAIL_TOPIC } from '../../plugins/mail'
import { resetConfig } from '../../utilities/config'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'

/**
 * TOTP two-factor through Payload's real REST and GraphQL handlers: real
 * otplib codes, the tables read with SQL, each client its own address and
 * user agent (X-Forwarded-For, believed at its right-most hop with no
 * trusted proxy, as in production without one).
 */
let payload: Payload
let ipCounter = 10

const sql = async (text: string, params: unknown[] = []) => (await payload.db.pool.query(text, params)).rows

/** A client of its own: a fresh address unless given, a browser of its own. */
const clientAt = (ip = `10.0.${++ipCounter}.1`, ua = 'Mozilla/5.0 (Test) Browser/1', token?: string) =>
  new ApiClient(token, { 'x-forwarded-for': ip, 'user-agent': ua })

const codeAt = (secret: string, stepsFromNow = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsFromNow * 30 })

type User = Awaited<ReturnType<typeof createUser>>

const sessionsOf = async (userId: number) =>
  Number((await sql('select count(*)::int as n from users_sessions where _parent_id = $1', [userId]))[0].n)

const meOf = async (client: ApiClient) => (await client.get('/users/me')).body?.user ?? null

const eventsOf = async (type: string, subjectId: number) =>
  (
    await payload.find({
      collection: 'audit-events',
      where: { type: { equals: type }, subjectId: { equals: String(subjectId) } },
      overrideAccess: true,
      limit: 100,
      depth: 0,
    })
  ).docs

const setRequiredRoles = async (roles: string[]) => {
  await payload.updateGlobal({
    slug: 'settings',
    data: { twoFactorRequiredRoles: roles as never },
    overrideAccess: true,
  })
  forgetRequiredRoles()
}

/** A user with two-factor set up from their account, with the secret and recovery codes they were shown. */
const enrolled = async (roles: User['roles'] = ['member']) => {
  const user = await createUser(payload, roles as never)
  const client = clientAt()
  const signedIn = await client.login(user.email, PASSWORD)
  const started = await signedIn.post('/users/two-factor/enrol/start', {})
  expect(started.status).toBe(200)
  const secret = started.body.secret as string
  const confirmed = await signedIn.post('/users/two-factor/enrol/confirm', { code: await codeAt(secret) })
  expect(confirmed.status).toBe(200)
  return { user, secret, recoveryCodes: confirmed.body.recoveryCodes as string[], client, signedIn }
}

/** The first step of a sign-in: the password, answered with a challenge. */
const passwordStep = async (client: ApiClient, user: User) => {
  const answer = await client.post('/users/login', { email: user.email, password: PASSWORD })
  expect(answer.status).toBe(200)
  return answer
}

beforeAll(async () => {
  delete process.env.REDIS_URL
  delete process.env.AUTH_TRUSTED_PROXIES
  delete process.env.ENABLE_2FA
  resetConfig()
  payload = await getTestPayload()
  await resetAuthLimits({ keyPrefix: `hujra-test:2fa:${unique()}` })
})

beforeEach(async () => {
  await setRequiredRoles([])
})

afterAll(async () => {
  // The worker's database is shared with the files after this one: no role may stay required.
  if (payload) await setRequiredRoles([])
  await resetAuthLimits()
  delete process.env.ENABLE_2FA
  resetConfig()
})

describe('enrolment', { timeout: 60_000 }, () => {
  it('shows the key as text, an otpauth address and a QR code drawn here, and ten recovery codes once', async () => {
    const user = await createUser(payload, ['member'])
    const signedIn = await clientAt().login(user.email, PASSWORD)
    const elsewhere = await clientAt().login(user.email, PASSWORD)
    const started = await signedIn.post('/users/two-factor/enrol/start', {})
    expect(started.status).toBe(200)
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(started.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Hujra:.+\?secret=[A-Z2-7]+.*issuer=Hujra/)
    expect(started.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(started.body.qrSvg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
    // Not on until a code from the app confirms it.
    expect((await signedIn.get('/users/two-factor')).body.enabled).toBe(false)
    expect((await signedIn.post('/users/two-factor/enrol/confirm', { code: '000000' })).status).toBe(401)
    const confirmed = await signedIn.post('/users/two-factor/enrol/confirm', {
      code: await codeAt(started.body.secret),
    })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.recoveryCodes).toHaveLength(10)
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10)
    // The session that confirmed goes on; the one elsewhere never passed a second factor and ends.
    expect((await meOf(signedIn))?.id).toBe(user.id)
    expect(await meOf(elsewhere)).toBeNull()
    const status = await signedIn.get('/users/two-factor')
    expect(status.body).toMatchObject({ enabled: true, required: false, recoveryCodesLeft: 10 })
    expect(JSON.stringify(status.body)).not.toContain(confirmed.body.recoveryCodes[0])
    expect(await eventsOf('two-factor-enrolled', user.id)).toHaveLength(1)
    // Starting again once on is refused: turning it off comes first.
    expect((await signedIn.post('/users/two-factor/enrol/start', {})).status).toBe(409)
  })
})

describe('from the account', { timeout: 60_000 }, () => {
  it('regenerates the recovery codes with a current code; the old ones stop working', async () => {
    const { user, secret, recoveryCodes, signedIn } = await enrolled()
    expect((await signedIn.post('/users/two-factor/recovery-codes', { code: '000000' })).status).toBe(401)
    const fresh = await signedIn.post('/users/two-factor/recovery-codes', { code: await codeAt(secret, 1) })
    expect(fresh.status).toBe(200)
    expect(fresh.body.recoveryCodes).toHaveLength(10)
    const client = clientAt()
    const challenge = (await passwordStep(client, user)).body.twoFactor.challenge
    // The old codes stopped working; the new ones work.
    expect(
      (await client.post('/users/two-factor/verify', { challenge, recoveryCode: recoveryCodes[0] })).status,
    ).toBe(401)
    expect(
      (
        await client.post('/users/two-factor/verify', {
          challenge,
          recoveryCode: fresh.body.recoveryCodes[0],
        })
      ).status,
    ).toBe(200)
  })

  it('turns two-factor off with a current code; then the password alone signs in again', async () => {
    const { user, secret, signedIn } = await enrolled()
    expect((await signedIn.post('/users/two-factor/disable', { code: '000000' })).status).toBe(401)
    // Older than the code enrolment took.
    expect(
      (await signedIn.post('/users/two-factor/disable', { code: await codeAt(secret, -1) })).status,
    ).toBe(401)
    expect((await signedIn.post('/users/two-factor/disable', { code: await codeAt(secret, 1) })).status).toBe(
      200,
    )
    expect((await passwordStep(clientAt(), user)).body.token).toEqual(expect.any(String))
    expect(await sql('select 1 from two_factor_recovery_codes where user_id = $1', [user.id])).toHaveLength(0)
    expect(await sql('select 1 from two_factor_credentials where user_id = $1', [user.id])).toHaveLength(0)
  })

  it('answers a bad body with 400 naming the field', async () => {
    const user = await createUser(payload, ['member'])
    const signedIn = await clientAt().login(user.email, PASSWORD)
    const bad = await signedIn.post('/users/two-factor/enrol/confirm', { code: '12ab56' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0]).toMatchObject({ field: 'code' })
    const both = await clientAt().post('/users/two-factor/verify', {
      challenge: 'x'.repeat(40),
      code: '123456',
      recoveryCode: 'aaaa-bbbb-cccc',
    })
    expect(both.status).toBe(400)
    expect((await clientAt().post('/users/two-factor/verify', { challenge: 'x'.repeat(40) })).status).toBe(
      400,
    )
    expect((await clientAt().get('/users/two-factor')).status).toBe(401)
  })
})

describe('sign-in', { timeout: 60_000 }, () => {
  it('gives no token and no session for the password alone, then a working session for the code', async () => {
    const { user, secret } = await enrolled()
    const client = clientAt()
    const before = await sessionsOf(user.id)
    const first = await passwordStep(client, user)
    expect(first.body.token).toBeUndefined()
    expect(first.body.user).toBeNull()
    expect(first.body.twoFactor).toMatchObject({ step: 'verify' })
    expect(typeof first.body.twoFactor.challenge).toBe('string')
    const cookies = first.headers.getSetCookie()
    expect(cookies.some((c) => /^payload-token=;/.test(c))).toBe(true)
    expect(cookies.some((c) => /^hujra-two-factor=[^;]+;.*HttpOnly/.test(c))).toBe(true)
    expect(await sessionsOf(user.id)).toBe(before)

    const verified = await client.post('/users/two-factor/verify', {
      challenge: first.body.twoFactor.challenge,
      code: await codeAt(secret, 1),
    })
    expect(verified.status).toBe(200)
    expect(verified.body.user.id).toBe(user.id)
    expect(typeof verified.body.exp).toBe('number')
    expect(
      verified.headers.getSetCookie().some((c) => c.startsWith(`payload-token=${verified.body.token}`)),
    ).toBe(true)
    expect((await meOf(clientAt(undefined, undefined, verified.body.token)))?.id).toBe(user.id)
    expect(await sessionsOf(user.id)).toBe(before + 1)
    expect(await eventsOf('two-factor-used', user.id)).toHaveLength(1)
  })

  it('accepts a code once: the same code, or an older one still within the window, is refused', async () => {
    const { user, secret } = await enrolled()
    const client = clientAt()
    const next = await codeAt(secret, 1)
    const one = (await passwordStep(client, user)).body.twoFactor.challenge
    expect((await client.post('/users/two-factor/verify', { challenge: one, code: next })).status).toBe(200)
    const two = (await passwordStep(client, user)).body.twoFactor.challenge
    const replay = await client.post('/users/two-factor/verify', { challenge: two, code: next })
    expect(replay.status).toBe(401)
    expect(replay.body.errors[0]).toMatchObject({ field: 'code' })
    // The current step's code is older than the one accepted: refused too.
    expect(
      (await client.post('/users/two-factor/verify', { challenge: two, code: await codeAt(secret) })).status,
    ).toBe(401)
  })

  it('counts wrong codes toward the limit: 429 with Retry-After, then even the right code waits', async () => {
    const { user, secret } = await enrolled()
    const client = clientAt()
    const challenge = (await passwordStep(client, user)).body.twoFactor.challenge
    const right = await codeAt(secret)
    const wrong = right === '123456' ? '654321' : '123456'
    const limit = AUTH_LIMITS.twoFactor.perAccountAndAddress!.points
    for (let i = 0; i < limit; i++) {
      expect((await client.post('/users/two-factor/verify', { challenge, code: wrong })).status).toBe(401)
    }
    const refused = await client.post('/users/two-factor/verify', { challenge, code: right })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await eventsOf('two-factor-failed', user.id)).length).toBe(limit)
  })

  it('binds the second step to the client that passed the password, once, for five minutes', async () => {
    const { user, secret, recoveryCodes } = await enrolled()
    const ip = `10.1.${++ipCounter}.1`
    const here = clientAt(ip, 'Browser A')
    const challenge = (await passwordStep(here, user)).body.twoFactor.challenge
    // The step after the one enrolment used.
    const code = await codeAt(secret, 1)
    const elsewhere = await clientAt(`10.2.${ipCounter}.1`, 'Browser A').post('/users/two-factor/verify', {
      challenge,
      code,
    })
    expect(elsewhere.status).toBe(401)
    expect(elsewhere.body.errors[0]).toMatchObject({ field: 'challenge' })
    expect(
      (await clientAt(ip, 'Browser B').post('/users/two-factor/verify', { challenge, code })).status,
    ).toBe(401)
    expect((await here.post('/users/two-factor/verify', { challenge, code })).status).toBe(200)
    // Used: a second session cannot come from it.
    const again = await here.post('/users/two-factor/verify', { challenge, recoveryCode: 'aaaa-bbbb-cccc' })
    expect(again.status).toBe(401)
    expect(again.body.errors[0]).toMatchObject({ field: 'challenge' })

    const late = (await passwordStep(here, user)).body.twoFactor.challenge
    await sql(
      `update two_factor_challenges set expires_at = now() - interval '1 second' where user_id = $1 and used_at is null`,
      [user.id],
    )
    expect(
      (await here.post('/users/two-factor/verify', { challenge: late, recoveryCode: recoveryCodes[0] }))
        .status,
    ).toBe(401)
  })

  it('takes each recovery code once, and keeps them only as keyed hashes', async () => {
    const { user, recoveryCodes } = await enrolled()
    const rows = await sql('select code_hash, used_at from two_factor_recovery_codes where user_id = $1', [
      user.id,
    ])
    expect(rows).toHaveLength(10)
    const stored = JSON.stringify(rows)
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code)
      expect(stored).not.toContain(code.replace(/-/g, ''))
    }
    const client = clientAt()
    const one = (await passwordStep(client, user)).body.twoFactor.challenge
    // Typed in capitals with spaces: still the code.
    const used = await client.post('/users/two-factor/verify', {
      challenge: one,
      recoveryCode: recoveryCodes[3]!.toUpperCase().replace(/-/g, ' '),
    })
    expect(used.status).toBe(200)
    expect(used.body.recoveryCodesLeft).toBe(9)
    const two = (await passwordStep(client, user)).body.twoFactor.challenge
    expect(
      (await client.post('/users/two-factor/verify', { challenge: two, recoveryCode: recoveryCodes[3] }))
        .status,
    ).toBe(401)
    expect(
      (await client.post('/users/two-factor/verify', { challenge: two, recoveryCode: recoveryCodes[4] }))
        .status,
    ).toBe(200)
    const events = await eventsOf('recovery-code-used', user.id)
    expect(events).toHaveLength(2)
    expect(JSON.stringify(events)).not.toContain(recoveryCodes[3])
  })

  it('stores the secret encrypted (AES-256-GCM) under TWO_FACTOR_KEY', async () => {
    const { user, secret } = await enrolled()
    const [row] = await sql('select secret from two_factor_credentials where user_id = $1', [user.id])
    expect(row.secret).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(row.secret).not.toContain(secret)
    expect(decryptSecret(row.secret)).toBe(secret)
    process.env.TWO_FACTOR_KEY = `another-key-of-at-least-32-chars-${unique()}`
    resetConfig()
    forgetTwoFactorKeys()
    try {
      expect(() => decryptSecret(row.secret)).toThrow()
    } finally {
      delete process.env.TWO_FACTOR_KEY
      resetConfig()
      forgetTwoFactorKeys()
    }
  })

  it('over GraphQL gives no token: the challenge comes in the error, and no session is left', async () => {
    const { user, secret } = await enrolled()
    const client = clientAt()
    const before = await sessionsOf(user.id)
    const answer = await client.graphql(
      'mutation($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token exp user { id } } }',
      { e: user.email, p: PASSWORD },
    )
    expect(answer.body.data?.loginUser ?? null).toBeNull()
    const error = answer.body.errors[0]
    expect(error.extensions.name).toBe('TwoFactorRequired')
    expect(answer.headers.getSetCookie().some((c) => /^payload-token=[^;]+/.test(c))).toBe(false)
    expect(await sessionsOf(user.id)).toBe(before)
    const verified = await client.post('/users/two-factor/verify', {
      challenge: error.extensions.data.twoFactor.challenge,
      code: await codeAt(secret, 1),
    })
    expect(verified.status).toBe(200)
  })
})

describe('no API reaches the two-factor data', { timeout: 60_000 }, () => {
  it('is in no answer or token, and no REST, GraphQL or Local API write changes it', async () => {
    const { user, secret, recoveryCodes, client } = await enrolled()
    const challenge = (await passwordStep(client, user)).body.twoFactor.challenge
    const session = await client.post('/users/two-factor/verify', {
      challenge,
      code: await codeAt(secret, 1),
    })
    const me = clientAt(undefined, undefined, session.body.token)
    const [credentials] = await sql('select * from two_factor_credentials where user_id = $1', [user.id])
    const leaks = [secret, credentials.secret, recoveryCodes[0]!]
    const claims = Buffer.from(session.body.token.split('.')[1], 'base64url').toString()
    for (const text of [
      JSON.stringify(session.body),
      JSON.stringify((await me.get('/users/me')).body),
      claims,
    ]) {
      for (const leak of leaks) expect(text).not.toContain(leak)
      expect(text).not.toMatch(/twoFactor(Secret|EnabledAt|LastStep)|recoveryCodes/)
    }
    const full = await payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    for (const leak of leaks) expect(JSON.stringify(full)).not.toContain(leak)

    const writes = {
      twoFactorSecret: 'JBSWY3DPEHPK3PXP',
      twoFactorEnabledAt: null,
      secret: 'x',
      recoveryCodes: [],
    }
    expect((await me.patch(`/users/${user.id}`, writes)).status).toBeLessThan(500)
    const gql = await me.graphql(
      `mutation { updateUser(id: ${user.id}, data: { twoFactorSecret: "x" }) { id } }`,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const read = await me.graphql(`{ User(id: ${user.id}) { id twoFactorSecret } }`)
    expect(read.body.errors?.length).toBeGreaterThan(0)
    await payload
      .update({
        collection: 'users',
        id: user.id,
        data: writes as never,
        overrideAccess: false,
        user: { ...full, collection: 'users' },
      })
      .catch(() => undefined)
    const [after] = await sql('select * from two_factor_credentials where user_id = $1', [user.id])
    expect(after).toEqual(credentials)
    expect(
      Number(
        (
          await sql('select count(*)::int as n from two_factor_recovery_codes where user_id = $1', [user.id])
        )[0].n,
      ),
    ).toBe(10)
  })
})

describe('enforcement per role', { timeout: 90_000 }, () => {
  it('sends a user of a required role to enrolment at sign-in, and signs them in only after it', async () => {
    await setRequiredRoles(['editor'])
    const editor = await createUser(payload, ['editor'])
    const client = clientAt()
    const first = await passwordStep(client, editor)
    expect(first.body.token).toBeUndefined()
    expect(first.body.twoFactor.step).toBe('enrol')
    const challenge = first.body.twoFactor.challenge
    // The enrolment challenge is no verify challenge.
    expect((await client.post('/users/two-factor/verify', { challenge, code: '123456' })).status).toBe(401)
    expect((await clientAt().post('/users/two-factor/enrol/start', { challenge })).status).toBe(401)
    const started = await client.post('/users/two-factor/enrol/start', { challenge })
    expect(started.status).toBe(200)
    const confirmed = await client.post('/users/two-factor/enrol/confirm', {
      challenge,
      code: await codeAt(started.body.secret),
    })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.recoveryCodes).toHaveLength(10)
    const signedIn = clientAt(undefined, undefined, confirmed.body.token)
    expect((await meOf(signedIn))?.id).toBe(editor.id)
    // Required: they cannot turn it off themselves.
    expect(
      (await signedIn.post('/users/two-factor/disable', { code: await codeAt(started.body.secret, 1) }))
        .status,
    ).toBe(403)
    // Members are not asked.
    const member = await createUser(payload, ['member'])
    expect((await passwordStep(clientAt(), member)).body.token).toEqual(expect.any(String))
  })

  it('signs out whoever of a role is signed in without a second factor when the role becomes required', async () => {
    const editor = await createUser(payload, ['editor'])
    const moderator = await createUser(payload, ['moderator'])
    const editorClient = await clientAt().login(editor.email, PASSWORD)
    const moderatorClient = await clientAt().login(moderator.email, PASSWORD)
    const { user: enrolledEditor, secret } = await enrolled(['editor'])
    const c = clientAt()
    const verified = await c.post('/users/two-factor/verify', {
      challenge: (await passwordStep(c, enrolledEditor)).body.twoFactor.challenge,
      code: await codeAt(secret, 1),
    })
    const enrolledClient = clientAt(undefined, undefined, verified.body.token)
    expect((await meOf(editorClient))?.id).toBe(editor.id)

    const admin = await new ApiClient().login((await createUser(payload, ['admin'])).email, PASSWORD)
    // Only admins may set it.
    expect(
      (await moderatorClient.post('/globals/settings', { twoFactorRequiredRoles: ['moderator'] })).status,
    ).toBe(403)
    const saved = await admin.post('/globals/settings', { twoFactorRequiredRoles: ['editor'] })
    expect(saved.status).toBe(200)
    forgetRequiredRoles()
    expect(await meOf(editorClient)).toBeNull()
    expect(await sessionsOf(editor.id)).toBe(0)
    expect((await meOf(enrolledClient))?.id).toBe(enrolledEditor.id)
    expect((await meOf(moderatorClient))?.id).toBe(moderator.id)

    // A role given later has the same effect.
    await admin.patch(`/users/${moderator.id}`, { roles: ['editor'] })
    expect(await meOf(moderatorClient)).toBeNull()
  })

  it('ends a session of a required role that came by another path than the second factor', async () => {
    await setRequiredRoles(['editor'])
    const editor = await createUser(payload, ['editor'])
    // The server's own Local API login is trusted and gets a session without a second factor.
    const { token } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: PASSWORD },
    })
    expect(await sessionsOf(editor.id)).toBe(1)
    expect(await meOf(clientAt(undefined, undefined, token))).toBeNull()
    expect(await sessionsOf(editor.id)).toBe(0)
  })
})

describe('admin reset', { timeout: 60_000 }, () => {
  it('lets an admin reset a user’s two-factor: audited, mailed, sessions ended, enrolment again', async () => {
    const { user, secret, signedIn } = await enrolled()
    const adminUser = await createUser(payload, ['admin'])
    const admin = await new ApiClient().login(adminUser.email, PASSWORD)
    const editor = await new ApiClient().login((await createUser(payload, ['editor'])).email, PASSWORD)
    expect((await admin.get(`/users/${user.id}/two-factor`)).body).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    })
    expect((await editor.post(`/users/${user.id}/two-factor/reset`, {})).status).toBe(403)
    expect((await new ApiClient().post(`/users/${user.id}/two-factor/reset`, {})).status).toBe(401)
    expect((await signedIn.post(`/users/${user.id}/two-factor/reset`, {})).status).toBe(403)

    const reset = await admin.post(`/users/${user.id}/two-factor/reset`, {})
    expect(reset.status).toBe(200)
    expect(await sql('select 1 from two_factor_credentials where user_id = $1', [user.id])).toHaveLength(0)
    expect(await sql('select 1 from two_factor_recovery_codes where user_id = $1', [user.id])).toHaveLength(0)
    expect(await meOf(signedIn)).toBeNull()
    const [event] = await eventsOf('two-factor-reset', user.id)
    expect(event).toMatchObject({ actor: adminUser.id })
    expect(JSON.stringify(event)).not.toContain(secret)
    const mail = await sql(`select payload from outbox where topic = $1 and payload->>'to' = $2`, [
      MAIL_TOPIC,
      user.email,
    ])
    expect(mail).toHaveLength(1)
    expect(mail[0].payload).toMatchObject({ template: 'two-factor-reset', to: user.email })
    // Signed in with the password alone again (not required for members).
    expect((await passwordStep(clientAt(), user)).body.token).toEqual(expect.any(String))
  })
})

describe('ENABLE_2FA=false', { timeout: 60_000 }, () => {
  it('turns the feature off: no challenge, the endpoints answer 404, nothing is enforced', async () => {
    const { user } = await enrolled()
    await setRequiredRoles(['editor'])
    const editor = await createUser(payload, ['editor'])
    process.env.ENABLE_2FA = 'false'
    resetConfig()
    try {
      const answer = await passwordStep(clientAt(), user)
      expect(answer.body.token).toEqual(expect.any(String))
      expect(answer.body.twoFactor).toBeUndefined()
      const signedIn = clientAt(undefined, undefined, answer.body.token)
      expect((await signedIn.get('/users/two-factor')).status).toBe(404)
      expect((await signedIn.post('/users/two-factor/enrol/start', {})).status).toBe(404)
      expect(
        (await signedIn.post('/users/two-factor/verify', { challenge: 'x'.repeat(40), code: '123456' }))
          .status,
      ).toBe(404)
      const editorSession = await passwordStep(clientAt(), editor)
      expect((await meOf(clientAt(undefined, undefined, editorSession.body.token)))?.id).toBe(editor.id)
    } finally {
      delete process.env.ENABLE_2FA
      resetConfig()
    }
  })
})
