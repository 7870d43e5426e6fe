import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

/** Applies the committed migrations that have not run yet (a no-op when up to date). */
export const applyMigrations = (payload: Payload) =>
  // The generated list is typed per adapter; Payload's base type is looser.
  payload.db.migrate({ migrations: migrations as unknown as Migration[] })
