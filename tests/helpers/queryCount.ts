import pg from 'pg'
import { vi } from 'vitest'

type Query = (...args: unknown[]) => unknown

/**
 * The SQL statements `run` sends, as PostgreSQL receives them: every query of
 * the adapter (pool or transaction client) goes through `pg.Client#query`,
 * which is watched (and still runs) while `run` runs.
 */
export const statementsOf = async (run: () => Promise<unknown>): Promise<string[]> => {
  const seen: string[] = []
  const original = pg.Client.prototype.query as unknown as Query
  const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const [query] = args
    const text = typeof query === 'string' ? query : (query as { text?: unknown } | null)?.text
    if (typeof text === 'string') seen.push(text)
    return original.apply(this, args)
  } as never)
  try {
    await run()
  } finally {
    spy.mockRestore()
  }
  return seen
}
