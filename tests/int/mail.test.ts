import type { Payload, PayloadRequest } from 'payload'

import dc from 'node:diagnostics_channel'
import type { Socket } from 'node:net'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  MAIL_LOCALES,
  MAIL_TOPIC,
  parseSender,
  queueMail,
  renderMail,
  serverLink,
  siteLink,
  templates,
} from '../../plugins/mail'
import { transportOptions } from '../../plugins/mail/transport'
import { drain, startDispatcher, stopDispatcher } from '../../plugins/outbox'
import { ConfigError, config, parseConfig, resetConfig } from '../../utilities/config'
import { AppError } from '../../utilities/errors'
import { testDatabaseUrl } from '../helpers/database'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'
import { type SmtpSink, startSilentServer, startSmtpSink } from '../helpers/smtpServer'
import { freePort } from '../helpers/startProcess'

const MAIL_VARIABLES = [
  'MAIL_SERVER',
  'MAIL_PORT',
  'MAIL_USE_TLS',
  'MAIL_USERNAME',
  'MAIL_PASSWORD',
  'MAIL_DEFAULT_SENDER',
]
const SENDER = 'Hujra Test <mail@hujra.test>'

const saved: Record<string, string | undefined> = {}
let payload: Payload

/** Sets MAIL_* for what follows (unset when undefined) and makes config() read them. */
const mailEnv = (values: Partial<Record<string, string>>) => {
  for (const name of MAIL_VARIABLES) delete process.env[name]
  for (const [name, value] of Object.entries(values)) if (value !== undefined) process.env[name] = value
  resetConfig()
}

const sinkEnv = (port: number, extra: Record<string, string> = {}) =>
  mailEnv({
    MAIL_SERVER: '127.0.0.1',
    MAIL_PORT: String(port),
    MAIL_USE_TLS: 'false',
    MAIL_DEFAULT_SENDER: SENDER,
    ...extra,
  })

const sql = async (text: string, params: unknown[] = []) => (await payload.db.pool.query(text, params)).rows

const reader = () => `reader-${unique()}@example.test`

/** Queues in a request's transaction and commits it, as an endpoint would; returns how long the request took. */
const queueInRequest = async (input: Parameters<typeof queueMail>[1]) => {
  const started = performance.now()
  const req = (await createLocalReq({}, payload)) as PayloadRequest
  await initTransaction(req)
  await queueMail(req, input)
  await commitTransaction(req)
  return performance.now() - started
}

const mailEntries = async (to: string) =>
  sql(`select * from outbox where topic = $1 and payload->>'to' = $2`, [MAIL_TOPIC, to])

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the entry's retry is due, then handles what is due. */
const drainAfterRetryIsDue = async (to: string) => {
  const [entry] = await mailEntries(to)
  const wait = new Date(entry!.next_attempt_at).getTime() - Date.now()
  if (wait > 0) await sleep(wait + 50)
  return drain(payload)
}

/** The first http(s) address on a line of its own in the text part. */
const linkInText = (text: string) => /^(https?:\/\/\S+)$/m.exec(text)?.[1]

beforeAll(async () => {
  for (const name of MAIL_VARIABLES) saved[name] = process.env[name]
  payload = await getTestPayload()
})

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  resetConfig()
})

