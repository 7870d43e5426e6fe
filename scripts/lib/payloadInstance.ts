import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { closePool } from './database'

/**
 * Runs `task` with a Payload instance and always releases it. Payload's
 * `destroy()` leaves the pg pool open, which would keep a CLI alive (or make
 * a later PostgreSQL stop crash it), so the pool is ended here too.
 */
export const withPayload = async <T>(task: (payload: Payload) => Promise<T>): Promise<T> => {
  // Loaded here, not at the top: the config reads DATABASE_URL when imported,
  // and callers set it (after starting the embedded database) before this runs.
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    return await task(payload)
  } finally {
    const pool = payload.db.pool
    await payload.destroy().catch(() => undefined)
    if (pool) await closePool(pool)
  }
}
