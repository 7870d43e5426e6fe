import type { APIRoute } from 'astro'

import { LOCALES, type Locale, localizedPath } from '../../../i18n/messages'
import {
  type EndAnswer,
  endOtherReaderSessions,
  endReaderSession,
  readerSessions,
} from '../../../lib/accountSessions'
import { fromThisSite } from '../../../lib/sameOrigin'
import { tokenOf } from '../../../lib/session'

/**
 * The reader's sessions through the site, as the reader (their token from
 * the httpOnly cookie): GET lists them as JSON; POST ends one (`action=end`,
 * `id`) or all the others (`action=end-others`), from the sessions page's
 * forms without JavaScript (answered with a redirect back to the page, which
 * says what happened) or from its script (`Accept: application/json`);
 * DELETE does the same for JSON callers (`?id=` or `?others=true`). Writes
 * from another site are refused.
 */
const NO_STORE = { 'cache-control': 'private, no-store' }

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE })

const statusOf = (answer: EndAnswer) =>
  ({ ended: 200, gone: 404, 'signed-out': 401, unavailable: 503 })[answer.kind]

export const GET: APIRoute = async ({ cookies }) => {
  const answer = await readerSessions(tokenOf(cookies))
  if (answer.kind === 'ok') return json({ sessions: answer.sessions })
  return json({ outcome: answer.kind }, answer.kind === 'signed-out' ? 401 : 503)
}

const wantsJson = (request: Request) => (request.headers.get('accept') ?? '').includes('application/json')

const back = (locale: Locale, query: Record<string, string>) =>
  new Response(null, {
    status: 303,
    headers: {
      ...NO_STORE,
      location: `${localizedPath('/account/sessions', locale)}?${new URLSearchParams(query)}`,
    },
  })

const answerOf = (answer: EndAnswer) =>
  answer.kind === 'ended' ? { outcome: 'ended', ended: answer.count } : { outcome: answer.kind }

export const POST: APIRoute = async ({ cookies, request, url }) => {
  let form: FormData | null = null
  try {
    form = await request.formData()
  } catch {
    // handled below: neither action nor locale
  }
  const lang = form?.get('lang')
  const locale: Locale = LOCALES.includes(lang as Locale) ? (lang as Locale) : 'en'
  if (!fromThisSite(request, url)) {
    return wantsJson(request) ? json({ outcome: 'refused' }, 403) : back(locale, { done: 'refused' })
  }
  const action = form?.get('action')
  const id = form?.get('id')
  let answer: EndAnswer
  if (action === 'end' && typeof id === 'string') answer = await endReaderSession(tokenOf(cookies), id)
  else if (action === 'end-others') answer = await endOtherReaderSessions(tokenOf(cookies))
  else
    return json({ outcome: 'invalid', field: 'action', message: 'action: end (with id) or end-others' }, 400)
  if (wantsJson(request)) return json(answerOf(answer), statusOf(answer))
  const done = answer.kind === 'ended' ? (action === 'end' ? 'ended' : 'others') : answer.kind
  return back(locale, { done, ...(answer.kind === 'ended' ? { n: String(answer.count) } : {}) })
}

export const DELETE: APIRoute = async ({ cookies, request, url }) => {
  if (!fromThisSite(request, url)) return json({ outcome: 'refused' }, 403)
  const id = url.searchParams.get('id')
  const others = url.searchParams.get('others') === 'true'
  if (!id === !others) return json({ outcome: 'invalid', field: 'id', message: 'id, or others=true' }, 400)
  const answer = id
    ? await endReaderSession(tokenOf(cookies), id)
    : await endOtherReaderSessions(tokenOf(cookies))
  return json(answerOf(answer), statusOf(answer))
}