describe('templates', () => {
  const samples = {
    'verify-email': { name: 'Ayesha', link: serverLink('/api/users/verify/abc'), expiresInMinutes: 30 },
    'reset-password': { name: 'Ayesha', link: siteLink('/reset', { token: 'abc' }), expiresInMinutes: 60 },
    'password-changed': { name: 'Ayesha', changedAt: '2026-03-05T09:05:00Z', resetLink: siteLink('/forgot') },
    'two-factor-reset': { name: 'Ayesha', resetAt: '2026-03-05T09:05:00Z', link: serverLink('/admin/login') },
    'account-exists': {
      name: 'Ayesha',
      link: siteLink('/account/sign-in'),
      resetLink: siteLink('/account/forgot'),
    },
    'form-submission': {
      formTitle: 'Polio week volunteers',
      answers: [
        { label: 'Name', value: 'Ayesha' },
        { label: 'Consent', value: true },
      ],
      submittedAt: '2026-03-05T09:05:00Z',
      link: serverLink('/admin/collections/form-submissions/1'),
    },
  } as const

  it('render every template in every language, text and HTML, RTL for Urdu and Pashto', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(templates).sort())
    const subjects = new Set<string>()
    for (const [template, data] of Object.entries(samples)) {
      for (const locale of MAIL_LOCALES) {
        const mail = renderMail(template as keyof typeof samples, locale, data as never)
        subjects.add(mail.subject)
        expect(mail.text).toContain('Ayesha')
        const link = 'link' in data ? data.link : data.resetLink
        expect(linkInText(mail.text)).toBe(link)
        expect(mail.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`)
        const dir = locale === 'en' ? 'ltr' : 'rtl'
        expect(mail.html).toContain(`<html lang="${locale}" dir="${dir}">`)
        if (locale !== 'en') {
          // Written in Arabic script, not English left in place.
          expect(mail.subject).toMatch(/[\u0600-\u06ff]/)
          expect(mail.text.replace(/https?:\/\/\S+/g, '')).not.toMatch(/\b(the|your|link|password)\b/i)
        }
      }
    }
    // No language shares a subject with another.
    expect(subjects.size).toBe(Object.keys(samples).length * MAIL_LOCALES.length)
  })

  it('escape data in HTML and keep it as written in text', () => {
    const name = `<script>alert("x")</script> & 'co'`
    const link = serverLink('/api/health', { a: '1', b: '"><img src=x>' })
    const mail = renderMail('verify-email', 'ur', { name, link })
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;')
    expect(mail.text).toContain(name)
    expect(mail.html).toContain(`href="${link.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
  })

  it('write numbers and dates in the reader’s digits: Latin for Urdu, Extended Arabic-Indic for Pashto', () => {
    const data = { link: serverLink('/x'), expiresInMinutes: 45 }
    expect(renderMail('reset-password', 'ur', data).text).toContain('45 منٹ')
    expect(renderMail('reset-password', 'ps', data).text).toContain('۴۵ دقیقې')
    expect(renderMail('reset-password', 'en', data).text).toContain('45 minutes, and only once')
  })

  it('refuse links that are relative, another scheme or another host', () => {
    for (const link of [
      '/api/health',
      'javascript:alert(1)',
      'https://evil.example/reset',
      `${config().SERVER_URL}.evil.example/x`,
    ]) {
      expect(() => renderMail('verify-email', 'en', { link })).toThrow()
    }
  })
})

describe('settings', () => {
  it('read MAIL_DEFAULT_SENDER as "Name <address>" or an address, and refuse anything else naming the variable', () => {
    expect(parseSender('Hujra Team <team@hujra.org>')).toEqual({
      name: 'Hujra Team',
      address: 'team@hujra.org',
    })
    expect(parseSender('"Hujra, Peshawar" <p@hujra.org>')).toEqual({
      name: 'Hujra, Peshawar',
      address: 'p@hujra.org',
    })
    expect(parseSender('team@hujra.org')).toEqual({ name: 'Hujra', address: 'team@hujra.org' })
    for (const bad of ['Hujra', 'Hujra <>', 'a b@c.org', 'Hujra <x@y.org> z']) {
      expect(() => parseSender(bad)).toThrow(ConfigError)
      expect(() => parseSender(bad)).toThrow(/MAIL_DEFAULT_SENDER/)
    }
  })

  it('turn MAIL_USE_TLS and MAIL_PORT into implicit TLS, required STARTTLS or plain SMTP', () => {
    const options = (env: Record<string, string>) =>
      transportOptions(parseConfig({ MAIL_SERVER: 'smtp.example.org', ...env }))
    expect(options({ MAIL_PORT: '465' })).toMatchObject({ secure: true, port: 465 })
    expect(options({ MAIL_PORT: '465' }).requireTLS).toBeUndefined()
    expect(options({})).toMatchObject({ secure: false, port: 587, requireTLS: true })
    expect(options({ MAIL_USE_TLS: 'false', MAIL_PORT: '25' })).toMatchObject({
      secure: false,
      ignoreTLS: true,
    })
    expect(options({}).auth).toBeUndefined()
    expect(options({ MAIL_USERNAME: 'u', MAIL_PASSWORD: 'p' }).auth).toEqual({ user: 'u', pass: 'p' })
  })
})

describe('queued mail', () => {
  let sink: SmtpSink

  beforeAll(async () => {
    sink = await startSmtpSink()
  })

  afterAll(async () => {
    await sink.close()
  })

  afterEach(() => sinkEnv(sink.port))

  it('arrives in Urdu (subject, text, HTML with dir="rtl") from MAIL_DEFAULT_SENDER, and its link works', async () => {
    sinkEnv(sink.port)
    const to = reader()
    const link = serverLink('/api/health')
    await queueInRequest({
      to,
      template: 'verify-email',
      locale: 'ur',
      data: { name: 'عائشہ <b>خان</b>', link, expiresInMinutes: 30 },
    })
    expect(await drain(payload)).toMatchObject({ failed: 0 })
    const { mail, envelope } = await sink.waitFor((m) => m.envelope.to.includes(to))

    expect(mail.subject).toBe('حجرہ کے لیے اپنے ای میل پتے کی تصدیق کریں')
    expect(mail.text).toContain('براہِ کرم تصدیق کریں کہ یہ ای میل پتہ آپ کا ہے')
    expect(mail.text).toContain('عائشہ <b>خان</b>')
    const html = String(mail.html)
    expect(html).toContain('dir="rtl"')
    expect(html).toContain('lang="ur"')
    expect(html).toContain('عائشہ &lt;b&gt;خان&lt;/b&gt;')
    expect(html).not.toContain('<b>')
    expect(mail.headers.get('content-language')).toBe('ur')
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated')

    expect(mail.from?.value).toEqual([{ name: 'Hujra Test', address: 'mail@hujra.test' }])
    expect(envelope.from).toBe('mail@hujra.test')

    // The link, found in the text and in the HTML, leads into this CMS and answers.
    const found = linkInText(mail.text ?? '')
    expect(found).toBe(link)
    expect(html).toContain(`href="${link}"`)
    const url = new URL(found!)
    expect(url.origin).toBe(new URL(config().SERVER_URL).origin)
    const res = await anonymous().get(url.pathname.replace(/^\/api/, '') + url.search)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('ok')
  })

  it('keeps no one-time link once sent, and never shows one in the admins’ outbox list', async () => {
    sinkEnv(sink.port)
    const admin = await anonymous().login((await createUser(payload, ['admin'])).email, PASSWORD)
    const to = reader()
    const link = serverLink('/api/health', { token: 'one-time-secret' })
    await queueInRequest({
      to,
      template: 'reset-password',
      locale: 'en',
      data: { name: 'A', link, expiresInMinutes: 30 },
    })
    const listed = async () =>
      JSON.stringify((await admin.get(`/outbox?topic=${MAIL_TOPIC}&limit=200`)).body.docs)
    // Queued: the row holds the link (the dispatcher needs it); the list does not show it.
    expect(JSON.stringify((await mailEntries(to))[0]!.payload)).toContain('one-time-secret')
    expect(await listed()).toContain(to)
    expect(await listed()).not.toContain('one-time-secret')
    expect(await drain(payload)).toMatchObject({ failed: 0 })
    await sink.waitFor((m) => m.envelope.to.includes(to))
    // Sent: who got which template stays, the data is gone from the table.
    const [sent] = await mailEntries(to)
    expect(sent!.payload).toEqual({ to, template: 'reset-password', locale: 'en', data: '[redacted]' })
  })

  it('sends nothing when the change that queued it rolls back', async () => {
    sinkEnv(sink.port)
    const to = reader()
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    await initTransaction(req)
    await queueMail(req, {
      to,
      template: 'reset-password',
      locale: 'en',
      data: { link: siteLink('/reset'), expiresInMinutes: 60 },
    })
    await killTransaction(req)
    await drain(payload)
    expect(await mailEntries(to)).toEqual([])
    expect(sink.received.filter((m) => m.envelope.to.includes(to))).toEqual([])
  })

  it('refuses bad input with a 400 naming the field', async () => {
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    const data = { link: serverLink('/x'), expiresInMinutes: 60 }
    const cases: [Record<string, unknown>, string][] = [
      [{ to: 'not an address', template: 'reset-password', locale: 'en', data }, 'to'],
      [{ to: 'a@b.test\r\nBcc: c@d.test', template: 'reset-password', locale: 'en', data }, 'to'],
      [{ to: reader(), template: 'nope', locale: 'en', data }, 'template'],
      [{ to: reader(), template: 'reset-password', locale: 'fr', data }, 'locale'],
      [
        {
          to: reader(),
          template: 'reset-password',
          locale: 'en',
          data: { ...data, link: 'https://evil.example/r' },
        },
        'data.link',
      ],
      [
        { to: reader(), template: 'reset-password', locale: 'en', data: { link: data.link } },
        'data.expiresInMinutes',
      ],
    ]
    for (const [input, field] of cases) {
      const error = await queueMail(req, input as never).catch((e: unknown) => e)
      expect(error, field).toBeInstanceOf(AppError)
      expect((error as AppError).status).toBe(400)
      expect((error as AppError).field).toBe(field)
    }
  })

  it('signs in with MAIL_USERNAME and MAIL_PASSWORD, and a wrong password is retried, not lost', async () => {
    const authed = await startSmtpSink({ auth: { user: 'hujra', pass: 'right-password' } })
    try {
      const to = reader()
      sinkEnv(authed.port, { MAIL_USERNAME: 'hujra', MAIL_PASSWORD: 'wrong-password' })
      await queueInRequest({
        to,
        template: 'password-changed',
        locale: 'ps',
        data: { changedAt: new Date().toISOString(), resetLink: siteLink('/forgot') },
      })
      expect(await drain(payload)).toEqual({ handled: 0, failed: 1 })
      const [entry] = await mailEntries(to)
      expect(entry!.done_at).toBeNull()
      expect(entry!.last_error).toMatch(/535|auth/i)

      sinkEnv(authed.port, { MAIL_USERNAME: 'hujra', MAIL_PASSWORD: 'right-password' })
      expect(await drainAfterRetryIsDue(to)).toMatchObject({ handled: 1, failed: 0 })
      const got = await authed.waitFor((m) => m.envelope.to.includes(to))
      expect(got.user).toBe('hujra')
      expect(got.mail.subject).toBe('ستاسو د حجره حساب پټنوم بدل شو')
      expect(String(got.mail.html)).toContain('<html lang="ps" dir="rtl">')
    } finally {
      await authed.close()
    }
  })

  it('gives up at once on a recipient the server refuses for good (550), instead of retrying for hours', async () => {
    const refusing = await startSmtpSink({ refuse: (address) => address.startsWith('gone-') })
    try {
      const to = `gone-${unique()}@example.test`
      sinkEnv(refusing.port)
      await queueInRequest({
        to,
        template: 'reset-password',
        locale: 'en',
        data: { link: siteLink('/r'), expiresInMinutes: 60 },
      })
      expect(await drain(payload)).toEqual({ handled: 1, failed: 0 })
      const [entry] = await mailEntries(to)
      expect(entry!.done_at).not.toBeNull()
      expect(entry!.attempts).toBe(1)
      expect(refusing.received).toEqual([])
    } finally {
      await refusing.close()
    }
  })

  it('never sends in clear when MAIL_USE_TLS=true and the server offers no STARTTLS', async () => {
    const to = reader()
    sinkEnv(sink.port, { MAIL_USE_TLS: 'true' })
    await queueInRequest({
      to,
      template: 'reset-password',
      locale: 'en',
      data: { link: siteLink('/r'), expiresInMinutes: 60 },
    })
    expect(await drain(payload)).toEqual({ handled: 0, failed: 1 })
    expect((await mailEntries(to))[0]!.last_error).toMatch(/STARTTLS/i)
    expect(sink.received.filter((m) => m.envelope.to.includes(to))).toEqual([])
    await sql(`delete from outbox where topic = $1 and payload->>'to' = $2`, [MAIL_TOPIC, to])
  })
})

describe('a mail server that is down or hangs', () => {
  it('does not fail the request; the message arrives by retry once the server is back', async () => {
    const port = await freePort()
    sinkEnv(port)
    const to = reader()
    const took = await queueInRequest({
      to,
      template: 'reset-password',
      locale: 'en',
      data: { link: siteLink('/r'), expiresInMinutes: 60 },
    })
    expect(took).toBeLessThan(1000)
    // Nothing listens: the attempt is refused and rescheduled.
    expect(await drain(payload)).toEqual({ handled: 0, failed: 1 })
    expect((await mailEntries(to))[0]!.last_error).toMatch(/ECONNREFUSED/)

    const sink = await startSmtpSink({ port })
    try {
      expect(await drainAfterRetryIsDue(to)).toMatchObject({ handled: 1, failed: 0 })
      const { mail } = await sink.waitFor((m) => m.envelope.to.includes(to))
      expect(mail.subject).toBe('Choose a new password for Hujra')
      expect((await mailEntries(to))[0]!.done_at).not.toBeNull()
    } finally {
      await sink.close()
    }
  })

  it('does not slow the request while the server hangs; the message arrives after it comes back', async () => {
    const silent = await startSilentServer()
    sinkEnv(silent.port)
    const to = reader()
    await startDispatcher(payload, { pollMs: 200 })
    let sink: SmtpSink | undefined
    try {
      const took = await queueInRequest({
        to,
        template: 'two-factor-reset',
        locale: 'ur',
        data: { resetAt: new Date().toISOString(), link: serverLink('/admin/login') },
      })
      expect(took).toBeLessThan(1000)
      // The dispatcher, not the request, is the one waiting on the server.
      await vi.waitFor(() => expect(silent.connections()).toBe(1), { timeout: 5000 })
      expect((await mailEntries(to))[0]!.done_at).toBeNull()

      // The server comes back: the hung connection drops, the retry finds a working one.
      await silent.close()
      sink = await startSmtpSink({ port: silent.port })
      const { mail } = await sink.waitFor((m) => m.envelope.to.includes(to), 15_000)
      expect(mail.subject).toBe('آپ کے حجرہ اکاؤنٹ میں دو مرحلوں والا سائن ان ری سیٹ کر دیا گیا')
      const [entry] = await mailEntries(to)
      expect(entry!.attempts).toBeGreaterThanOrEqual(2)
    } finally {
      await stopDispatcher(payload)
      await sink?.close()
    }
  })
})

describe('without MAIL_SERVER', () => {
  it('writes the message to the log and connects nowhere', async () => {
    const sink = await startSmtpSink()
    // Every outgoing connection and host-name lookup this process starts while the mail is handled.
    const seen: string[] = []
    const watch = ({ socket }: { socket: Socket }) => {
      socket.once('connectionAttempt', (ip: string, port: number) => seen.push(`${ip}:${port}`))
      socket.once('lookup', (_err: unknown, _address: unknown, _family: unknown, host: string) =>
        seen.push(`lookup ${host}`),
      )
    }
    const info = vi.spyOn(payload.logger, 'info')
    try {
      mailEnv({ MAIL_DEFAULT_SENDER: SENDER })
      const to = reader()
      const link = siteLink('/reset', { token: 'tok' })
      await queueInRequest({
        to,
        template: 'reset-password',
        locale: 'ps',
        data: { link, expiresInMinutes: 20 },
      })
      dc.subscribe('net.client.socket', watch as (message: unknown) => void)
      expect(await drain(payload)).toMatchObject({ failed: 0 })
      dc.unsubscribe('net.client.socket', watch as (message: unknown) => void)

      const logged = info.mock.calls
        .map(
          ([obj]) => obj as unknown as { msg?: string; mail?: { to: string; subject: string; text: string } },
        )
        .find((obj) => obj?.mail?.to === to)
      expect(logged?.msg).toContain('MAIL_SERVER is not set')
      expect(logged?.mail?.subject).toBe('د خپل حجره حساب لپاره نوی پټنوم جوړ کړئ')
      expect(logged?.mail?.text).toContain(link)
      expect((await mailEntries(to))[0]!.done_at).not.toBeNull()

      // Only the database (its pool may open a connection); no mail server, no ethereal.email.
      const database = new URL(testDatabaseUrl())
      expect(seen.filter((s) => s !== `127.0.0.1:${database.port || 5432}`)).toEqual([])
      expect(sink.connections).toBe(0)
    } finally {
      dc.unsubscribe('net.client.socket', watch as (message: unknown) => void)
      info.mockRestore()
      await sink.close()
    }
  })
})
