import { applyMigrations } from '../../scripts/lib/migrate'
import { withPayload } from '../../scripts/lib/payloadInstance'

/**
 * Applies the committed migrations, exactly as `npm start` does, and creates
 * the first account (which always becomes an admin) so that users the tests
 * create get the roles they ask for.
 */
export const migrateTestDatabase = () =>
  withPayload(async (payload) => {
    await applyMigrations(payload)
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
