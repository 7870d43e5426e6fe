import type { CampaignFormMessages } from '../i18n/campaignForm'
import type { Locale } from '../i18n/messages'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../../collections/moderation/topics'
import {
  EMAIL_MAX,
  FIELD_TYPES,
  type FieldType,
  HONEYPOT_FIELD,
  TEXTAREA_MAX,
  TEXT_MAX,
} from '../../../plugins/forms/rules'
import { config } from './config'
import { type Localized, type Translations, pick, text } from './localized'
import { localDigits } from './numerals'

export { HONEYPOT_FIELD }

/** One field of a campaign's form, as the page draws it. */
export interface FormFieldView {
  kind: FieldType
  name: string
  label: Localized<string>
  required: boolean
  /** Longest answer (text, textarea, email). */
  maxLength?: number
  /** Bounds of a number. */
  min?: number
  max?: number
  /** A select's choices. */
  options?: { value: string; label: Localized<string> }[]
  /** What a consent box agrees to. */
  statement?: Localized<string> | null
}

export interface FormView {
  id: number
  title: Localized<string>
  fields: FormFieldView[]
  /** The editors' thanks (rich text), when the form has one. */
  confirmation: Localized<unknown> | null
}

interface RawBlock {
  blockType?: unknown
  name?: unknown
  label?: unknown
  required?: unknown
  min?: unknown
  max?: unknown
  options?: { value?: unknown; label?: unknown }[] | null
  statement?: unknown
}

const MAX_LENGTH: Partial<Record<FieldType, number>> = {
  text: TEXT_MAX,
  textarea: TEXTAREA_MAX,
  email: EMAIL_MAX,
}

const fieldOf = (block: RawBlock, locale: Locale): FormFieldView[] => {
  const kind = block.blockType as FieldType
  if (!(FIELD_TYPES as readonly string[]).includes(kind) || typeof block.name !== 'string') return []
  const name = block.name
  const label = pick(block.label as Translations<string>, locale) ?? {
    value: name,
    lang: 'en',
    fallback: false,
  }
  return [
    {
      kind,
      name,
      label,
      // Consent is never optional (the CMS refuses a form sent without it).
      required: kind === 'consent' || block.required === true,
      ...(MAX_LENGTH[kind] !== undefined && { maxLength: MAX_LENGTH[kind] }),
      ...(kind === 'number' && typeof block.min === 'number' && { min: block.min }),
      ...(kind === 'number' && typeof block.max === 'number' && { max: block.max }),
      ...(kind === 'select' && {
        options: (block.options ?? []).flatMap((option) =>
          typeof option?.value === 'string' && option.value
            ? [{ value: option.value, label: text(option.label as Translations<string>, locale) }]
            : [],
        ),
      }),
      ...(kind === 'consent' && { statement: pick(block.statement as Translations<string>, locale) }),
    },
  ]
}

/** The campaign's form from its populated `form` relationship; null when it has none (or it is withheld). */
export const formOf = (value: unknown, locale: Locale): FormView | null => {
  if (!value || typeof value !== 'object') return null
  const form = value as {
    id?: unknown
    title?: unknown
    fields?: RawBlock[] | null
    confirmationType?: unknown
    confirmationMessage?: unknown
  }
  if (typeof form.id !== 'number') return null
  const fields = (form.fields ?? []).flatMap((block) => fieldOf(block ?? {}, locale))
  if (fields.length === 0) return null
  return {
    id: form.id,
    title: text(form.title as Translations<string>, locale),
    fields,
    confirmation:
      form.confirmationType === 'message'
        ? pick(form.confirmationMessage as Translations<unknown>, locale)
        : null,
  }
}

/** What the reader sent, as strings (a form), for the CMS to judge. */
export interface FormAnswers {
  values: Record<string, string | boolean>
  /** As the reader typed them (digits and all), to show again beside a refusal. */
  typed: Record<string, string | boolean>
  /** The honeypot, passed on as is: the CMS answers a filled one as if accepted. */
  website: string
  /** When the reader's page was made (ms), for the CMS's too-fast check. */
  renderedAt?: number
  locale: Locale
}

/**
 * The answers a submitted form carries for `form`'s fields: boxes as true
 * or false (an unticked box sends nothing), everything else as typed.
 */
export const answersFromForm = (data: FormData, form: FormView, locale: Locale): FormAnswers => {
  const values: Record<string, string | boolean> = {}
  const typed: Record<string, string | boolean> = {}
  for (const field of form.fields) {
    const raw = data.get(field.name)
    if (field.kind === 'checkbox' || field.kind === 'consent')
      values[field.name] = typed[field.name] = raw !== null
    else if (typeof raw === 'string' && raw !== '') {
      typed[field.name] = raw
      // A number typed with Pashto or Arabic digits (۳۴) is the same number to the CMS.
      values[field.name] = field.kind === 'number' ? localDigits('en', raw) : raw
    }
  }
  const website = data.get(HONEYPOT_FIELD)
  const renderedAt = Number(data.get('renderedAt'))
  return {
    values,
    typed,
    website: typeof website === 'string' ? website : '',
    ...(Number.isSafeInteger(renderedAt) && renderedAt > 0 && { renderedAt }),
    locale,
  }
}

