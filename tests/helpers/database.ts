/**
 * This test file's database: its worker's copy of the run's migrated template
 * (tests/setup/workerDatabase.ts), never another worker's.
 */
export const testDatabaseUrl = (): string => {
  const url = process.env.HUJRA_TEST_DATABASE_URL
  if (!url) throw new Error('HUJRA_TEST_DATABASE_URL is unset: tests/setup/workerDatabase.ts did not run')
  return url
}
