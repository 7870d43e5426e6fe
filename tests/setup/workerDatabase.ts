import path from 'node:path'

import { inject } from 'vitest'

import { resetConfig } from '../../utilities/config'
import { ensureWorkerDatabase, workerDatabaseUrl } from './testDatabases'

/**
 * Runs before every test file, in its worker: points the file at its worker's
 * own copy of the migrated template (made by the worker's first file), and at
 * its own files folder, so files running side by side never see each other's
 * rows or uploads. Files of one worker run one after another and share the
 * copy, as the whole run shared one database before.
 */
const worker = process.env.VITEST_POOL_ID ?? '1'
const url = workerDatabaseUrl(inject('templateDatabaseUrl'), worker)
await ensureWorkerDatabase(inject('templateDatabaseUrl'), url)

process.env.DATABASE_URL = url
process.env.HUJRA_TEST_DATABASE_URL = url
process.env.FILES_DIR = path.join('.data', `test-files-${inject('runId')}-w${worker}`)
resetConfig()
