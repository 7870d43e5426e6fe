import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../../collections/moderation/topics'
import type { Locale } from '../i18n/messages'
import { config } from './config'

const TIMEOUT_MS = 8000

/** Why the CMS refused a link: changed or cut short, past its time, or used already (or replaced). */
export type LinkProblem = 'invalid' | 'expired' | 'used'

/** What became of an account step, as the pages show it. */
export type AccountOutcome =
  | { kind: 'done' }
  /** Fields the reader should fix (`email`, `password`, `name`). */
  | { kind: 'invalid'; fields: string[] }
  | { kind: 'link'; problem: LinkProblem }
  | { kind: 'limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

/** The HTTP status a page answers an outcome with. */
export const statusOf = (outcome: AccountOutcome): number =>
  ({ done: 200, invalid: 400, link: 400, limited: 429, unavailable: 503 })[outcome.kind]

const PROBLEMS: readonly LinkProblem[] = ['invalid', 'expired', 'used']

/**
 * One account step at the CMS on the reader's behalf. The CMS limits these
 * per address, and only the site knows the reader's: it sends it with
 * SITE_CACHE_SECRET, which the CMS requires before believing it
 * (collections/users/clientAddress.ts), as the sign-in route does.
 */
export const accountStep = async (
  path:
    | '/users/signup'
    | '/users/verify'
    | '/users/resend-verification'
    | '/users/forgot-password'
    | '/users/reset-password',
  body: Record<string, string>,
  readerAddress: string | undefined,
): Promise<AccountOutcome> => {
  const { SITE_CACHE_SECRET, CMS_URL } = config()
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (SITE_CACHE_SECRET && readerAddress) {
    headers[SITE_SECRET_HEADER] = SITE_CACHE_SECRET
    headers[READER_ADDRESS_HEADER] = readerAddress
  }
  let response: Response
  try {
    response = await fetch(`${CMS_URL}/api${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return { kind: 'unavailable' }
  }
  if (response.ok) return { kind: 'done' }
  if (response.status === 429) {
    const retry = Number(response.headers.get('retry-after'))
    return { kind: 'limited', retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : 600 }
  }
  if (response.status === 400) {
    const answer = (await response.json().catch(() => null)) as {
      reason?: string
      errors?: { field?: string; message?: string; data?: { errors?: { path?: string }[] } }[]
    } | null
    if (PROBLEMS.includes(answer?.reason as LinkProblem))
      return { kind: 'link', problem: answer!.reason as LinkProblem }
    // The kernel names the field as `field`; Payload's own validation under data.errors[].path.
    const fields = (answer?.errors ?? []).flatMap((e) => [
      e.field,
      ...(e.data?.errors ?? []).map((d) => d.path),
    ])
    return { kind: 'invalid', fields: fields.filter((f): f is string => typeof f === 'string') }
  }
  return { kind: 'unavailable' }
}

/** A form field as a string (missing or a file: empty). */
export const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The submitted form, or null when the body is not one. */
export const readForm = async (request: Request): Promise<FormData | null> => {
  try {
    return await request.formData()
  } catch {
    return null
  }
}

/** A link the pages put in the CMS's requests: the reader's language. */
export const withLocale = (body: Record<string, string>, locale: Locale) => ({ ...body, locale })
