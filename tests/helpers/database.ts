/**
 * This test file's database: its worker's copy of the run's migrated template
 * (tests/setup/workerDatabase.ts), never another worker's.
 */
export const testDatabaseUrl = (): string => {
  const url = process.env.HUJRA_TEST_DATABASE_URL
  if (!url) throw new Error('HUJRA_TEST_DATABASE_URL is unset: tests/setup/workerDatabase.ts did not run')
  return url
}

/**
 * Gives the calling test file a database of its own, a fresh copy of the
 * run's migrated template, for a file that must change what every file of its
 * worker would otherwise see (emptying the users table to stand for a fresh
 * install). Call it before getTestPayload. Named `<worker copy>_<label>`, so
 * the run's clean-up drops it with the worker copies.
 */
export const useOwnDatabase = async (label: string): Promise<string> => {
  const { inject } = await import('vitest')
  const { ensureWorkerDatabase, workerDatabaseUrl } = await import('../setup/testDatabases')
  const template = inject('templateDatabaseUrl')
  const own = new URL(workerDatabaseUrl(template, process.env.VITEST_POOL_ID ?? '1'))
  own.pathname = `${own.pathname}_${label}`
  await ensureWorkerDatabase(template, own.toString())
  process.env.HUJRA_TEST_DATABASE_URL = own.toString()
  process.env.DATABASE_URL = own.toString()
  return own.toString()
}
