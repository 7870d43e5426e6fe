import type { CorrectionField } from '../i18n/corrections'
import type { Locale } from '../i18n/messages'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../../collections/moderation/topics'
import { config } from './config'

const TIMEOUT_MS = 8000
const FIELDS: readonly CorrectionField[] = ['topic', 'message', 'contact']

/** What the reader sent, as strings (a form), for the CMS to judge: the CMS is the one that validates. */
export interface CorrectionDraft {
  resource: number
  topic: string
  message: string
  contact: string
  /** The honeypot, passed on as is: the CMS answers a filled one as if accepted. */
  website: string
  locale: Locale
}

export type CorrectionOutcome =
  | { kind: 'sent' }
  /** Fields the reader should fix; `other` when the CMS refused something the form does not show. */
  | { kind: 'invalid'; fields: CorrectionField[]; other: boolean }
  | { kind: 'gone' }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

/** The HTTP status a site answer carries for an outcome. */
export const statusOf = (outcome: CorrectionOutcome): number =>
  ({ sent: 201, invalid: 400, gone: 404, limited: 429, unavailable: 503 })[outcome.kind]

const field = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value : '')

/** A submitted form (JavaScript off) as a draft for `resource`. */
export const draftFromForm = (form: FormData, resource: number, locale: Locale): CorrectionDraft => ({
  resource,
  topic: field(form.get('topic')),
  message: field(form.get('message')),
  contact: field(form.get('contact')),
  website: field(form.get('website')),
  locale,
})

/**
 * Sends a reader's correction to the CMS on their behalf. The CMS limits
 * submissions per reader, and only the site knows who the reader is: it
 * passes the reader's address with SITE_CACHE_SECRET, the secret both sides
 * already share, so the CMS believes it (readers would otherwise all count
 * as the site).
 */
export const sendCorrection = async (
  draft: CorrectionDraft,
  readerAddress: string | undefined,
): Promise<CorrectionOutcome> => {
  const { SITE_CACHE_SECRET, CMS_URL } = config()
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (SITE_CACHE_SECRET && readerAddress) {
    headers[SITE_SECRET_HEADER] = SITE_CACHE_SECRET
    headers[READER_ADDRESS_HEADER] = readerAddress
  }
  const body = {
    resource: draft.resource,
    topic: draft.topic,
    message: draft.message,
    locale: draft.locale,
    ...(draft.contact.trim() && { contact: draft.contact }),
    ...(draft.website && { website: draft.website }),
  }
  let response: Response
  try {
    response = await fetch(`${CMS_URL}/api/corrections/submit`, {
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
    const answer = (await response.json().catch(() => null)) as { errors?: { field?: string }[] } | null
    const named = (answer?.errors ?? []).map((e) => e.field)
    const fields = FIELDS.filter((f) => named.includes(f))
    return { kind: 'invalid', fields, other: fields.length < named.length || named.length === 0 }
  }
  return { kind: 'unavailable' }
}
