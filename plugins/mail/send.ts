import type { Payload, PayloadRequest } from 'payload'

import { z } from 'zod'

import { fromZod } from '../../utilities/errors'
import { type OutboxTopic, enqueue } from '../outbox'
import type { OutboxEntry } from '../outbox/table'
import {
  MAIL_LOCALES,
  type MailLocale,
  type TemplateData,
  type TemplateName,
  renderMail,
  templates,
} from './templates'

export const MAIL_TOPIC = 'mail.send'

/** One handler run may take this long; above the SMTP timeouts (transport.ts), below the outbox lease (60 s). */
export const MAIL_TIMEOUT_MS = 45_000

/** A message to queue: who gets it, which template, in which language, with what in it. */
export interface QueueMailInput<T extends TemplateName> {
  to: string
  template: T
  /** The reader's language (their account's or the request's), not the sender's. */
  locale: MailLocale
  data: TemplateData<T>
  /** Where a reply goes, when not to MAIL_DEFAULT_SENDER (a form's notice: the editor's address). */
  replyTo?: string
}

const envelope = z.object({
  // No line breaks (header injection) and no display name: an address only.
  to: z.email('must be an email address').max(254, 'must be at most 254 characters'),
  template: z.enum(Object.keys(templates) as [TemplateName, ...TemplateName[]], {
    error: `must be one of ${Object.keys(templates).join(', ')}`,
  }),
  locale: z.enum(MAIL_LOCALES, { error: `must be one of ${MAIL_LOCALES.join(', ')}` }),
  data: z.unknown(),
  replyTo: z.email('must be an email address').max(254, 'must be at most 254 characters').optional(),
})

/** The queued message, checked against its template: a 400 naming the field (`to`, `data.link`…) when it does not fit. */
const validate = (input: unknown) => {
  const head = envelope.safeParse(input)
  if (!head.success) throw fromZod(head.error)
  const data = templates[head.data.template].data.safeParse(head.data.data)
  if (!data.success) {
    throw fromZod(
      new z.ZodError(data.error.issues.map((issue) => ({ ...issue, path: ['data', ...issue.path] }))),
    )
  }
  return { ...head.data, data: data.data as Record<string, unknown> }
}

/**
 * Queues a message in the caller's transaction: it is sent after the change
 * commits, by the outbox dispatcher, never inside the request. So a slow or
 * down mail server neither slows nor fails the request, a rolled-back change
 * sends nothing, and a failed send is retried with backoff.
 *
 * Links in `data` must be absolute and start with SERVER_URL or SITE_URL
 * (build them with `serverLink`/`siteLink`).
 */
export const queueMail = async <T extends TemplateName>(
  req: PayloadRequest,
  input: QueueMailInput<T>,
): Promise<void> => {
  await enqueue(req, MAIL_TOPIC, validate(input))
}

/** A refusal no retry changes: the server said the recipient does not exist or takes no mail (5xx to RCPT). */
const isPermanent = (error: unknown) => {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number }
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500
}

const send = async (entry: OutboxEntry, payload: Payload) => {
  const queued = envelope.safeParse(entry.payload)
  const data = queued.success ? templates[queued.data.template].data.safeParse(queued.data.data) : queued
  if (!queued.success || !data.success) {
    // Valid when queued, so only a changed SERVER_URL/SITE_URL or template gets here: retrying cannot help.
    payload.logger.error({
      err: data.error,
      outboxId: entry.id,
      msg: 'mail: queued message no longer fits its template; dropped',
    })
    return
  }
  // A template that throws on valid data is a bug: thrown, so the entry is retried (after a fix) and shows as failed.
  const mail = renderMail(queued.data.template, queued.data.locale, data.data as never)
  const { to, locale, replyTo } = queued.data
  try {
    await payload.sendEmail({
      to,
      ...(replyTo ? { replyTo } : {}),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // Automatic mail (RFC 3834): no out-of-office replies to it.
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': locale },
    })
  } catch (err) {
    if (!isPermanent(err)) throw err
    payload.logger.error({ err, outboxId: entry.id, msg: `mail: the server refused ${to} for good; dropped` })
  }
}

/** The outbox topic that sends queued mail. */
export const mailTopic: OutboxTopic = {
  topic: MAIL_TOPIC,
  // 2 s, 4 s, 8 s … up to 15 min apart: about two hours of tries before an admin has to retry it.
  maxAttempts: 14,
  backoffMs: 2000,
  maxBackoffMs: 15 * 60_000,
  timeoutMs: MAIL_TIMEOUT_MS,
  handle: send,
  // A sent message keeps who got which template, not its data: links carry one-time tokens.
  redact: (queued) => {
    const { to, template, locale } = (queued ?? {}) as Record<string, unknown>
    return { to, template, locale, data: '[redacted]' }
  },
}
