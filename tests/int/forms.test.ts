import type { Payload } from 'payload'

import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countedSubmissions } from '../../plugins/forms'
import { csvColumns, csvStream } from '../../plugins/forms/exportCsv'
import { resetFormLimits } from '../../plugins/forms/submitLimits'
import { resetConfig } from '../../utilities/config'
import { PASSWORD, clientsByRole, createTaxonomy, createUser, unique } from '../helpers/fixtures'
import {
  createCampaign,
  createForm,
  everyField,
  formData,
  richText,
  siteReader,
  validAnswers,
} from '../helpers/forms'
import { getTestPayload } from '../helpers/payload'
import { ApiClient, anonymous } from '../helpers/rest'

/**
 * Forms (issue 17, point 3): what editors build and readers may see of it,
 * every submission checked against its form on the server whichever way it
 * comes in, and who may read and export the answers.
 */
const SECRET = `forms-test-secret-${unique()}`

let payload: Payload
let roles: Awaited<ReturnType<typeof clientsByRole>>
let district: { id: number }
let form: { id: number; fields?: unknown }

const submit = (formId: number, values: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  siteReader(SECRET).post(`/forms/${formId}/submit`, { values, ...extra })

const storedFor = async (formId: number) =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { form: { equals: formId } },
      depth: 0,
      sort: 'id',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  payload = await getTestPayload()
  await resetFormLimits()
  ;({ district } = await createTaxonomy(payload))
  roles = await clientsByRole(payload)
  form = await createForm(payload, {
    emails: [{ emailTo: 'office@example.org', cc: 'coordinator@example.org', subject: 'New sign-up' }],
  })
})

afterAll(async () => {
  await resetFormLimits()
  delete process.env.SITE_CACHE_SECRET
  resetConfig()
})

