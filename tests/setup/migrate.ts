import type { Migration } from 'payload'

import { migrations } from '../../migrations'
import { withPayload } from '../../scripts/lib/payloadInstance'

/** Applies the committed migrations, exactly as `npm start` does. */
export const migrateTestDatabase = () =>
  withPayload((payload) => payload.db.migrate({ migrations: migrations as unknown as Migration[] }))
