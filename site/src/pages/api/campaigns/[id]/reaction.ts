import type { APIContext, APIRoute } from 'astro'

import { campaignMessages } from '../../../../i18n/campaigns'
import { LOCALES, type Locale } from '../../../../i18n/messages'
import {
  type ReactionOutcome,
  campaignIdParam,
  reactionState,
  toggleReaction,
} from '../../../../lib/campaignMetrics'
import { tokenOf } from '../../../../lib/session'

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })

const localeOf = (url: URL): Locale => {
  const asked = url.searchParams.get('locale')
  return LOCALES.includes(asked as Locale) ? (asked as Locale) : 'en'
}

/** The outcome as the support button's script shows it, with the words in the reader's language. */
const answer = (outcome: ReactionOutcome, locale: Locale, toggled: boolean) => {
  const m = campaignMessages[locale]
  switch (outcome.kind) {
    case 'done': {
      const message = !toggled
        ? undefined
        : !outcome.counted
          ? m.supportNotCounted
          : outcome.reacted
            ? m.supportAdded
            : m.supportWithdrawn
      return json(
        {
          outcome: 'done',
          reacted: outcome.reacted,
          reactions: outcome.reactions,
          counted: outcome.counted,
          supporters: m.supporters(outcome.reactions),
          ...(message && { message }),
        },
        200,
      )
    }
    case 'gone':
      return json({ outcome: 'gone', message: m.supportFailed }, 404)
    case 'unavailable':
      return json({ outcome: 'unavailable', message: m.supportFailed }, 503)
  }
}

const readerOf = ({ request, clientAddress, cookies }: APIContext) => ({
  address: clientAddress,
  agent: request.headers.get('user-agent'),
  token: tokenOf(cookies),
})

/**
 * `GET /api/campaigns/:id/reaction?locale=ur`: how many support the campaign
 * and whether this reader does (the cached page cannot say). `POST` turns the
 * reader's support on or off. Both passed on to the CMS with the reader's
 * address and agent, as the view beacon is.
 */
export const GET: APIRoute = async (context) => {
  const id = campaignIdParam(context.params.id)
  const locale = localeOf(context.url)
  if (id === null) return answer({ kind: 'gone' }, locale, false)
  return answer(await reactionState(id, readerOf(context)), locale, false)
}

export const POST: APIRoute = async (context) => {
  const id = campaignIdParam(context.params.id)
  const locale = localeOf(context.url)
  if (id === null) return answer({ kind: 'gone' }, locale, true)
  return answer(await toggleReaction(id, readerOf(context)), locale, true)
}
