import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { isEditor } from '../../access/isEditor'
import { defineEndpoint } from '../../utilities/endpoint'
import { badRequest, notFound } from '../../utilities/errors'
import { idParam } from '../../utilities/idParam'

/**
 * A campaign's posts, published and unpublished at set times. The work is
 * Payload's own: a `schedulePublish` job on the `default` queue with
 * `waitUntil`, exactly what the admin's "Schedule publish" drawer queues, so a
 * time set here and one set on the post itself are the same thing and both
 * show in either place. `npm start` runs the queue (jobs.autoRun).
 */

const TASK = 'schedulePublish'
/** Far enough for any campaign; further is a typing mistake (year 2062). */
const LATEST_MS = 2 * 366 * 24 * 60 * 60 * 1000

export interface ScheduledChange {
  job: number | string
  type: 'publish' | 'unpublish'
  at: string
}

export interface PostSchedule {
  id: number
  title: string
  status: 'draft' | 'published'
  publishedAt: string | null
  scheduled: ScheduledChange[]
}

const campaignOf = async (req: PayloadRequest, id: number) => {
  const found = await req.payload.find({
    collection: 'campaigns',
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    overrideAccess: false,
    req,
  })
  if (!found.docs[0]) throw notFound('No campaign has this id', 'id')
  return found.docs[0]
}

/** The campaign's posts (latest versions) and the changes waiting for each. */
export const scheduleOf = async (req: PayloadRequest, campaign: number): Promise<PostSchedule[]> => {
  const posts = await req.payload.find({
    collection: 'posts',
    where: { campaign: { equals: campaign } },
    draft: true,
    depth: 0,
    limit: 200,
    pagination: false,
    sort: 'createdAt',
    select: { title: true, publishedAt: true, _status: true },
    overrideAccess: false,
    req,
  })
  const ids = posts.docs.map((post) => String(post.id))
  const jobs = ids.length
    ? await req.payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: TASK } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { 'input.doc.relationTo': { equals: 'posts' } },
            { 'input.doc.value': { in: ids } },
          ],
        },
        depth: 0,
        limit: 1000,
        pagination: false,
        sort: 'waitUntil',
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const byPost = new Map<string, ScheduledChange[]>()
  for (const job of jobs.docs) {
    const input = job.input as { type?: 'publish' | 'unpublish'; doc?: { value?: unknown } }
    const key = String(input.doc?.value)
    const list = byPost.get(key) ?? []
    list.push({ job: job.id, type: input.type ?? 'publish', at: String(job.waitUntil) })
    byPost.set(key, list)
  }
  return posts.docs.map((post) => ({
    id: post.id,
    title: post.title,
    status: post._status === 'published' ? 'published' : 'draft',
    publishedAt: post.publishedAt ?? null,
    scheduled: byPost.get(String(post.id)) ?? [],
  }))
}

const campaignParams = z.object({ id: idParam() })

/** `GET /api/campaigns/:id/schedule`: each post of the campaign with its waiting changes. */
export const readScheduleEndpoint = defineEndpoint({
  method: 'get',
  path: '/:id/schedule',
  params: campaignParams,
  access: isEditor,
  headers: { 'Cache-Control': 'no-store' },
  handler: async ({ req, params }) => {
    await campaignOf(req, params.id)
    return { posts: await scheduleOf(req, params.id) }
  },
})

const scheduleBody = z
  .object({
    post: z.number().int().positive(),
    type: z.enum(['publish', 'unpublish']),
    at: z
      .string()
      .datetime({ offset: true, message: 'at: give a date and time, e.g. 2026-12-05T09:00:00+05:00' }),
  })
  .strict()

/** `POST /api/campaigns/:id/schedule`: publish or unpublish one of its posts at a time to come. */
export const addScheduleEndpoint = defineEndpoint({
  method: 'post',
  path: '/:id/schedule',
  params: campaignParams,
  body: scheduleBody,
  access: isEditor,
  transaction: true,
  handler: async ({ req, params, body, user }) => {
    await campaignOf(req, params.id)
    const at = new Date(body.at)
    const now = Date.now()
    if (at.getTime() <= now) throw badRequest('at', 'at: the time has passed; choose one to come')
    if (at.getTime() > now + LATEST_MS) throw badRequest('at', 'at: more than two years ahead')
    const post = await req.payload.find({
      collection: 'posts',
      where: { and: [{ id: { equals: body.post } }, { campaign: { equals: params.id } }] },
      draft: true,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { title: true },
      overrideAccess: false,
      req,
    })
    if (!post.docs[0]) throw badRequest('post', 'post: not a post of this campaign')
    const job = await req.payload.jobs.queue({
      task: TASK,
      queue: 'default',
      waitUntil: at,
      input: {
        type: body.type,
        doc: { relationTo: 'posts', value: String(body.post) },
        // Run as the editor who scheduled it, as Payload's own drawer does.
        user: user ? { relationTo: 'users', value: user.id } : undefined,
      } as never,
      req,
    })
    return Response.json(
      { job: job.id, post: body.post, type: body.type, at: at.toISOString() },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    )
  },
})

/** `DELETE /api/campaigns/:id/schedule/:job`: call off a change that has not happened yet. */
export const cancelScheduleEndpoint = defineEndpoint({
  method: 'delete',
  path: '/:id/schedule/:job',
  params: z.object({ id: idParam(), job: idParam('job') }),
  access: isEditor,
  transaction: true,
  handler: async ({ req, params }) => {
    await campaignOf(req, params.id)
    const waiting = (await scheduleOf(req, params.id)).flatMap((post) => post.scheduled)
    if (!waiting.some((change) => String(change.job) === String(params.job))) {
      throw notFound('No change of this campaign is waiting with this id', 'job')
    }
    await req.payload.delete({ collection: 'payload-jobs', id: params.job, overrideAccess: true, req })
    return { cancelled: params.job }
  },
})

export const scheduleEndpoints = [readScheduleEndpoint, addScheduleEndpoint, cancelScheduleEndpoint]
