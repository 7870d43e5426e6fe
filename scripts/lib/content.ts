import type { Payload } from 'payload'

import { sql } from 'drizzle-orm'

import { poolDb } from '../../utilities/db'

/**
 * Whether the database holds any content: one `exists` probe per content
 * table, each answered from the first row found (a few milliseconds at any
 * size), never a count or a scan.
 */
export const hasContent = async (payload: Payload): Promise<boolean> => {
  const { rows } = await poolDb(payload).execute(sql`
    select exists (select 1 from resources)
        or exists (select 1 from posts)
        or exists (select 1 from categories)
        or exists (select 1 from districts)
        or exists (select 1 from tags)
        or exists (select 1 from files) as found`)
  return rows[0]?.found === true
}
