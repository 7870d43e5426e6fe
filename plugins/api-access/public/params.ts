import { z } from 'zod'

import type { AnyPublicCollection } from './collection'

import { oneParameter } from '../../search/searchParams'
import { PUBLIC_LOCALES } from './locale'

export const MAX_LIMIT = 100

/** `sort=updatedAt` / `sort=-updatedAt`: one key of the collection's sorts, `-` for descending. */
export const sortValues = (collection: AnyPublicCollection) =>
  Object.keys(collection.sorts).flatMap((key) => [key, `-${key}`]) as [string, ...string[]]

/** `fields=title,summary`: a subset of the projection's keys (`id` always comes too). */
const fieldsParam = (collection: AnyPublicCollection) => {
  const keys = Object.keys(collection.projection)
  return oneParameter(
    z
      .string()
      .max(2000)
      .transform((v) =>
        v
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(
            z.string().refine((f) => keys.includes(f), {
              error: (issue) => `unknown field "${String(issue.input)}" (one of ${keys.join(', ')})`,
            }),
          )
          .min(1, 'name at least one field'),
      ),
  ).optional()
}

const locale = z.enum(PUBLIC_LOCALES, { error: `must be one of ${PUBLIC_LOCALES.join(', ')}` }).default('en')

/** The query string of a collection's list: filters, fields, sort, limit, cursor, locale. */
export const listParams = (collection: AnyPublicCollection) =>
  z
    .object({
      ...Object.fromEntries(Object.entries(collection.filters).map(([name, f]) => [name, f.schema])),
      fields: fieldsParam(collection),
      sort: z
        .enum(sortValues(collection), { error: `must be one of ${sortValues(collection).join(', ')}` })
        .default(collection.defaultSort ?? '-createdAt'),
      limit: z.coerce
        .number({ error: 'must be a whole number' })
        .int('must be a whole number')
        .min(1, 'must be 1 or more')
        .max(MAX_LIMIT, `must be ${MAX_LIMIT} or less`)
        .default(20),
      cursor: z.string().max(1000).optional(),
      locale,
    })
    .strict()

/** The query string of one document: fields and locale. */
export const itemParams = (collection: AnyPublicCollection) =>
  z.object({ fields: fieldsParam(collection), locale }).strict()

export interface ListQuery {
  fields?: string[]
  sort: string
  limit: number
  cursor?: string
  locale: (typeof PUBLIC_LOCALES)[number]
  [filter: string]: unknown
}
