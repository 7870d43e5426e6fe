import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SearchableCollection, SearchRecord } from './types'

import { transactionDb } from '../../utilities/db'
import { lexicalText } from './lexicalText'
import { normalizeText } from './normalize'

/**
 * The same index rows as `buildRecords`, for a rebuild: read with five plain
 * queries per batch straight from the published rows (the main tables hold
 * the published version; drafts live in the versions tables), instead of
 * three Payload finds at depth 1, which at 100,000 resources spent minutes
 * per batch joining every field of every related document. A contract test
 * (tests/int/search-bulk-records.test.ts) keeps the two builders equal; edits
 * keep using `buildRecords`, which goes through Payload.
 */

type Row = Record<string, unknown>

const TABLES = {
  resources: { main: 'resources', locales: 'resources_locales', rels: 'resources_rels', relPath: 'tags' },
  posts: { main: 'posts', locales: 'posts_locales', rels: 'posts_rels', relPath: 'categories' },
} as const

const iso = (value: unknown): string =>
  (value instanceof Date ? value : new Date(String(value))).toISOString()
const present = (value: unknown) => value !== null && value !== undefined

export const bulkRecords = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  ids: number[],
): Promise<SearchRecord[]> => {
  if (ids.length === 0) return []
  const db = await transactionDb(req)
  const locales = (req.payload.config.localization || { localeCodes: ['en'] }).localeCodes
  const table = TABLES[collection]
  const idList = sql.param(ids)
  const rows = async (query: ReturnType<typeof sql>) => (await db.execute(query)).rows as Row[]

  const main = await rows(
    collection === 'resources'
      ? sql`select id, slug, category_id, district_id, status, created_at, created_at as published_at, updated_at
              from resources where id = any(${idList}::int[]) and _status = 'published' order by id`
      : sql`select id, slug, null::int as category_id, null::int as district_id, null::text as status, created_at,
                   coalesce(published_at, created_at) as published_at, updated_at
              from posts where id = any(${idList}::int[]) and _status = 'published' order by id`,
  )
  if (main.length === 0) return []
  const published = sql.param(main.map((r) => r.id as number))
  // Locale tables are indexed on (_locale, _parent_id) only: without the locales named, a look-up
  // by parent reads the whole table, every batch (at 100,000 resources, most of a rebuild's time).
  // The parameter stays untyped, so PostgreSQL reads it as an array of the column's own enum.
  const inLocales = sql`_locale = any(${sql.param(locales)})`
  const texts = await rows(
    sql`select _parent_id as id, _locale as locale, title, summary, body
          from ${sql.identifier(table.locales)} where _parent_id = any(${published}::int[]) and ${inLocales}`,
  )
  const related = await rows(
    sql`select parent_id as id, ${sql.identifier(`${table.relPath}_id`)} as ref
          from ${sql.identifier(table.rels)}
         where parent_id = any(${published}::int[]) and path = ${table.relPath} order by parent_id, "order"`,
  )

  // Names of the categories, districts and tags shown with each document, in every locale.
  const refIds = (key: string) => [...new Set(main.map((r) => r[key]).filter(present))] as number[]
  const tagIds = [...new Set(related.map((r) => r.ref as number))]
  const names = async (localesTable: string, wanted: number[]) => {
    const byId = new Map<number, Map<string, string | null>>()
    if (wanted.length === 0) return byId
    for (const row of await rows(
      sql`select _parent_id as id, _locale as locale, name from ${sql.identifier(localesTable)}
           where _parent_id = any(${sql.param(wanted)}::int[]) and ${inLocales}`,
    )) {
      const entry = byId.get(row.id as number) ?? new Map()
      entry.set(row.locale as string, (row.name as string | null) ?? null)
      byId.set(row.id as number, entry)
    }
    return byId
  }
  const categoryNames = await names('categories_locales', [
    ...refIds('category_id'),
    ...(collection === 'posts' ? tagIds : []),
  ])
  const districtNames = await names('districts_locales', refIds('district_id'))
  const tagNames = collection === 'resources' ? await names('tags_locales', tagIds) : categoryNames

  // Payload's fallback: a field empty in a locale reads as its English value.
  const nameIn = (byId: Map<number, Map<string, string | null>>, id: unknown, locale: string) => {
    if (!present(id)) return ''
    const entry = byId.get(id as number)
    return entry?.get(locale) ?? entry?.get('en') ?? ''
  }
  const textOf = new Map<string, Row>()
  for (const row of texts) textOf.set(`${row.id}:${row.locale}`, row)
  const refsOf = new Map<number, number[]>()
  for (const row of related)
    refsOf.set(row.id as number, [...(refsOf.get(row.id as number) ?? []), row.ref as number])

  const records: SearchRecord[] = []
  for (const locale of locales) {
    for (const doc of main) {
      const id = doc.id as number
      const own = textOf.get(`${id}:${locale}`)
      const english = textOf.get(`${id}:en`)
      const field = (name: 'title' | 'summary' | 'body') =>
        present(own?.[name]) ? own![name] : (english?.[name] ?? null)
      const title = field('title') as string | null
      const summary = field('summary') as string | null
      const refs = refsOf.get(id) ?? []
      const terms = [
        nameIn(categoryNames, doc.category_id, locale),
        nameIn(districtNames, doc.district_id, locale),
        ...refs.map((ref) => nameIn(tagNames, ref, locale)),
      ].join(' ')
      records.push({
        docCollection: collection,
        docId: id,
        locale: locale as SearchRecord['locale'],
        slug: (doc.slug as string | null) ?? null,
        title: title as string,
        translated: locale === 'en' || !!own?.title,
        summary,
        category: collection === 'resources' ? ((doc.category_id as number | null) ?? null) : null,
        district: collection === 'resources' ? ((doc.district_id as number | null) ?? null) : null,
        tags: collection === 'resources' ? refs : [],
        status: (doc.status as SearchRecord['status']) ?? null,
        publishedAt: iso(doc.published_at),
        docUpdatedAt: iso(doc.updated_at),
        normTitle: normalizeText(title ?? ''),
        normSummary: normalizeText(summary ?? ''),
        normBody: normalizeText(lexicalText(field('body') as never)),
        normTerms: normalizeText(terms),
      })
    }
  }
  return records
}
