import type { APIRoute } from 'astro'

import { campaignFormMessages } from '../../../i18n/campaignForm'
import { LOCALES, type Locale } from '../../../i18n/messages'
import { answersFromForm, formStatusOf, outcomeWords, sendAnswers } from '../../../lib/campaignForm'
import { getCampaign } from '../../../lib/campaigns'
import { load } from '../../../lib/load'

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'private, no-store', ...headers } })

/**
 * A campaign form's fetch (scripts/campaigns/form.ts): the same answers as
 * the form POST to /campaigns/<slug>/form, answered as JSON with the
 * reader's-language words for the form and for each refused field, so the
 * script only places them.
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
  const m = campaignFormMessages[locale]
  const loaded = await load(() => getCampaign(locale, typeof body.slug === 'string' ? body.slug : ''))
  if (!loaded.ok) return json({ outcome: 'unavailable', message: m.unavailable }, 503)
  const form = loaded.data?.form
  if (!form) return json({ outcome: 'gone', message: m.gone }, 404)
  // The answers as a submitted form carries them, so both doors read them alike.
  const data = new FormData()
  const given =
    body.answers && typeof body.answers === 'object' ? (body.answers as Record<string, unknown>) : {}
  for (const [name, value] of Object.entries(given)) if (typeof value === 'string') data.append(name, value)
  const outcome = await sendAnswers(form, answersFromForm(data, form, locale), clientAddress)
  const { message, errors } = outcomeWords(outcome, form, m)
  return json(
    {
      outcome: outcome.kind,
      message,
      ...(outcome.kind === 'invalid' && { errors }),
      ...(outcome.kind === 'sent' && { receivedBody: m.receivedBody }),
    },
    formStatusOf(outcome),
    outcome.kind === 'limited' ? { 'retry-after': String(outcome.retryAfterSeconds) } : {},
  )
}
