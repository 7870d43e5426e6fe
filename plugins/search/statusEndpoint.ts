import type { SanitizedSearchOptions } from './types'

import { isAdmin } from '../../access/isAdmin'
import { defineEndpoint } from '../../utilities/endpoint'
import { indexStatus } from './indexStatus'

/** `GET /api/search/status` (admins): index drift per collection and locale. */
export const searchStatusEndpoint = (options: SanitizedSearchOptions) =>
  defineEndpoint({
    method: 'get',
    path: '/search/status',
    access: isAdmin,
    headers: { 'Cache-Control': 'no-store' },
    handler: ({ req }) => indexStatus(req.payload, options),
  })

/**
 * `POST /api/search/resync` (admins): queues a full rebuild as a job, so a
 * large catalogue never holds an HTTP request open; 202 with the job id.
 */
export const searchResyncEndpoint = defineEndpoint({
  method: 'post',
  path: '/search/resync',
  access: isAdmin,
  handler: async ({ req }) => {
    const job = await req.payload.jobs.queue({ task: 'searchReindex', queue: 'search', input: {}, req })
    return Response.json({ queued: true, jobId: job.id }, { status: 202 })
  },
})
