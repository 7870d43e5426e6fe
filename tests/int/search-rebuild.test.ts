import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { reindexAll } from '../../plugins/search/reindex'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * The rebuild's write path (plugins/search/postgres/bulkWrite.ts): it makes
 * the index equal to the published documents while rewriting only the rows
 * that differ, so an up-to-date index costs look-ups, not a rewrite.
 */
let payload: Payload
let published: number
let draft: number

const only = () => ({ resources: { id: { in: [published, draft] } } })

/** The index rows of the test's documents, with `xmin`: the transaction that last wrote each. */
const rows = async () =>
  (
    await payload.db.drizzle.execute(sql`
      select doc_id::int as doc, locale::text, norm_title, xmin::text as written
        from search_index
       where doc_collection = 'resources' and doc_id = any(${sql.param([published, draft])}::numeric[])
       order by doc_id, locale`)
  ).rows as { doc: number; locale: string; norm_title: string; written: string }[]

beforeAll(async () => {
  payload = await getTestPayload()
  const taxonomy = await createTaxonomy(payload)
  const create = async (status: 'draft' | 'published') =>
    (
      await payload.create({
        collection: 'resources',
        data: { ...resourceData(taxonomy, { title: `Rebuilt ${unique()}` }), _status: status } as never,
        draft: status === 'draft',
      })
    ).id as number
  published = await create('published')
  draft = await create('draft')
})

describe('a rebuild', () => {
  it('rewrites rows that drifted, deletes rows that must go, and leaves the rest untouched', async () => {
    await reindexAll(payload, { only: only() })
    const before = await rows()
    expect(before.map((r) => [r.doc, r.locale])).toEqual([
      [published, 'en'],
      [published, 'ps'],
      [published, 'ur'],
    ])

    // Drift: one row edited behind the plugin's back, one row for a document with nothing published.
    await payload.db.drizzle.execute(sql`
      update search_index set norm_title = 'drifted'
       where doc_collection = 'resources' and doc_id = ${published} and locale = 'ur'`)
    await payload.db.drizzle.execute(sql`
      insert into search_index (doc_collection, doc_id, locale, title, norm_title)
      values ('resources', ${draft}, 'en', 'Stale', 'stale')`)

    const drifted = (await rows()).filter((r) => r.doc === published)
    await reindexAll(payload, { only: only() })
    const after = await rows()
    expect(after.map((r) => [r.doc, r.locale])).toEqual(before.map((r) => [r.doc, r.locale]))
    expect(after.map((r) => r.norm_title)).toEqual(before.map((r) => r.norm_title))
    // The drifted row was written again; the other two were left as they were.
    expect(after.map((r) => r.written === drifted.find((d) => d.locale === r.locale)!.written)).toEqual([
      true,
      true,
      false,
    ])
  })
})
