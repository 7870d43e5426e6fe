import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { expectError } from '../helpers/errorShape'
import { clientsByRole, createTaxonomy, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let campaign: { id: number }

const DAY = 24 * 60 * 60 * 1000
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const newPost = async (overrides: Record<string, unknown> = {}) => {
  const res = await clients.editor.api.post('/posts', {
    title: `Drops today ${unique()}`,
    campaign: campaign.id,
    ...overrides,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; title: string }
}

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'posts', id, draft: false, depth: 0, overrideAccess: true }))._status

/** What `npm start`'s runner does every ten seconds: run what is due on the default queue. */
const runDue = () => payload.jobs.run({ queue: 'default', limit: 100 })

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  const taxonomy = await createTaxonomy(payload)
  const created = await clients.editor.api.post('/campaigns', {
    title: `Flood preparedness ${unique()}`,
    startsAt: inMs(-DAY),
    endsAt: inMs(10 * DAY),
    goal: { target: 300, unit: 'households' },
    districts: [taxonomy.district.id],
    _status: 'published',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  campaign = created.body.doc
})

describe("a campaign's post schedule", () => {
  it('publishes a post when its time comes, not before, and unpublishes it later', async () => {
    const post = await newPost()
    const editor = clients.editor.api
    const publish = await editor.post(`/campaigns/${campaign.id}/schedule`, {
      post: post.id,
      type: 'publish',
      at: inMs(1500),
    })
    expect(publish.status, JSON.stringify(publish.body)).toBe(201)
    const unpublish = await editor.post(`/campaigns/${campaign.id}/schedule`, {
      post: post.id,
      type: 'unpublish',
      at: inMs(3500),
    })
    expect(unpublish.status).toBe(201)

    const listed = await editor.get(`/campaigns/${campaign.id}/schedule`)
    expect(listed.status).toBe(200)
    const row = listed.body.posts.find((p: any) => p.id === post.id)
    expect(row.status).toBe('draft')
    expect(row.scheduled.map((c: any) => c.type)).toEqual(['publish', 'unpublish'])

    await runDue()
    expect(await statusOf(post.id)).toBe('draft')
    expect((await anonymous().get(`/posts/${post.id}`)).status).toBe(404)

    await sleep(2000)
    await runDue()
    expect(await statusOf(post.id)).toBe('published')
    expect((await anonymous().get(`/posts/${post.id}`)).body.title).toBe(post.title)
    // Run as the editor who scheduled it: the publication is theirs in the audit log.
    const { docs } = await payload.find({
      collection: 'audit-events',
      where: { subjectCollection: { equals: 'posts' }, subjectId: { equals: String(post.id) } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
    })
    expect(docs[0]?.actor).toBe(clients.editor.user.id)
    const after = (await editor.get(`/campaigns/${campaign.id}/schedule`)).body.posts.find(
      (p: any) => p.id === post.id,
    )
    expect(after.scheduled.map((c: any) => c.type)).toEqual(['unpublish'])

    await sleep(2000)
    await runDue()
    expect((await anonymous().get(`/posts/${post.id}`)).status).toBe(404)
  })

  it('calls off a waiting change, which then never fires', async () => {
    const post = await newPost()
    const editor = clients.editor.api
    const queued = await editor.post(`/campaigns/${campaign.id}/schedule`, {
      post: post.id,
      type: 'publish',
      at: inMs(800),
    })
    const cancelled = await editor.delete(`/campaigns/${campaign.id}/schedule/${queued.body.job}`)
    expect(cancelled.status).toBe(200)
    await sleep(1200)
    await runDue()
    expect(await statusOf(post.id)).toBe('draft')
    expectError(await editor.delete(`/campaigns/${campaign.id}/schedule/${queued.body.job}`), 404, 'job')
  })

  it('shows the same schedule as the post\'s own "Schedule publish" (one job, either place)', async () => {
    const post = await newPost()
    // What the admin's drawer on the post queues.
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + DAY),
      input: { type: 'publish', doc: { relationTo: 'posts', value: String(post.id) } } as never,
    })
    const listed = await clients.editor.api.get(`/campaigns/${campaign.id}/schedule`)
    const row = listed.body.posts.find((p: any) => p.id === post.id)
    expect(row.scheduled).toHaveLength(1)
  })

  it.each([
    ['at', { type: 'publish', at: '2020-01-01T00:00:00Z' }],
    ['at', { type: 'publish', at: 'tomorrow' }],
    ['at', { type: 'publish', at: '2099-01-01T00:00:00Z' }],
    ['type', { type: 'delete', at: inMs(DAY) }],
    ['post', { type: 'publish', at: inMs(DAY), post: 'seven' }],
    ['recipients', { type: 'publish', at: inMs(DAY), recipients: ['x'] }],
  ])('400 naming %s', async (field, body) => {
    const post = await newPost()
    const res = await clients.editor.api.post(`/campaigns/${campaign.id}/schedule`, {
      post: post.id,
      ...body,
    })
    expectError(res, 400, field)
  })

  it('refuses a post of another campaign, or none', async () => {
    const other = await newPost({ campaign: null })
    expectError(
      await clients.editor.api.post(`/campaigns/${campaign.id}/schedule`, {
        post: other.id,
        type: 'publish',
        at: inMs(DAY),
      }),
      400,
      'post',
    )
    expectError(await clients.editor.api.get('/campaigns/999999/schedule'), 404, 'id')
  })

  it('is for editors only', async () => {
    const post = await newPost()
    const body = { post: post.id, type: 'publish', at: inMs(DAY) }
    expectError(await anonymous().get(`/campaigns/${campaign.id}/schedule`), 401)
    expectError(await anonymous().post(`/campaigns/${campaign.id}/schedule`, body), 401)
    for (const role of ['member', 'moderator'] as const) {
      expectError(await clients[role].api.get(`/campaigns/${campaign.id}/schedule`), 403)
      expectError(await clients[role].api.post(`/campaigns/${campaign.id}/schedule`, body), 403)
    }
    expect((await clients.admin.api.post(`/campaigns/${campaign.id}/schedule`, body)).status).toBe(201)
  })
})
