import type { SQL } from 'drizzle-orm'

import { sql } from '@payloadcms/db-postgres'

import type { FieldDef, SelectContext } from './collection'

import { lexicalText } from '../../search/lexicalText'

/** Readers: a raw value from `pg` as the public type. */
export const read = {
  string: (raw: unknown): string => String(raw ?? ''),
  stringOrNull: (raw: unknown): string | null =>
    raw === null || raw === undefined || raw === '' ? null : String(raw),
  number: (raw: unknown): number => Number(raw),
  numberOrNull: (raw: unknown): number | null => (raw === null || raw === undefined ? null : Number(raw)),
  boolean: (raw: unknown): boolean => raw === true,
  /** A timestamp as ISO 8601 in UTC. */
  date: (raw: unknown): string => new Date(raw as string).toISOString(),
  dateOrNull: (raw: unknown): string | null => (raw ? new Date(raw as string).toISOString() : null),
  ids: (raw: unknown): number[] => (Array.isArray(raw) ? raw.map(Number) : []),
  strings: (raw: unknown): string[] => (Array.isArray(raw) ? raw.map(String) : []),
  /** Rich text (Lexical) as plain text, paragraphs on their own lines. */
  text: (raw: unknown): string | null => (raw ? lexicalText(raw) || null : null),
  /** One item per non-empty line. */
  lines: (raw: unknown): string[] =>
    typeof raw === 'string'
      ? raw
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
      : [],
}

/** A column of the row. */
export const column = <T>(name: string, reader: (raw: unknown) => T): FieldDef<T> => ({
  select: () => sql`t.${sql.identifier(name)}`,
  read: reader,
})

/** A localized column, in the reader's locale with the fallback's text standing in. */
export const localized = <T>(name: string, reader: (raw: unknown) => T): FieldDef<T> => ({
  select: (ctx: SelectContext) => ctx.localized(name),
  read: reader,
})

/** Any SQL expression over `t`. */
export const expression = <T>(
  select: (ctx: SelectContext) => SQL,
  reader: (raw: unknown) => T,
): FieldDef<T> => ({
  select,
  read: reader,
})

/** A Postgres int array literal from ids the query schema validated as whole numbers. */
export const intArray = (ids: number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`

/** The ids of a hasMany relationship in its editor's order (`<table>_rels`). */
export const relIds = (relsTable: string, path: string, idColumn: string, publishedTable?: string): SQL =>
  publishedTable
    ? sql`array(select x.${sql.identifier(idColumn)} from ${sql.identifier(relsTable)} x
        join ${sql.identifier(publishedTable)} p on p.id = x.${sql.identifier(idColumn)} and p._status = 'published'
        where x.parent_id = t.id and x.path = ${path} order by x."order", x.id)`
    : sql`array(select x.${sql.identifier(idColumn)} from ${sql.identifier(relsTable)} x
        where x.parent_id = t.id and x.path = ${path} and x.${sql.identifier(idColumn)} is not null
        order by x."order", x.id)`

/** The values of a hasMany select (`<table>_<field>`), in order. */
export const selectValues = (table: string): SQL =>
  sql`array(select x.value::text from ${sql.identifier(table)} x where x.parent_id = t.id order by x."order")`

/** A phones array (`<table>_phones` with its `_locales` label). */
export const phones = (table: string) =>
  expression(
    (ctx) => sql`(select coalesce(json_agg(json_build_object('number', p.number, 'kind', p.kind,
        'label', ${phoneLabel(table, ctx)}) order by p._order), '[]'::json)
      from ${sql.identifier(table)} p where p._parent_id = t.id)`,
    (raw) => (raw as { number: string; kind: string | null; label: string | null }[]) ?? [],
  )

const phoneLabel = (table: string, ctx: SelectContext) => {
  const locales = sql.identifier(`${table}_locales`)
  const own = sql`(select nullif(pl.label, '') from ${locales} pl where pl._parent_id = p.id and pl._locale = ${ctx.locale})`
  const fallback = sql`(select nullif(pl.label, '') from ${locales} pl where pl._parent_id = p.id and pl._locale = ${ctx.fallback})`
  return sql`coalesce(${own}, ${fallback})`
}