export type FormOutcome =
  | { kind: 'sent' }
  /** Field names the CMS refused, each with its English message (mapped to the reader's words by `errorWords`). */
  | { kind: 'invalid'; errors: Record<string, string> }
  /** Not open yet, closed, or full. */
  | { kind: 'closed' }
  | { kind: 'gone' }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

export const formStatusOf = (outcome: FormOutcome): number =>
  ({ sent: 201, invalid: 400, closed: 409, gone: 404, limited: 429, unavailable: 503 })[outcome.kind]

const TIMEOUT_MS = 8000

/**
 * Sends a reader's answers to the CMS's one door for them
 * (`POST /api/forms/:id/submit`). The CMS limits answers per reader and
 * only the site knows who the reader is: it passes the reader's address
 * with SITE_CACHE_SECRET, as corrections do.
 */
export const sendAnswers = async (
  form: FormView,
  answers: FormAnswers,
  readerAddress: string | undefined,
): Promise<FormOutcome> => {
  const { SITE_CACHE_SECRET, CMS_URL } = config()
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (SITE_CACHE_SECRET && readerAddress) {
    headers[SITE_SECRET_HEADER] = SITE_CACHE_SECRET
    headers[READER_ADDRESS_HEADER] = readerAddress
  }
  const body = {
    values: answers.values,
    locale: answers.locale,
    ...(answers.renderedAt !== undefined && { renderedAt: answers.renderedAt }),
    ...(answers.website && { [HONEYPOT_FIELD]: answers.website }),
  }
  let response: Response
  try {
    response = await fetch(`${CMS_URL}/api/forms/${form.id}/submit`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return { kind: 'unavailable' }
  }
  if (response.status === 201) return { kind: 'sent' }
  if (response.status === 404) return { kind: 'gone' }
  if (response.status === 429) {
    const retry = Number(response.headers.get('retry-after'))
    return { kind: 'limited', retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : 600 }
  }
  if (response.status === 400) {
    const answer = (await response.json().catch(() => null)) as {
      errors?: { field?: string; message?: string }[]
    } | null
    const named = (answer?.errors ?? []).filter((e) => typeof e.field === 'string')
    if (named.some((e) => e.field === 'form')) return { kind: 'closed' }
    const names = new Set(form.fields.map((f) => f.name))
    const errors = Object.fromEntries(
      named.filter((e) => names.has(e.field!)).map((e) => [e.field!, e.message ?? '']),
    )
    // A refusal of something the page does not show (the envelope): not the reader's to fix.
    return Object.keys(errors).length > 0 ? { kind: 'invalid', errors } : { kind: 'unavailable' }
  }
  await response.body?.cancel()
  return { kind: 'unavailable' }
}

/** The CMS's English refusal of a field ("age: must be at least 5") in the reader's words. */
export const errorWords = (field: FormFieldView, message: string, m: CampaignFormMessages): string => {
  const said = message.replace(/^[^:]*:\s*/, '')
  const bound = (pattern: RegExp) => {
    const found = pattern.exec(said)?.[1]
    return found === undefined ? undefined : Number(found)
  }
  if (said === 'required') return m.errors.required
  switch (field.kind) {
    case 'email':
      return m.errors.email
    case 'number': {
      const least = bound(/at least (-?[\d.]+)/)
      if (least !== undefined) return m.errors.atLeast(least)
      const most = bound(/at most (-?[\d.]+)/)
      if (most !== undefined) return m.errors.atMost(most)
      return m.errors.number
    }
    case 'text':
    case 'textarea': {
      const most = bound(/at most (\d+) characters/)
      return most !== undefined ? m.errors.tooLong(most) : m.errors.invalid
    }
    case 'select':
      return m.errors.choose
    case 'checkbox':
      return m.errors.tick
    case 'consent':
      return m.errors.consent
    case 'district':
      return m.errors.district
  }
}

/** What the reader is told of an outcome: a line for the whole form, and words beside each refused field. */
export const outcomeWords = (
  outcome: FormOutcome,
  form: FormView,
  m: CampaignFormMessages,
): { message: string; errors: Record<string, string> } => {
  switch (outcome.kind) {
    case 'sent':
      return { message: m.receivedTitle, errors: {} }
    case 'invalid': {
      const errors: Record<string, string> = {}
      for (const field of form.fields) {
        const said = outcome.errors[field.name]
        if (said !== undefined) errors[field.name] = errorWords(field, said, m)
      }
      return { message: m.errorsTitle, errors }
    }
    case 'closed':
      return { message: m.closed, errors: {} }
    case 'gone':
      return { message: m.gone, errors: {} }
    case 'limited':
      return { message: m.limited(Math.ceil(outcome.retryAfterSeconds / 60)), errors: {} }
    case 'unavailable':
      return { message: m.unavailable, errors: {} }
  }
}