describe('building a form', () => {
  it('is for editors and admins: anonymous readers and members cannot create, change or delete one', async () => {
    for (const api of [anonymous(), roles.member.api, roles.moderator.api]) {
      expect([401, 403]).toContain((await api.post('/forms', formData())).status)
      expect([401, 403]).toContain((await api.patch(`/forms/${form.id}`, { title: 'Mine now' })).status)
      expect([401, 403]).toContain((await api.delete(`/forms/${form.id}`)).status)
    }
    const made = await roles.editor.api.post('/forms', formData())
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect((await roles.admin.api.delete(`/forms/${made.body.doc.id}`)).status).toBe(200)
  })

  it('shows readers what the site needs to render it, in their language, and never who is told of answers', async () => {
    const created = await createForm(payload, {
      emails: [{ emailTo: 'secret-office@example.org', bcc: 'hidden@example.org', subject: 'x' }],
    })
    // The Urdu of the labels, the option labels and the consent statement, on the same blocks.
    const fields = (created.fields ?? []).map((block) => {
      const ur: Record<string, string> = {
        full_name: 'پورا نام',
        role: 'آپ کیسے مدد کریں گے؟',
        consent: 'میں متفق ہوں',
      }
      return {
        ...block,
        ...(ur[block.name] ? { label: ur[block.name] } : {}),
        ...(block.blockType === 'select'
          ? {
              options: block.options!.map((o) => ({
                ...o,
                label: o.value === 'donor' ? 'عطیہ دہندہ' : 'رضاکار',
              })),
            }
          : {}),
        ...(block.blockType === 'consent' ? { statement: 'ہم آپ کے جوابات صرف مہم کے لیے رکھتے ہیں۔' } : {}),
      }
    })
    await payload.update({
      collection: 'forms',
      id: created.id,
      locale: 'ur',
      data: { title: 'رضاکار بنیں', fields, confirmationMessage: richText('شکریہ') } as never,
      overrideAccess: true,
    })

    for (const api of [anonymous(), roles.member.api]) {
      const read = await api.get(`/forms/${created.id}?locale=ur&depth=0`)
      expect(read.status).toBe(200)
      expect(read.body.title).toBe('رضاکار بنیں')
      const byName = Object.fromEntries(read.body.fields.map((f: { name: string }) => [f.name, f]))
      expect(byName.full_name.label).toBe('پورا نام')
      expect(byName.role.options.map((o: { label: string }) => o.label)).toEqual(['رضاکار', 'عطیہ دہندہ'])
      expect(byName.consent.statement).toBe('ہم آپ کے جوابات صرف مہم کے لیے رکھتے ہیں۔')
      expect(byName.age).toMatchObject({ min: 5, max: 120 })
      expect(read.body.emails).toBeUndefined()
      expect(read.body.flaggedAttempts).toBeUndefined()
      expect(JSON.stringify(read.body)).not.toContain('secret-office@example.org')

      const gql = await api.graphql(
        `query($id: Int!) { Form(id: $id, locale: ur) { title emails { emailTo bcc } } }`,
        {
          id: created.id,
        },
      )
      expect(gql.body.data?.Form?.title).toBe('رضاکار بنیں')
      expect(gql.body.data?.Form?.emails ?? null).toBeNull()
    }
    // English is still English.
    const en = await anonymous().get(`/forms/${created.id}?locale=en&depth=0`)
    expect(en.body.fields.find((f: { name: string }) => f.name === 'full_name').label).toBe('Full name')

    const editor = await roles.editor.api.get(`/forms/${created.id}?depth=0`)
    expect(editor.body.emails[0]).toMatchObject({
      emailTo: 'secret-office@example.org',
      bcc: 'hidden@example.org',
    })
    expect(editor.body.flaggedAttempts).toEqual({ honeypot: 0, 'too-fast': 0, 'rate-limited': 0 })
  })

  it('refuses recipients templated from the answers ({{…}}) over REST and GraphQL, naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ emailTo: '{{email}}' }, 'emails.0.emailTo'],
      [{ emailTo: 'office@example.org', cc: '{{ email }}' }, 'emails.0.cc'],
      [{ emailTo: 'office@example.org', bcc: 'a@example.org, {{*}}' }, 'emails.0.bcc'],
      [{ emailTo: 'office@example.org', replyTo: '{{email}}' }, 'emails.0.replyTo'],
      [{ emailTo: 'office@example.org', emailFrom: '{{full_name}} <x@example.org>' }, 'emails.0.emailFrom'],
      // Not templated, but not addresses either: a display name could smuggle a second one.
      [{ emailTo: '"Office" <office@example.org>' }, 'emails.0.emailTo'],
      [{ emailTo: '' }, 'emails.0.emailTo'],
    ]
    for (const [email, path] of cases) {
      const data = formData({ emails: [{ subject: 'New answer', ...email }] })
      const rest = await roles.editor.api.post('/forms', data)
      expect(rest.status, `${path}: ${JSON.stringify(rest.body)}`).toBe(400)
      const errors = rest.body.errors[0].data.errors
      expect(errors.map((e: { path: string }) => e.path)).toEqual([path])
      // Said as what it is, not as a malformed address.
      if (Object.values(email).some((v) => v.includes('{{')))
        expect(errors[0].message).toMatch(/not \{\{…\}\}/)

      const gql = await roles.editor.api.graphql(
        `mutation($data: mutationFormInput!) { createForm(data: $data) { id } }`,
        { data: { ...data, redirect: { url: 'https://example.org' } } },
      )
      expect(gql.body.data?.createForm ?? null).toBeNull()
      expect(gql.body.errors[0].extensions.statusCode).toBe(400)
      expect(gql.body.errors[0].extensions.data.errors.map((e: { path: string }) => e.path)).toEqual([path])
    }
    // The same on an update of an existing form.
    const patched = await roles.editor.api.patch(`/forms/${form.id}`, {
      emails: [{ emailTo: 'office@example.org', bcc: '{{email}}', subject: 'x' }],
    })
    expect(patched.status).toBe(400)
    expect(patched.body.errors[0].data.errors[0].path).toBe('emails.0.bcc')
  })

  it('refuses field names that are not plain words, twice the same, or the honeypot’s', async () => {
    const base = everyField()
    const cases: [unknown[], string][] = [
      [[{ ...base[0], name: 'Full Name' }], 'fields.0.name'],
      [[base[0], { ...base[1], name: 'full_name' }], 'fields.1.name'],
      [[{ ...base[0], name: 'website' }], 'fields.0.name'],
    ]
    for (const [fields, path] of cases) {
      const res = await roles.editor.api.post('/forms', formData({ fields }))
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    const closesFirst = await roles.editor.api.post(
      '/forms',
      formData({ opensAt: '2030-01-02T00:00:00.000Z', closesAt: '2030-01-01T00:00:00.000Z' }),
    )
    expect(closesFirst.status).toBe(400)
    expect(closesFirst.body.errors[0].data.errors[0].path).toBe('closesAt')
  })
})

