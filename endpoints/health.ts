import type { Endpoint } from 'payload'

const TIMEOUT_MS = 3000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    )
  })

/**
 * `GET /api/health`: 200 while PostgreSQL answers, 503 when it does not, so a
 * load balancer or `npm start` can tell a live CMS from a wedged one.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    const headers = { 'Cache-Control': 'no-store' }
    try {
      const pool = (req.payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool
      await withTimeout(pool.query('select 1'), TIMEOUT_MS)
      return Response.json(
        {
          status: 'ok',
          database: { status: 'up', latencyMs: Math.round(performance.now() - started) },
        },
        { headers },
      )
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: 'Health check: database unreachable' })
      return Response.json(
        { status: 'error', database: { status: 'down', error: 'database unreachable' } },
        { status: 503, headers },
      )
    }
  },
}
