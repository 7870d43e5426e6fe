import type { APIRoute } from 'astro'

import { type CorrectionField, correctionMessages } from '../../i18n/corrections'
import { LOCALES, type Locale } from '../../i18n/messages'
import { type CorrectionDraft, sendCorrection, statusOf } from '../../lib/corrections'

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'private, no-store', ...headers } })

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * The correction form's fetch (scripts/correction.ts): the same submission
 * as the form POST, answered as JSON with the reader's-language words for
 * each refused field, so the script only places them.
 */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  let body: Record<string, unknown>
  try {
    const parsed: unknown = await request.json()
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not an object')
    body = parsed as Record<string, unknown>
  } catch {
    return json({ outcome: 'invalid', errors: {}, message: 'Send a JSON object' }, 400)
  }
  const locale: Locale = LOCALES.includes(body.locale as Locale) ? (body.locale as Locale) : 'en'
  const m = correctionMessages[locale]
  const resource = Number(body.resource)
  if (!Number.isSafeInteger(resource) || resource <= 0) {
    return json({ outcome: 'gone', message: m.gone }, 404)
  }
  const draft: CorrectionDraft = {
    resource,
    topic: text(body.topic),
    message: text(body.message),
    contact: text(body.contact),
    website: text(body.website),
    locale,
  }
  const outcome = await sendCorrection(draft, clientAddress)
  const status = statusOf(outcome)
  switch (outcome.kind) {
    case 'sent':
      return json({ outcome: 'sent', message: m.sent }, status)
    case 'invalid': {
      const errors = Object.fromEntries(outcome.fields.map((f: CorrectionField) => [f, m.fieldErrors[f]]))
      return json(
        { outcome: 'invalid', errors, message: outcome.fields.length ? m.errorsTitle : m.unavailable },
        status,
      )
    }
    case 'gone':
      return json({ outcome: 'gone', message: m.gone }, status)
    case 'limited':
      return json(
        { outcome: 'limited', message: m.limited(Math.ceil(outcome.retryAfterSeconds / 60)) },
        status,
        { 'retry-after': String(outcome.retryAfterSeconds) },
      )
    case 'unavailable':
      return json({ outcome: 'unavailable', message: m.unavailable }, status)
  }
}
