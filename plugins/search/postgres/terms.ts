import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SearchRecord } from '../types'

import { transactionDb } from '../../../utilities/db'
import { wordsOf } from '../normalize'
import { searchOptionsOf } from '../options'
import { searchTables } from '../tables'

/**
 * Adds the words of new index rows to the vocabulary that typo tolerance and
 * "did you mean" look up by trigram similarity. Words are never removed: a
 * stale word only costs a suggestion that then finds nothing.
 */
export const recordTerms = async (req: PayloadRequest, records: SearchRecord[]) => {
  const words = new Set<string>()
  for (const r of records) {
    for (const word of wordsOf(`${r.normTitle} ${r.normSummary} ${r.normBody} ${r.normTerms}`)) {
      if (word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word)) words.add(word)
    }
  }
  if (words.size === 0) return
  const db = await transactionDb(req)
  const { terms } = searchTables(req.payload, searchOptionsOf(req.payload))
  await db.execute(
    sql`insert into ${terms} (term) select unnest(${sql.param([...words])}::text[]) on conflict do nothing`,
  )
}
