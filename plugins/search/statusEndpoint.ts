import type { Endpoint } from 'payload'

import { hasRole } from '../../access/roles'
import { indexStatus } from './indexStatus'

const forbidden = () =>
  Response.json({ errors: [{ message: 'Only admins can manage the search index.' }] }, { status: 403 })

/** `GET /api/search/status` (admins): index drift per collection and locale. */
export const searchStatusEndpoint: Endpoint = {
  path: '/search/status',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return forbidden()
    return Response.json(await indexStatus(req.payload), { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * `POST /api/search/resync` (admins): queues a full rebuild as a job, so a
 * large catalogue never holds an HTTP request open; 202 with the job id.
 */
export const searchResyncEndpoint: Endpoint = {
  path: '/search/resync',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return forbidden()
    const job = await req.payload.jobs.queue({ task: 'searchReindex', queue: 'search', input: {}, req })
    return Response.json({ queued: true, jobId: job.id }, { status: 202 })
  },
}
