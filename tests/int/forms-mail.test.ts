import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAIL_TOPIC, serverLink } from '../../plugins/mail'
import { resetFormLimits } from '../../plugins/forms/submitLimits'
import { drain } from '../../plugins/outbox'
import { resetConfig } from '../../utilities/config'
import { createTaxonomy, unique } from '../helpers/fixtures'
import { createForm, richText, siteReader, validAnswers } from '../helpers/forms'
import { getTestPayload } from '../helpers/payload'
import { type SmtpSink, startSmtpSink } from '../helpers/smtpServer'
import { freePort } from '../helpers/startProcess'

/**
 * A form's notices: queued in the submission's transaction and delivered
 * by the outbox to a real SMTP server on this machine, one mail per
 * recipient, in the language the form was filled in, the answers escaped;
 * never sent inside the request, never to an address from the answers.
 */
const SECRET = `forms-mail-secret-${unique()}`
const MAIL_VARIABLES = [
  'MAIL_SERVER',
  'MAIL_PORT',
  'MAIL_USE_TLS',
  'MAIL_USERNAME',
  'MAIL_PASSWORD',
  'MAIL_DEFAULT_SENDER',
]
const saved: Record<string, string | undefined> = {}

let payload: Payload
let sink: SmtpSink
let district: { id: number }

const mailTo = (port: number) => {
  for (const name of MAIL_VARIABLES) delete process.env[name]
  Object.assign(process.env, {
    MAIL_SERVER: '127.0.0.1',
    MAIL_PORT: String(port),
    MAIL_USE_TLS: 'false',
    MAIL_DEFAULT_SENDER: 'Hujra Test <mail@hujra.test>',
  })
  resetConfig()
}

const queuedTo = async (address: string) =>
  (
    await payload.db.pool.query(`select * from outbox where topic = $1 and payload->>'to' = $2`, [
      MAIL_TOPIC,
      address,
    ])
  ).rows

beforeAll(async () => {
  for (const name of MAIL_VARIABLES) saved[name] = process.env[name]
  process.env.SITE_CACHE_SECRET = SECRET
  delete process.env.REDIS_URL
  payload = await getTestPayload()
  await resetFormLimits()
  sink = await startSmtpSink()
  mailTo(sink.port)
  ;({ district } = await createTaxonomy(payload))
  await payload.update({ collection: 'districts', id: district.id, locale: 'ur', data: { name: 'مردان' } })
})

afterAll(async () => {
  await sink?.close()
  await resetFormLimits()
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  delete process.env.SITE_CACHE_SECRET
  resetConfig()
})

