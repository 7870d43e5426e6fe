import { defineEndpoint } from '../utilities/endpoint'

const TIMEOUT_MS = 3000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    )
  })

const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * `GET /api/health`: 200 while PostgreSQL answers, 503 when it does not, so a
 * load balancer or `npm start` can tell a live CMS from a wedged one.
 */
export const healthEndpoint = defineEndpoint({
  method: 'get',
  path: '/health',
  headers: NO_STORE,
  handler: async ({ req, requestId }) => {
    const started = performance.now()
    try {
      // The pool itself, not a request transaction: the question is whether a new query gets through.
      await withTimeout(req.payload.db.pool.query('select 1'), TIMEOUT_MS)
    } catch (error) {
      req.payload.logger.warn({ err: error, requestId, msg: 'Health check: database unreachable' })
      // The status fields for monitors, the errors list like every other error answer.
      return Response.json(
        {
          status: 'error',
          database: { status: 'down', error: 'database unreachable' },
          errors: [{ message: 'database unreachable' }],
          requestId,
        },
        { status: 503, headers: NO_STORE },
      )
    }
    return {
      status: 'ok',
      database: { status: 'up', latencyMs: Math.round(performance.now() - started) },
    }
  },
})
