import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetAuthLimits } from '../../collections/users/authLimits'
import { passwordProblem } from '../../collections/users/passwordPolicy'
import { Users } from '../../collections/Users'
import { PASSWORD_MAX, PASSWORD_MIN, passwordRule } from '../../site/src/i18n/passwordRule'
import { PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { type ApiResponse, ApiClient, anonymous } from '../helpers/rest'

/**
 * The password rule (12–128 characters, not a common password, not holding
 * the email or the name), as every way of setting a password meets it: sign
 * up, change and reset, over REST and GraphQL; and the rule's text as the
 * admin and the site show it.
 */
let payload: Payload

/** Each call from an address of its own, so the sign-in limits never get in the way here. */
let next = 0
const client = (token?: string) =>
  new ApiClient(token, { 'x-forwarded-for': `10.20.${Math.floor(++next / 250)}.${next % 250}` })

const BAD = {
  short: 'kite-rug-sky'.slice(0, PASSWORD_MIN - 1),
  long: 'kite-rug-sky-'.repeat(10).slice(0, PASSWORD_MAX + 1),
  common: 'password1234',
  leet: 'P@ssw0rd12345',
  guessable: 'abcdefghijkl',
} as const

/** Payload's error answer names the field under data.errors[].path; the kernel's routes as `field`. */
const namesPassword = (res: ApiResponse) =>
  (res.body?.errors ?? []).some(
    (e: any) =>
      e.field === 'password' ||
      (e.data?.errors ?? e.extensions?.data?.errors ?? []).some((d: any) => d.path === 'password'),
  )

/** A sign-up waits for its email to be confirmed (collections/users/tokens); confirmed here directly. */
const confirm = (email: string) =>
  payload.db.pool.query('update users set _verified = true where email = $1', [email])

/** The reset link's token, read from the queued mail (the outbox holds its link until it is sent). */
const resetTokenFor = async (email: string) => {
  const { rows } = await payload.db.pool.query(
    `select payload->'data'->>'link' as link from outbox where payload->>'to' = $1 and payload->>'template' = 'reset-password' order by id desc limit 1`,
    [email],
  )
  return new URL(rows[0].link).searchParams.get('token')!
}

/** Signs `who` up through the one sign-up route and gives the new account's id. */
const signUp = async (who: { email: string; name: string }, password = PASSWORD) => {
  const res = await client().post('/users/signup', { ...who, password })
  expect(res.status, JSON.stringify(res.body)).toBe(202)
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: who.email } } })
  return docs[0]!.id
}

const person = () => {
  const id = unique()
  return { email: `zarmina.${id}@test.hujra`, name: `Zarmina Khattak ${id}` }
}

beforeAll(async () => {
  payload = await getTestPayload()
  await resetAuthLimits()
})

afterAll(async () => {
  await resetAuthLimits()
})

describe('the rule itself', () => {
  it('takes 12 to 128 characters, counted as characters not bytes', () => {
    expect(passwordProblem('kite-rug-sky')).toBeUndefined()
    expect(passwordProblem(BAD.short)).toMatch(/at least 12/)
    expect(passwordProblem('maple-orbit-canyon-'.repeat(7).slice(0, PASSWORD_MAX))).toBeUndefined()
    expect(passwordProblem(BAD.long)).toMatch(/at most 128/)
    // Twelve Pashto letters are twelve characters (24 bytes in UTF-8).
    expect(passwordProblem('غرونهسیندونه') ?? '').not.toMatch(/at least/)
  })

  it('refuses a leaked password with digits and symbols around it, not a phrase of words', () => {
    for (const pw of [BAD.common, BAD.leet, 'iloveyou2024!', 'qwerty123456', 'letmein12345'])
      expect(passwordProblem(pw), pw).toMatch(/too common/)
    expect(passwordProblem(BAD.guessable)).toMatch(/too common/)
    expect(passwordProblem('111111111111')).toMatch(/too common/)
    expect(passwordProblem('a'.repeat(PASSWORD_MAX))).toMatch(/too common/)
    for (const pw of [PASSWORD, 'tundra-violin-42', 'another-good-password', 'maple-orbit-canyon'])
      expect(passwordProblem(pw), pw).toBeUndefined()
  })

  it('judges a long password in well under a second (zxcvbn slows down with length)', () => {
    passwordProblem('warm-up-kite-rug')
    for (const pw of ['a1'.repeat(64), '1a2b3c4d'.repeat(16), 'aB3$'.repeat(32)]) {
      const started = performance.now()
      passwordProblem(pw)
      expect(performance.now() - started, pw).toBeLessThan(1500)
    }
  })

  it('refuses the email’s local part and the name, or a word of it, of four characters or more', () => {
    const who = { email: 'gulalai.w@test.hujra', name: 'Gulalai Wazir' }
    expect(passwordProblem('my-GULALAI.W-kite-rug', who)).toMatch(/email or your name/)
    expect(passwordProblem('kite-rug-wazir-sky', who)).toMatch(/email or your name/)
    expect(passwordProblem('kite-rug-gulalai', who)).toMatch(/email or your name/)
    // "Ali" is shorter than four characters: a password may hold it.
    expect(passwordProblem('alibaba-kite-rug', { email: 'ali@test.hujra', name: 'Ali' })).toBeUndefined()
  })

  it('is written in English, Urdu and Pashto for the site and the admin', () => {
    const texts = (['en', 'ur', 'ps'] as const).map(passwordRule)
    expect(new Set(texts).size).toBe(3)
    expect(texts[0]).toContain('12 to 128')
    expect(texts[1]).toContain('12')
    expect(texts[1]).toMatch(/[\u0600-\u06FF]/)
    expect(texts[2]).toContain('۱۲')
    expect(passwordRule('de')).toBe(texts[0])
    const note = Users.fields.find((f) => 'name' in f && f.name === 'passwordRule')
    expect(note).toMatchObject({
      type: 'ui',
      admin: { components: { Field: '/collections/users/PasswordRuleNote#PasswordRuleNote' } },
    })
  })
})

