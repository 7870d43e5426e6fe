import type { SQL } from 'drizzle-orm'

import { sql } from '@payloadcms/db-postgres'

import type { Geometry } from '../../../utilities/geojson'
import type { FieldDef, SelectContext } from './collection'

import { PHONE_KINDS } from '../../../fields/contact'
import { lexicalText } from '../../search/lexicalText'

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it) for one public value. */
export type JsonSchema = Record<string, unknown>

/** How a raw value from `pg` becomes the public one, and the schema the docs give it. */
export interface Reader<T> {
  read: (raw: unknown) => T
  schema: JsonSchema
}

export const reader = <T>(read: (raw: unknown) => T, schema: JsonSchema): Reader<T> => ({ read, schema })

/** The same schema, also allowing null. */
export const orNull = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

const DATE = { type: 'string', format: 'date-time' }

export const read = {
  id: reader((raw): number => Number(raw), { type: 'integer', minimum: 1 }),
  idOrNull: reader((raw): number | null => (raw === null || raw === undefined ? null : Number(raw)), {
    type: ['integer', 'null'],
  }),
  string: reader((raw): string => String(raw ?? ''), { type: 'string' }),
  stringOrNull: reader(
    (raw): string | null => (raw === null || raw === undefined || raw === '' ? null : String(raw)),
    { type: ['string', 'null'] },
  ),
  numberOrNull: reader((raw): number | null => (raw === null || raw === undefined ? null : Number(raw)), {
    type: ['number', 'null'],
  }),
  boolean: reader((raw): boolean => raw === true, { type: 'boolean' }),
  /** A timestamp as ISO 8601 in UTC. */
  date: reader((raw): string => new Date(raw as string).toISOString(), DATE),
  dateOrNull: reader(
    (raw): string | null => (raw ? new Date(raw as string).toISOString() : null),
    orNull(DATE),
  ),
  ids: reader((raw): number[] => (Array.isArray(raw) ? raw.map(Number) : []), {
    type: 'array',
    items: { type: 'integer' },
  }),
  strings: reader((raw): string[] => (Array.isArray(raw) ? raw.map(String) : []), {
    type: 'array',
    items: { type: 'string' },
  }),
  /** Rich text (Lexical) as plain text, paragraphs on their own lines. */
  text: reader((raw): string | null => (raw ? lexicalText(raw) || null : null), {
    type: ['string', 'null'],
    description: 'Plain text, paragraphs on their own lines.',
  }),
  /** One item per non-empty line. */
  lines: reader(
    (raw): string[] =>
      typeof raw === 'string'
        ? raw
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
        : [],
    { type: 'array', items: { type: 'string' } },
  ),
  /** GeoJSON geometry as stored (validated on write). */
  geometry: reader((raw) => (raw ?? null) as Geometry | null, {
    anyOf: [
      {
        type: 'object',
        required: ['type'],
        properties: {
          type: { type: 'string' },
          coordinates: { type: 'array' },
          geometries: { type: 'array' },
        },
      },
      { type: 'null' },
    ],
    description: 'GeoJSON geometry (WGS 84 longitude, latitude).',
  }),
}

/** A JSON object the SQL built, as is (its schema says what it holds). */
export const json = <T>(empty: T, schema: JsonSchema): Reader<T> =>
  reader((raw) => (raw ?? empty) as T, schema)

/** An object schema whose every property is required and no other allowed. */
export const object = (properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  additionalProperties: false,
})

/** A column of the row. */
export const column = <T>(name: string, { read, schema }: Reader<T>): FieldDef<T> => ({
  select: () => sql`t.${sql.identifier(name)}`,
  read,
  schema,
})

/** A localized column, in the reader's locale with the fallback's text standing in. */
export const localized = <T>(name: string, { read, schema }: Reader<T>): FieldDef<T> => ({
  select: (ctx: SelectContext) => ctx.localized(name),
  read,
  schema,
})

/** Any SQL expression over `t`. */
export const expression = <T>(
  select: (ctx: SelectContext) => SQL,
  { read, schema }: Reader<T>,
): FieldDef<T> => ({
  select,
  read,
  schema,
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
        where x.parent_id = t.id and x.path = ${path}
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
    json<{ number: string; kind: string | null; label: string | null }[]>([], {
      type: 'array',
      items: object({
        number: { type: 'string' },
        kind: { type: ['string', 'null'], enum: [...PHONE_KINDS, null] },
        label: { type: ['string', 'null'] },
      }),
    }),
  )

const phoneLabel = (table: string, ctx: SelectContext) => {
  const locales = sql.identifier(`${table}_locales`)
  const own = sql`(select nullif(pl.label, '') from ${locales} pl where pl._parent_id = p.id and pl._locale = ${ctx.locale})`
  const fallback = sql`(select nullif(pl.label, '') from ${locales} pl where pl._parent_id = p.id and pl._locale = ${ctx.fallback})`
  return sql`coalesce(${own}, ${fallback})`
}
