import type { SQL } from 'drizzle-orm'
import type { z } from 'zod'

import type { PublicLocale } from './locale'

/**
 * What the public API may read, and how a collection's rows become the
 * documented shape. Nothing here comes from the collection config: a field
 * reaches integrators only when a projection below names it, so a field
 * added to a collection tomorrow stays internal until someone decides it is
 * public (and documents it).
 */
export const PUBLIC_COLLECTIONS = [
  'resources',
  'posts',
  'campaigns',
  'categories',
  'districts',
  'tags',
  'organizations',
] as const
export type PublicSlug = (typeof PUBLIC_COLLECTIONS)[number]

/** What a field's SQL may refer to: `t` the row, and the row's text in the reader's locale. */
export interface SelectContext {
  locale: PublicLocale
  /** The locale standing in for a missing translation. */
  fallback: PublicLocale
  /** A localized column in the reader's locale, English standing in where it is empty. */
  localized: (column: string) => SQL
}

/** One public field: the SQL that selects it and how its raw value becomes the public one. */
export interface FieldDef<T> {
  select: (ctx: SelectContext) => SQL
  read: (raw: unknown) => T
  /** Its JSON Schema in the OpenAPI document. */
  schema: Record<string, unknown>
}

/** A projection names exactly the keys of the public type, each with its SQL and mapper. */
export type Projection<Out> = { [K in keyof Out]-?: FieldDef<Out[K]> }

/** A sort key: the indexed expression (on `t`) and the type its cursor value is cast back to. */
export interface SortDef {
  expression: SQL
  cast: 'int' | 'numeric' | 'text' | 'timestamptz'
}

/** A filter: its query parameter's schema and the condition its parsed value adds. */
export interface Filter<T = unknown> {
  schema: z.ZodType<T | undefined, string | undefined>
  /** Method syntax on purpose: a filter of any value type is a `Filter` of the collection. */
  condition(value: T): SQL
  /** For the OpenAPI document. */
  description: string
}

/** Declares a filter, checking its condition against its schema's output. */
export const filter = <T>(
  schema: z.ZodType<T | undefined, string | undefined>,
  condition: (value: T) => SQL,
  description: string,
): Filter<T> => ({ schema, condition, description })

export interface PublicCollection<Out extends { id: number; updatedAt: string }> {
  slug: PublicSlug
  /** The collection's main table. */
  table: string
  /** Its `_locales` table, when it has localized fields. */
  localesTable?: string
  /** Whether rows have Payload's `_status` (drafts): then only `published` rows are public. */
  drafts: boolean
  projection: Projection<Out>
  sorts: Record<string, SortDef>
  /** The default sort, as `sort=` takes it; Payload's own default for the collection. @default '-createdAt' */
  defaultSort?: string
  /** Query parameters that filter the list. */
  filters: Record<string, Filter>
  /** One line for the OpenAPI document. */
  description: string
}

/** Any public collection, whatever its public type: what the generic list and item code take. */
export type AnyPublicCollection = Omit<PublicCollection<{ id: number; updatedAt: string }>, 'projection'> & {
  projection: Record<string, FieldDef<unknown>>
}
