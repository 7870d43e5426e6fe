import type { SQL } from 'drizzle-orm'

import { sql } from '@payloadcms/db-postgres'
import { z } from 'zod'

import { list as commaList, oneParameter } from '../../search/searchParams'
import { filter } from './collection'
import { intArray } from './fields'

/** A comma-separated list (`category=3,4`), each item validated: one value at least, at most 50. */
export const list = <T extends z.ZodType>(item: T) => commaList(item, { min: 1 })

const id = z.coerce.number().int().positive().max(2_147_483_647)

/** `<param>=3,4`: rows whose `column` is one of the ids. */
export const idFilter = (column: string, what: string) =>
  filter(
    list(id),
    // One value as `=`, so PostgreSQL walks the (column, sort) index in order (an `any` would not, before 17).
    (ids: number[]) =>
      ids.length === 1
        ? sql`t.${sql.identifier(column)} = ${ids[0]}::int`
        : sql`t.${sql.identifier(column)} = any(${intArray(ids)}::int[])`,
    `Only ${what} with one of these ids (comma-separated).`,
  )

/** `<param>=3,4` on a hasMany relationship: rows related to any of the ids. */
export const relFilter = (relsTable: string, path: string, idColumn: string, what: string) =>
  filter(
    list(id),
    (ids: number[]) => sql`exists (select 1 from ${sql.identifier(relsTable)} x
      where x.parent_id = t.id and x.path = ${path} and x.${sql.identifier(idColumn)} = any(${intArray(ids)}::int[]))`,
    `Only ${what} with any of these ids (comma-separated).`,
  )

/** `status=a,b` on a select column with a PostgreSQL enum. */
export const enumFilter = <const V extends readonly [string, ...string[]]>(
  column: string,
  values: V,
  enumName: string,
  what: string,
) =>
  filter(
    list(z.enum(values)),
    (chosen: string[]) =>
      chosen.length === 1
        ? sql`t.${sql.identifier(column)} = ${chosen[0]}::${sql.identifier(enumName)}`
        : sql`t.${sql.identifier(column)} = any(${`{${chosen.join(',')}}`}::${sql.identifier(enumName)}[])`,
    `Only ${what} (comma-separated: ${values.join(', ')}).`,
  )

/** An ISO 8601 date or date-time, with an offset when it has a time. */
export const instant = z
  .string()
  .max(40)
  .refine(
    (v) => z.iso.date().safeParse(v).success || z.iso.datetime({ offset: true }).safeParse(v).success,
    'must be an ISO 8601 date (2026-12-01) or date-time with an offset (2026-12-01T10:00:00Z)',
  )
  .transform((v) => new Date(v).toISOString())

export const updatedSinceFilter = filter(
  instant.optional(),
  (since: string) => sql`t.updated_at >= ${since}::timestamptz`,
  'Only rows changed at or after this instant (ISO 8601): with `sort=updatedAt`, the way to sync changes.',
)

const degrees = (limit: number) => z.number().min(-limit).max(limit)

/** `bbox=west,south,east,north` in degrees, over the indexed bounding-box columns (as the map reads them). */
export const bboxFilter = filter(
  oneParameter(
    z
      .string()
      .max(100)
      .transform((s) => s.split(',').map((n) => (n.trim() === '' ? NaN : Number(n))))
      .pipe(z.tuple([degrees(180), degrees(90), degrees(180), degrees(90)]))
      .refine(([west, south, east, north]) => south <= north && west <= east, {
        message: 'must be west,south,east,north with west ≤ east and south ≤ north',
      }),
  ).optional(),
  ([west, south, east, north]: [number, number, number, number]): SQL =>
    sql`t.bbox_max_lng >= ${west} and t.bbox_min_lng <= ${east}
      and t.bbox_max_lat >= ${south} and t.bbox_min_lat <= ${north}`,
  'Only rows whose location touches this box: `west,south,east,north` in degrees (WGS 84).',
)