describe('signing up', () => {
  it('refuses each kind of bad password with 400 naming password, over REST', async () => {
    for (const [kind, password] of Object.entries(BAD)) {
      const res = await client().post('/users/signup', { ...person(), password })
      expect(res.status, kind).toBe(400)
      expect(namesPassword(res), `${kind}: ${JSON.stringify(res.body)}`).toBe(true)
    }
    const who = person()
    const withEmail = await client().post('/users/signup', {
      ...who,
      password: `${who.email.split('@')[0]}-kite`,
    })
    expect(withEmail.status).toBe(400)
    expect(namesPassword(withEmail)).toBe(true)
    const withName = await client().post('/users/signup', { ...who, password: `kite-rug-khattak-sky` })
    expect(withName.status).toBe(400)
    expect(namesPassword(withName)).toBe(true)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: who.email } } })).totalDocs,
    ).toBe(0)
    await signUp(who)
  })

  it('refuses a common password over GraphQL too (an admin creating an account)', async () => {
    const admin = { ...person(), email: `admin-${unique()}@test.hujra` }
    await payload.create({ collection: 'users', data: { ...admin, password: PASSWORD, roles: ['admin'] } })
    const res = await (
      await client().login(admin.email, PASSWORD)
    ).graphql(`mutation($data: mutationUserInput!) { createUser(data: $data) { id } }`, {
      data: { ...person(), password: BAD.common, roles: ['member'] },
    })
    expect(res.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(namesPassword(res)).toBe(true)
    expect(res.body.data?.createUser ?? null).toBeNull()
  })
})

describe('changing a password', () => {
  it('refuses a bad new password for one’s own account, over REST and GraphQL', async () => {
    const who = person()
    const id = await signUp(who)
    await confirm(who.email)
    const me = await client().login(who.email, PASSWORD)
    for (const password of [BAD.short, BAD.common, `kite-${who.email.split('@')[0]}`, 'zarmina-kite-rug']) {
      const res = await me.patch(`/users/${id}`, { password })
      expect(res.status, password).toBe(400)
      expect(namesPassword(res)).toBe(true)
    }
    const gql = await me.graphql(
      `mutation($id: Int!) { updateUser(id: $id, data: { password: "${BAD.leet}" }) { id } }`,
      {
        id,
      },
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(namesPassword(gql)).toBe(true)
    // The old password still works; a good new one is taken.
    await client().login(who.email, PASSWORD)
    expect((await me.patch(`/users/${id}`, { password: 'plum-kite-rug-tundra' })).status).toBe(200)
    await client().login(who.email, 'plum-kite-rug-tundra')
  })

  it('checks a new email or name given in the same change', async () => {
    const who = person()
    const id = await signUp(who)
    await confirm(who.email)
    const me = await client().login(who.email, PASSWORD)
    const res = await me.patch(`/users/${id}`, {
      name: 'Malalai Yousafzai',
      password: 'kite-rug-yousafzai',
    })
    expect(res.status).toBe(400)
    expect(namesPassword(res)).toBe(true)
  })
})

describe('resetting a password', () => {
  it('refuses a bad password with the reset token, and takes a good one', async () => {
    const who = person()
    await signUp(who)
    await confirm(who.email)
    expect((await client().post('/users/forgot-password', { email: who.email })).status).toBe(200)
    const token = await resetTokenFor(who.email)
    for (const password of [BAD.short, BAD.long, BAD.common, `${who.email.split('@')[0]}-kite-rug`]) {
      const res = await client().post('/users/reset-password', { token, password })
      expect(res.status, password).toBe(400)
      expect(namesPassword(res), JSON.stringify(res.body)).toBe(true)
    }
    const gql = await client().graphql(
      `mutation($token: String!) { resetPasswordUser(token: $token, password: "${BAD.common}") { token } }`,
      { token },
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    const ok = await client().post('/users/reset-password', { token, password: 'maple-orbit-canyon' })
    expect(ok.status).toBe(200)
    await client().login(who.email, 'maple-orbit-canyon')
  })
})

it('anonymous sign-ups still become members with a good password', async () => {
  const who = person()
  const res = await anonymous().post('/users/signup', { ...who, password: PASSWORD })
  expect(res.status).toBe(202)
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: who.email } } })
  expect(docs[0]?.roles).toEqual(['member'])
})