describe('answering a form', () => {
  it('stores valid answers in the form’s order, cleaned: text on one line, numbers and boxes as text', async () => {
    const answers = validAnswers(district.id, {
      full_name: '  Ayesha\tKhan  ',
      message: 'Line one\r\nLine two\u0007',
      age: '42',
      newsletter: undefined,
      district: String(district.id),
    })
    const res = await submit(form.id, answers)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toEqual({ received: true })
    const [stored] = (await storedFor(form.id)).slice(-1)
    expect(stored!.locale).toBe('en')
    expect(stored!.submissionData!.map(({ field, value }) => [field, value])).toEqual([
      ['full_name', 'Ayesha Khan'],
      ['message', 'Line one\nLine two'],
      ['email', 'ayesha@example.org'],
      ['age', '42'],
      ['role', 'volunteer'],
      ['newsletter', 'false'],
      ['district', String(district.id)],
      ['consent', 'true'],
    ])
  })

  it('refuses each kind of bad answer with 400 naming the field, and stores nothing', async () => {
    const before = (await storedFor(form.id)).length
    const cases: [Record<string, unknown>, string][] = [
      [{ full_name: undefined }, 'full_name'],
      [{ full_name: '   ' }, 'full_name'],
      [{ full_name: 'x'.repeat(501) }, 'full_name'],
      [{ full_name: 42 }, 'full_name'],
      [{ message: 'x'.repeat(5001) }, 'message'],
      [{ message: { html: '<b>' } }, 'message'],
      [{ email: 'not-an-email' }, 'email'],
      // A list of addresses in one answer is not an address.
      [{ email: 'a@example.org, b@example.org' }, 'email'],
      [{ email: undefined }, 'email'],
      [{ age: 'forty' }, 'age'],
      [{ age: 4 }, 'age'],
      [{ age: 121 }, 'age'],
      [{ role: 'admin' }, 'role'],
      [{ role: undefined }, 'role'],
      [{ newsletter: 'yes' }, 'newsletter'],
      [{ district: 'Peshawar' }, 'district'],
      [{ district: 99_999_999 }, 'district'],
      [{ district: undefined }, 'district'],
      [{ consent: false }, 'consent'],
      [{ consent: undefined }, 'consent'],
      [{ consent: 'on' }, 'consent'],
      [{ favourite_colour: 'blue' }, 'favourite_colour'],
    ]
    for (const [override, field] of cases) {
      const res = await submit(form.id, validAnswers(district.id, override))
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(400)
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field])
      expect(res.body.errors[0].message.startsWith(`${field}: `)).toBe(true)
    }
    expect((await storedFor(form.id)).length).toBe(before)
  })

  it('names every wrong field at once, so the site can mark them all', async () => {
    const res = await submit(form.id, { full_name: '', email: 'x', age: 500, extra: 1 })
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['age', 'consent', 'district', 'email', 'extra', 'full_name', 'role'].sort(),
    )
  })

  it('refuses a bad envelope (unknown keys, a locale it does not have, no such form) naming what is wrong', async () => {
    const bad: [string, unknown, number, string][] = [
      [`/forms/${form.id}/submit`, { values: {}, form: 3 }, 400, 'form'],
      [`/forms/${form.id}/submit`, { values: validAnswers(district.id), locale: 'fr' }, 400, 'locale'],
      [`/forms/${form.id}/submit`, { values: 'all of them' }, 400, 'values'],
      [
        `/forms/${form.id}/submit`,
        { values: validAnswers(district.id), renderedAt: 'now' },
        400,
        'renderedAt',
      ],
      ['/forms/99999999/submit', { values: validAnswers(district.id) }, 404, 'id'],
      ['/forms/abc/submit', { values: validAnswers(district.id) }, 400, 'id'],
    ]
    for (const [path, body, status, field] of bad) {
      const res = await siteReader(SECRET).post(path, body)
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(status)
      expect(res.body.errors[0].field).toBe(field)
    }
  })

  it('checks answers given any other way too: the Local API meets the same hook (ValidationError naming the field)', async () => {
    const attempt = payload.create({
      collection: 'form-submissions',
      data: {
        form: form.id,
        submissionData: [
          { field: 'full_name', value: 'Ayesha' },
          { field: 'email', value: 'nope' },
          { field: 'unknown', value: 'x' },
        ],
      },
      overrideAccess: true,
    })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    const error = (await attempt.catch((e: unknown) => e)) as ValidationError
    expect(error.status).toBe(400)
    const paths = (error.data as { errors: { path: string }[] }).errors.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['email', 'unknown', 'role', 'district', 'consent']))
    await expect(
      payload.create({
        collection: 'form-submissions',
        data: { form: 99_999_999, submissionData: [] },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'form' }] } })
    // Changing stored answers is checked as well (and closed to every API user besides).
    const [stored] = await storedFor(form.id)
    await expect(
      payload.update({
        collection: 'form-submissions',
        id: stored!.id,
        data: { submissionData: [{ field: 'email', value: 'changed' }] },
        overrideAccess: true,
      }),
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it('cannot be made or changed through REST or GraphQL, by anyone: the submit endpoint is the one door', async () => {
    const body = {
      form: form.id,
      submissionData: Object.entries(validAnswers(district.id)).map(([field, value]) => ({
        field,
        value: String(value),
      })),
    }
    const marker = body.submissionData[0]!.value
    const [stored] = await storedFor(form.id)
    for (const api of [anonymous(), roles.member.api, roles.editor.api, roles.admin.api]) {
      expect([401, 403]).toContain((await api.post('/form-submissions', body)).status)
      const gql = await api.graphql(
        `mutation($data: mutationFormSubmissionInput!) { createFormSubmission(data: $data) { id } }`,
        { data: body },
      )
      expect(gql.body.data?.createFormSubmission ?? null).toBeNull()
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect([401, 403]).toContain(
        (await api.patch(`/form-submissions/${stored!.id}`, { locale: 'ps' })).status,
      )
    }
    const all = await storedFor(form.id)
    expect(all.some((s) => s.submissionData?.some((a) => a.value === marker))).toBe(false)
  })

  it('keeps a form that has answers: 409 on delete, until an admin has deleted them', async () => {
    const answered = await createForm(payload)
    expect((await submit(answered.id, validAnswers(district.id))).status).toBe(201)
    const refused = await roles.editor.api.delete(`/forms/${answered.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/1 answer/)
    expect((await roles.editor.api.get(`/forms/${answered.id}`)).status).toBe(200)
    const [answer] = await storedFor(answered.id)
    expect((await roles.editor.api.delete(`/form-submissions/${answer!.id}`)).status).toBe(403)
    expect((await roles.admin.api.delete(`/form-submissions/${answer!.id}`)).status).toBe(200)
    expect((await roles.editor.api.delete(`/forms/${answered.id}`)).status).toBe(200)
  })

  it('refuses answers before the form opens, after it closes, and once it is full: 400 naming `form`', async () => {
    const future = await createForm(payload, { opensAt: new Date(Date.now() + 86_400_000).toISOString() })
    const past = await createForm(payload, {
      opensAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      closesAt: new Date(Date.now() - 86_400_000).toISOString(),
    })
    for (const [closed, message] of [
      [future, /opens at/],
      [past, /closed/],
    ] as const) {
      const res = await submit(closed.id, validAnswers(district.id))
      expect(res.status).toBe(400)
      expect(res.body.errors[0].field).toBe('form')
      expect(res.body.errors[0].message).toMatch(message)
    }
    const open = await createForm(payload, { closesAt: new Date(Date.now() + 86_400_000).toISOString() })
    expect((await submit(open.id, validAnswers(district.id))).status).toBe(201)
  })

  it('takes exactly maxSubmissions answers when many race for the last places', async () => {
    const small = await createForm(payload, { maxSubmissions: 3 })
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => submit(small.id, validAnswers(district.id))),
    )
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses).toEqual([201, 201, 201, 400, 400, 400, 400, 400])
    for (const refused of answers.filter((a) => a.status === 400)) {
      expect(refused.body.errors[0]).toMatchObject({ field: 'form' })
      expect(refused.body.errors[0].message).toMatch(/all the answers/)
    }
    expect(await storedFor(small.id)).toHaveLength(3)
  })
})

describe('reading the answers', () => {
  let submission: { id: number }

  beforeAll(async () => {
    expect((await submit(form.id, validAnswers(district.id, { full_name: 'Reader test' }))).status).toBe(201)
    submission = (await storedFor(form.id)).at(-1)!
  })

  it('is for admins, over REST and GraphQL', async () => {
    const list = await roles.admin.api.get(
      `/form-submissions?depth=0&where[form][equals]=${form.id}&limit=100`,
    )
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(submission.id)
    const gql = await roles.admin.api.graphql(
      `query($id: Int!) { FormSubmission(id: $id) { id submissionData { field value } } }`,
      {
        id: submission.id,
      },
    )
    expect(gql.body.data.FormSubmission.id).toBe(submission.id)
  })

  it('is closed to editors of no campaign of the form, moderators, members and anonymous readers', async () => {
    for (const api of [anonymous(), roles.member.api, roles.moderator.api, roles.editor.api]) {
      expect([401, 403]).toContain((await api.get('/form-submissions')).status)
      expect([401, 403]).toContain((await api.get(`/form-submissions/${submission.id}`)).status)
      const gql = await api.graphql(`{ FormSubmissions { docs { id submissionData { value } } } }`)
      expect(gql.body.data?.FormSubmissions ?? null).toBeNull()
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect([401, 403]).toContain((await api.getRaw(`/forms/${form.id}/submissions.csv`)).status)
    }
  })

  it('is open to the editors a campaign lists, for that campaign’s form only, over REST, GraphQL and CSV', async () => {
    const user = await createUser(payload, ['editor'], 'campaign-editor')
    const api = await new ApiClient().login(user.email, PASSWORD)
    const own = await createForm(payload)
    expect((await submit(own.id, validAnswers(district.id, { full_name: 'Their reader' }))).status).toBe(201)
    const theirs = (await storedFor(own.id))[0]!
    // Before any campaign lists them, nothing.
    expect((await api.get(`/form-submissions/${theirs.id}`)).status).toBe(403)
    await createCampaign(payload, { form: own.id, editors: [user.id, roles.admin.user.id] })
    // Another campaign with the shared form, not listing them, gives them nothing more.
    await createCampaign(payload, { form: form.id, editors: [roles.admin.user.id] })

    const list = await api.get('/form-submissions?depth=0&limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([theirs.id])
    expect((await api.get(`/form-submissions/${theirs.id}?depth=0`)).body.submissionData[0].value).toBe(
      'Their reader',
    )
    expect([403, 404]).toContain((await api.get(`/form-submissions/${submission.id}`)).status)
    const gql = await api.graphql(`{ FormSubmissions(limit: 100) { docs { id } } }`)
    expect(gql.body.data.FormSubmissions.docs.map((d: { id: number }) => d.id)).toEqual([theirs.id])
    expect((await api.getRaw(`/forms/${own.id}/submissions.csv`)).status).toBe(200)
    expect((await api.getRaw(`/forms/${form.id}/submissions.csv`)).status).toBe(403)
    // The unrelated editor still sees none of it.
    expect((await roles.editor.api.get(`/form-submissions/${theirs.id}`)).status).toBe(403)
    expect((await roles.editor.api.getRaw(`/forms/${own.id}/submissions.csv`)).status).toBe(403)
  })

  it('counts each answer in the daily figures of the campaigns its form belongs to', async () => {
    const own = await createForm(payload)
    const campaign = await createCampaign(payload, { form: own.id })
    const total = async () =>
      Number(
        (
          await payload.db.pool.query(
            'select coalesce(sum(submissions), 0) as n from campaign_metrics_daily where campaign_id = $1',
            [campaign.id],
          )
        ).rows[0]!.n,
      )
    expect(await total()).toBe(0)
    expect((await submit(own.id, validAnswers(district.id))).status).toBe(201)
    expect((await submit(own.id, validAnswers(district.id))).status).toBe(201)
    // Refused answers and the honeypot count nothing.
    expect((await submit(own.id, validAnswers(district.id, { email: 'x' }))).status).toBe(400)
    expect((await siteReader(SECRET).post(`/forms/${own.id}/submit`, { website: 'x' })).status).toBe(201)
    expect(await total()).toBe(2)
  })

  it('adds to the campaign’s progress only when the form says its answers count', async () => {
    const counts = await createForm(payload, { countsTowardProgress: true })
    const doesNot = await createForm(payload)
    for (const f of [counts, doesNot]) {
      expect((await submit(f.id, validAnswers(district.id))).status).toBe(201)
      expect((await submit(f.id, validAnswers(district.id))).status).toBe(201)
    }
    expect(await countedSubmissions(payload, counts.id)).toBe(2)
    expect(await countedSubmissions(payload, doesNot.id)).toBe(0)
    expect(await countedSubmissions(payload, 99_999_999)).toBe(0)
  })

  it('leaves an audit event for each answer without copying the answers into the log', async () => {
    const events = await payload.find({
      collection: 'audit-events',
      where: {
        subjectCollection: { equals: 'form-submissions' },
        subjectId: { equals: String(submission.id) },
      },
      depth: 0,
      overrideAccess: true,
    })
    expect(events.docs.map((e) => e.type)).toEqual(['create'])
    expect(JSON.stringify(events.docs[0]!.diff)).not.toContain('Reader test')
    expect(events.docs[0]!.diff).not.toHaveProperty('submissionData')
  })
})

describe('exporting the answers as CSV', () => {
  let csvForm: { id: number }
  const tricky = ['=HYPERLINK("http://evil.example")', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rReturn']

  beforeAll(async () => {
    csvForm = await createForm(payload, {
      fields: [
        { blockType: 'text', name: 'full_name', label: 'Name', required: true },
        { blockType: 'textarea', name: 'note', label: '=Note' },
        { blockType: 'number', name: 'age', label: 'Age' },
        { blockType: 'district', name: 'district', label: 'District' },
        { blockType: 'checkbox', name: 'newsletter', label: 'News' },
      ],
    })
    await payload.update({
      collection: 'districts',
      id: district.id,
      locale: 'ur',
      data: { name: 'پشاور' },
      overrideAccess: true,
    })
    const rows: Record<string, unknown>[] = [
      { full_name: 'عائشہ خان', note: 'کل آؤں گی, "ان شاء اللہ"\nدوسری سطر', age: 30, district: district.id },
      ...tricky.map((value, i) => ({ full_name: value, note: value, age: -i - 1, newsletter: true })),
    ]
    for (const values of rows) expect((await submit(csvForm.id, values)).status).toBe(201)
  })

  it('streams one column per field in the form’s order after the time, UTF-8 with a BOM, formulas defused', async () => {
    const res = await roles.admin.api.getRaw(`/forms/${csvForm.id}/submissions.csv?locale=ur`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain(`form-${csvForm.id}-submissions.csv`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(res.bytes).slice(1)
    const lines = text.split('\r\n')
    // The label an editor wrote is a cell like any other: a leading = is defused there too.
    expect(lines[0]).toBe("Submitted at,Name,'=Note,Age,District,News")
    expect(lines.at(-1)).toBe('')
    // Urdu kept as written, the district by its Urdu name, quotes and the line break inside one quoted cell.
    expect(text).toContain(`,عائشہ خان,"کل آؤں گی, ""ان شاء اللہ""\nدوسری سطر",30,پشاور,false\r\n`)
    const body = lines.slice(1, -1).filter((l) => /^\d{4}-\d\d-\d\dT/.test(l))
    expect(body).toHaveLength(1 + tricky.length)
    for (const line of body) expect(Date.parse(line.split(',')[0]!)).toBeGreaterThan(Date.now() - 3_600_000)
    // Every cell that a spreadsheet would run starts with ' now (control characters were cleaned on the way in).
    expect(text).toContain(
      `,"'=HYPERLINK(""http://evil.example"")","'=HYPERLINK(""http://evil.example"")",'-1,,true`,
    )
    expect(text).toContain(",'+1,'+1,'-2,,true")
    expect(text).toContain(",'-2+3,'-2+3,'-3,,true")
    expect(text).toContain(",'@SUM(A1),'@SUM(A1),'-4,,true")
    expect(text).not.toMatch(/,[=+@]/)
  })

  it('reads page after page: every answer once, in the order they came', async () => {
    const whole = new TextDecoder().decode(
      (await roles.admin.api.getRaw(`/forms/${csvForm.id}/submissions.csv?locale=ur`)).bytes,
    )
    const stored = await payload.findByID({ collection: 'forms', id: csvForm.id, locale: 'ur', depth: 0 })
    // Two answers a page, where the endpoint reads five hundred: the same file.
    const paged = new TextDecoder().decode(
      await new Response(csvStream(payload, csvForm.id, csvColumns(stored), 'ur', 2)).arrayBuffer(),
    )
    expect(paged).toBe(whole)
    expect(paged.split('\r\n').length - 2).toBe(1 + tricky.length)
  })

  it('leaves an audit event for each export, naming the form and who exported it', async () => {
    const exports = async () =>
      (
        await payload.find({
          collection: 'audit-events',
          where: { type: { equals: 'submissions-exported' }, subjectId: { equals: String(csvForm.id) } },
          sort: '-id',
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    const before = (await exports()).length
    expect((await roles.admin.api.getRaw(`/forms/${csvForm.id}/submissions.csv?locale=ps`)).status).toBe(200)
    const after = await exports()
    expect(after).toHaveLength(before + 1)
    expect(after[0]).toMatchObject({
      actor: roles.admin.user.id,
      actorEmail: roles.admin.user.email,
      subjectCollection: 'forms',
      diff: { export: { to: { format: 'csv', locale: 'ps', submissions: 1 + tricky.length } } },
    })
    // A refused export is not one.
    expect((await roles.editor.api.getRaw(`/forms/${csvForm.id}/submissions.csv`)).status).toBe(403)
    expect(await exports()).toHaveLength(before + 1)
  })

  it('answers 401 without a user, 404 naming `id` for no such form', async () => {
    expect((await anonymous().getRaw(`/forms/${csvForm.id}/submissions.csv`)).status).toBe(401)
    const missing = await roles.admin.api.get(`/forms/99999999/submissions.csv`)
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].field).toBe('id')
  })
})
