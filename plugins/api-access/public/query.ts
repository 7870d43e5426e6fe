import type { SQL } from 'drizzle-orm'

import { sql } from '@payloadcms/db-postgres'

import type { Pool } from './run'

import type { AnyPublicCollection, SelectContext, SortDef } from './collection'
import type { ListQuery } from './params'

import { badRequest } from '../../../utilities/errors'
import { runQuery } from './run'
import { decodeCursor, encodeCursor, type Position } from './cursor'
import { FALLBACK_LOCALE, type PublicLocale } from './locale'

type Row = Record<string, unknown>

export interface Page {
  data: Row[]
  nextCursor: string | null
  /** The newest change among the rows (for Last-Modified). */
  lastModified: Date | undefined
}

/**
 * Localized columns come from the reader's locale row `l`, the fallback's row
 * `d` standing in where the reader's is missing or empty (Payload's own
 * fallback, per field).
 */
const selectContext = (locale: PublicLocale): SelectContext => ({
  locale,
  fallback: FALLBACK_LOCALE,
  localized: (name) => {
    const column = sql.identifier(name)
    return locale === FALLBACK_LOCALE
      ? sql`d.${column}`
      : sql`case when nullif(l.${column}::text, '') is not null then l.${column} else d.${column} end`
  },
})

const localeJoins = (collection: AnyPublicCollection, locale: PublicLocale): SQL => {
  if (!collection.localesTable) return sql``
  const table = sql.identifier(collection.localesTable)
  const fallback = sql`left join ${table} d on d._parent_id = t.id and d._locale = ${FALLBACK_LOCALE}`
  return locale === FALLBACK_LOCALE
    ? fallback
    : sql`${fallback} left join ${table} l on l._parent_id = t.id and l._locale = ${locale}`
}

/** The projection's select list for the chosen fields (all of them by default; `id` always). */
const selectList = (collection: AnyPublicCollection, fields: string[] | undefined, ctx: SelectContext) => {
  const keys = fields ? [...new Set(['id', ...fields])] : Object.keys(collection.projection)
  const columns = keys.map((key) => sql`${collection.projection[key]!.select(ctx)} as ${sql.identifier(key)}`)
  return { keys, columns: sql.join(columns, sql`, `) }
}

const mapRow = (collection: AnyPublicCollection, keys: string[], row: Row): Row =>
  Object.fromEntries(keys.map((key) => [key, collection.projection[key]!.read(row[key])]))

/** A cursor's sort value, checked against the sort's type so a tampered cursor is a 400, not a cast error. */
const cursorValue = (sort: SortDef, position: Position): string | number => {
  const { value } = position
  const ok =
    sort.cast === 'int'
      ? Number.isSafeInteger(value)
      : sort.cast === 'numeric'
        ? Number.isFinite(Number(value))
        : sort.cast === 'timestamptz'
          ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
          : typeof value === 'string'
  if (!ok) throw badRequest('cursor', 'cursor: not a cursor this API gave out (pass `nextCursor` as it came)')
  return value
}

const sortValueOf = (sort: SortDef, raw: unknown): string | number =>
  sort.cast === 'timestamptz'
    ? new Date(raw as string).toISOString()
    : sort.cast === 'int'
      ? Number(raw)
      : String(raw)

const visible = (collection: AnyPublicCollection): SQL[] =>
  collection.drafts ? [sql`t._status = 'published'`] : []

/**
 * One page of a public list, by keyset: the rows after the cursor's
 * `(sort value, id)` in `(sort, id)` order, read from an index on those
 * columns, so page 5,000 costs what page 1 costs. Ties in the sort value are
 * broken by id, so no row is skipped or repeated between pages; rows added
 * while a client pages land where the order puts them, before or after its
 * position, never twice.
 *
 * The page is chosen first (ids and sort values only) and projected after,
 * so the projection's subqueries run for the rows shown and no others.
 */
export const listPage = async (
  pool: Pool,
  collection: AnyPublicCollection,
  query: ListQuery,
): Promise<Page> => {
  const descending = query.sort.startsWith('-')
  const sortKey = descending ? query.sort.slice(1) : query.sort
  const sort = collection.sorts[sortKey]!
  const direction = descending ? sql`desc` : sql`asc`
  const where = visible(collection)
  for (const [name, f] of Object.entries(collection.filters)) {
    if (query[name] !== undefined) where.push(f.condition(query[name]))
  }
  if (query.cursor) {
    const position = decodeCursor(query.cursor, collection.slug, query.sort)
    const value = sql`${cursorValue(sort, position)}::${sql.raw(sort.cast)}`
    where.push(
      descending
        ? sql`(${sort.expression}, t.id) < (${value}, ${position.id}::int)`
        : sql`(${sort.expression}, t.id) > (${value}, ${position.id}::int)`,
    )
  }
  const ctx = selectContext(query.locale)
  const { keys, columns } = selectList(collection, query.fields, ctx)
  const table = sql.identifier(collection.table)
  const { rows } = await runQuery(
    pool,
    sql`
    with page as materialized (
      select t.id, ${sort.expression} as sort_value
      from ${table} t
      ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      order by ${sort.expression} ${direction}, t.id ${direction}
      limit ${query.limit + 1}
    )
    select ${columns}, page.sort_value as "__sort", t.updated_at as "__updated"
    from page
    join ${table} t on t.id = page.id
    ${localeJoins(collection, query.locale)}
    order by page.sort_value ${direction}, page.id ${direction}`,
    { prepared: !query.fields },
  )

  const shown = rows.slice(0, query.limit)
  const last = shown.at(-1)
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor(collection.slug, query.sort, {
          value: sortValueOf(sort, last.__sort),
          id: Number(last.id),
        })
      : null
  return {
    data: shown.map((row) => mapRow(collection, keys, row)),
    nextCursor,
    lastModified: newest(shown),
  }
}

const newest = (rows: Row[]): Date | undefined => {
  let max: number | undefined
  for (const row of rows) {
    const time = new Date(row.__updated as string).getTime()
    if (max === undefined || time > max) max = time
  }
  return max === undefined ? undefined : new Date(max)
}

/** One public document by id, or undefined when there is none (or it is not published). */
export const findOne = async (
  pool: Pool,
  collection: AnyPublicCollection,
  id: number,
  query: { fields?: string[]; locale: PublicLocale },
): Promise<{ data: Row; lastModified: Date | undefined } | undefined> => {
  const ctx = selectContext(query.locale)
  const { keys, columns } = selectList(collection, query.fields, ctx)
  const where = [sql`t.id = ${id}`, ...visible(collection)]
  const { rows } = await runQuery(
    pool,
    sql`
    select ${columns}, t.updated_at as "__updated"
    from ${sql.identifier(collection.table)} t
    ${localeJoins(collection, query.locale)}
    where ${sql.join(where, sql` and `)}`,
    { prepared: !query.fields },
  )
  const row = rows[0]
  return row ? { data: mapRow(collection, keys, row), lastModified: newest([row]) } : undefined
}
