import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { resetConfig } from '../../utilities/config'
import { testDatabaseUrl } from './database'

/**
 * The Payload instance of this test file, on the run's test database. Cached
 * by Payload itself, so every helper in a file shares one pool.
 */
export const getTestPayload = async (): Promise<Payload> => {
  process.env.DATABASE_URL = testDatabaseUrl()
  // The configuration is read once; it must see this file's database.
  resetConfig()
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