describe('notices of a new answer', () => {
  it('are queued, not sent in the request; then each recipient gets one in Urdu, answers escaped, Reply-To the editor’s', async () => {
    const u = unique()
    const office = [`office-${u}@example.org`, `second-${u}@example.org`]
    const cc = `cc-${u}@example.org`
    const bcc = `bcc-${u}@example.org`
    const form = await createForm(payload, {
      emails: [
        {
          emailTo: office.join(', '),
          cc,
          bcc,
          replyTo: `coordinator-${u}@example.org`,
          subject: 'New volunteer',
          message: richText('Please call them within two days.'),
        },
      ],
    })
    const fields = (form.fields ?? []).map((block) =>
      block.name === 'full_name' ? { ...block, label: 'پورا نام' } : block,
    )
    await payload.update({
      collection: 'forms',
      id: form.id,
      locale: 'ur',
      data: {
        title: 'رضاکار بنیں',
        fields,
        confirmationMessage: richText('شکریہ'),
        // The editor's words, in Urdu for Urdu answers.
        emails: form.emails!.map((row) => ({
          ...row,
          subject: 'نیا رضاکار',
          message: richText('براہِ کرم دو دن میں رابطہ کریں۔'),
        })),
      } as never,
    })

    const name = `<b>عائشہ</b> & "co" ${u}`
    const answer = await siteReader(SECRET).post(`/forms/${form.id}/submit`, {
      values: validAnswers(district.id, { full_name: name, email: `attacker-${u}@evil.example` }),
      locale: 'ur',
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)

    // Nothing went out inside the request: the plugin's own sending is off, ours is queued.
    const everyone = [...office, cc, bcc]
    expect(sink.received.filter((m) => m.envelope.to.some((to) => to.includes(u)))).toHaveLength(0)
    for (const to of everyone) expect(await queuedTo(to)).toHaveLength(1)

    await drain(payload)
    const [submission] = (
      await payload.find({ collection: 'form-submissions', where: { form: { equals: form.id } }, depth: 0 })
    ).docs
    for (const to of everyone) {
      const { mail, envelope } = await sink.waitFor((m) => m.envelope.to.includes(to))
      // One recipient per mail: nobody sees another's address, BCC included.
      expect(envelope.to).toEqual([to])
      expect(mail.subject).toBe('نیا رضاکار')
      expect(mail.replyTo?.value).toEqual([{ name: '', address: `coordinator-${u}@example.org` }])
      expect(mail.from?.value).toEqual([{ name: 'Hujra Test', address: 'mail@hujra.test' }])
      expect(mail.headers.get('content-language')).toBe('ur')

      const text = mail.text ?? ''
      expect(text).toContain('رضاکار بنیں')
      expect(text).toContain('براہِ کرم دو دن میں رابطہ کریں۔')
      expect(text).toContain(`\u2068پورا نام\u2069: \u2068${name}\u2069`)
      // A choice by its label, not its stored value.
      expect(text).toContain('\u2068How will you help?\u2069: \u2068Volunteer\u2069')
      expect(text).toContain('\u2068مردان\u2069')
      expect(text).toContain('\u2068ہاں\u2069')
      expect(text).toContain(serverLink(`/admin/collections/form-submissions/${submission!.id}`))

      const html = String(mail.html)
      expect(html).toContain('dir="rtl"')
      expect(html).toContain(`&lt;b&gt;عائشہ&lt;/b&gt; &amp; &quot;co&quot; ${u}`)
      expect(html).not.toContain('<b>')
    }
    // Four notices and no more: none to the address in the answers, none from the plugin.
    const all = sink.received.filter((m) => m.envelope.to.some((to) => to.includes(u)))
    expect(all).toHaveLength(4)
    expect(sink.received.some((m) => m.envelope.to.some((to) => to.includes('evil.example')))).toBe(false)
    expect(sink.received.some((m) => m.mail.subject === "You've received a new message.")).toBe(false)
  })

  it('do not hold up or fail the answer while the mail server is down; the queued notice waits for a retry', async () => {
    mailTo(await freePort())
    try {
      const to = `down-${unique()}@example.org`
      const form = await createForm(payload, { emails: [{ emailTo: to, subject: 'New answer' }] })
      const started = performance.now()
      const answer = await siteReader(SECRET).post(`/forms/${form.id}/submit`, {
        values: validAnswers(district.id),
      })
      expect(answer.status).toBe(201)
      expect(performance.now() - started).toBeLessThan(2000)
      await drain(payload)
      const [entry] = await queuedTo(to)
      expect(entry!.done_at).toBeNull()
      expect(entry!.attempts).toBe(1)
      expect(entry!.last_error).toBeTruthy()
      expect(new Date(entry!.next_attempt_at).getTime()).toBeGreaterThan(Date.now())
    } finally {
      mailTo(sink.port)
    }
  })

  it('without notification settings, queues nothing', async () => {
    const form = await createForm(payload)
    const before = (
      await payload.db.pool.query(`select count(*)::int as n from outbox where topic = $1`, [MAIL_TOPIC])
    ).rows[0]!.n
    expect(
      (await siteReader(SECRET).post(`/forms/${form.id}/submit`, { values: validAnswers(district.id) }))
        .status,
    ).toBe(201)
    const after = (
      await payload.db.pool.query(`select count(*)::int as n from outbox where topic = $1`, [MAIL_TOPIC])
    ).rows[0]!.n
    expect(after).toBe(before)
  })
})
