import { z } from 'zod'

import { isEditor } from '../../access/isEditor'
import { defineEndpoint } from '../../utilities/endpoint'
import { badRequest, notFound } from '../../utilities/errors'
import { campaignExists, isPublishedCampaign } from './campaigns'
import { dailyRows, totalsOf } from './counters'
import { addDays, daysBetween, isDay, utcDay } from './days'
import { readerHasReacted, recordView, toggleReaction } from './record'
import { readerOf } from './visitor'

const BASE = '/campaign-metrics'

/** Longest range the daily figures answer in one go: a year, leap day included. */
export const MAX_RANGE_DAYS = 366
/** Days the daily figures cover when the caller names no range. */
const DEFAULT_RANGE_DAYS = 30

const params = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, 'must be a campaign id')
    .transform(Number)
    .refine((id) => id <= 2_147_483_647, 'must be a campaign id'),
})

const day = z.string().refine(isDay, 'must be a date written YYYY-MM-DD').optional()

const NO_STORE = { 'Cache-Control': 'no-store' }

const publishedOr404 = async (...args: Parameters<typeof isPublishedCampaign>) => {
  if (!(await isPublishedCampaign(...args))) throw notFound('No published campaign with this id', 'id')
}

/**
 * `POST /api/campaign-metrics/:id/view`: one page view of a published
 * campaign. 204 whether or not it counted (a repeat, a bot, staff): the
 * answer tells nothing about the reader.
 */
export const viewEndpoint = defineEndpoint({
  method: 'post',
  path: `${BASE}/:id/view`,
  params,
  headers: NO_STORE,
  handler: async ({ req, params: { id }, db }) => {
    await publishedOr404(req, id)
    await recordView(db, { campaignId: id, reader: readerOf(req), user: req.user })
    return new Response(null, { status: 204 })
  },
})

/**
 * `POST /api/campaign-metrics/:id/reaction`: the reader's reaction on or off
 * (one per signed-in user, or per anonymous visitor and day). Answers the
 * campaign's reactions now and whether this reader has one.
 */
export const reactionEndpoint = defineEndpoint({
  method: 'post',
  path: `${BASE}/:id/reaction`,
  params,
  headers: NO_STORE,
  transaction: true,
  handler: async ({ req, params: { id }, db }) => {
    await publishedOr404(req, id)
    const state = await toggleReaction(db, { campaignId: id, reader: readerOf(req), user: req.user })
    const { reactions } = await totalsOf(db, id)
    return { reactions, ...state }
  },
})

/** `GET /api/campaign-metrics/:id/reaction`: the same answer, without changing anything (the button's state). */
export const reactionStateEndpoint = defineEndpoint({
  method: 'get',
  path: `${BASE}/:id/reaction`,
  params,
  headers: { 'Cache-Control': 'private, no-store' },
  handler: async ({ req, params: { id }, db }) => {
    await publishedOr404(req, id)
    const reacted = await readerHasReacted(db, { campaignId: id, reader: readerOf(req), user: req.user })
    const { reactions } = await totalsOf(db, id)
    return { reactions, reacted }
  },
})

/** `GET /api/campaign-metrics/:id/totals`: views and reactions for the site; public and briefly cacheable. */
export const totalsEndpoint = defineEndpoint({
  method: 'get',
  path: `${BASE}/:id/totals`,
  params,
  headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' },
  handler: async ({ req, params: { id }, db }) => {
    await publishedOr404(req, id)
    const { views, reactions } = await totalsOf(db, id)
    return { campaign: id, views, reactions }
  },
})

/**
 * `GET /api/campaign-metrics/:id?from=YYYY-MM-DD&to=YYYY-MM-DD` (editors and
 * admins): views, reactions and submissions per UTC day, every day of the
 * range (the last 30 days by default), with the range's and all-time totals.
 */
export const dailyEndpoint = defineEndpoint({
  method: 'get',
  path: `${BASE}/:id`,
  params,
  query: z.object({ from: day, to: day }),
  access: isEditor,
  headers: { 'Cache-Control': 'private, no-store' },
  handler: async ({ req, params: { id }, query, db }) => {
    const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_RANGE_DAYS - 1) : utcDay())
    const from = query.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1))
    if (from > to) throw badRequest('from', 'from: must not be after to')
    if (daysBetween(from, to) > MAX_RANGE_DAYS) {
      throw badRequest('to', `to: at most ${MAX_RANGE_DAYS} days from from`)
    }
    if (!(await campaignExists(req, id))) throw notFound('No campaign with this id', 'id')
    const [days, allTime] = await Promise.all([dailyRows(db, id, from, to), totalsOf(db, id)])
    const totals = days.reduce(
      (sum, row) => ({
        views: sum.views + row.views,
        reactions: sum.reactions + row.reactions,
        submissions: sum.submissions + row.submissions,
      }),
      { views: 0, reactions: 0, submissions: 0 },
    )
    return { campaign: id, from, to, days, totals, allTime }
  },
})

export const campaignMetricsEndpoints = [
  viewEndpoint,
  reactionEndpoint,
  reactionStateEndpoint,
  totalsEndpoint,
  dailyEndpoint,
]
