import type { Migration } from 'payload'

import { migrations } from '../../migrations'
import { withPayload } from '../../scripts/lib/payloadInstance'

/**
 * Applies the committed migrations, exactly as `npm start` does, and creates
 * the first account (which always becomes an admin) so that users the tests
 * create get the roles they ask for.
 */
export const migrateTestDatabase = () =>
  withPayload(async (payload) => {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    await payload.create({
      collection: 'users',
      data: {
        email: 'first-admin@test.hujra',
        password: 'first-admin-password',
        name: 'First admin',
        roles: ['admin'],
      },
    })
  })
