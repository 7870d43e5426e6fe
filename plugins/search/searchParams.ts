import { z } from 'zod'

import { SEARCHABLE_COLLECTIONS } from './types'

/**
 * One query parameter parsed by `inner`, its problems reported against the
 * parameter itself: `category=3,x` is a bad `category` (the 2nd value), not
 * a bad `category.1`, since the caller only knows parameter names.
 */
export const oneParameter = <T extends z.ZodType>(inner: T) =>
  z.string().transform((value, ctx): z.output<T> => {
    const parsed = inner.safeParse(value)
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]!
    const at = typeof issue.path[0] === 'number' ? `value ${issue.path[0] + 1}: ` : ''
    ctx.addIssue({ code: 'custom', message: `${at}${issue.message}` })
    return z.NEVER
  })

/** A comma-separated list (`category=3,4`), each item validated, at most 50 (at least `min`). */
export const list = <T extends z.ZodType>(item: T, { min = 0 }: { min?: number } = {}) =>
  oneParameter(
    z
      .string()
      .max(1000)
      .pipe(
        z.preprocess(
          (v) => String(v).split(',').filter(Boolean),
          z
            .array(item)
            .min(min, `give at least ${min === 1 ? 'one value' : `${min} values`}`)
            .max(50, 'give at most 50 values'),
        ),
      ),
  ).optional()

const id = z.coerce.number().int().positive()

/** The filters a search (and the map, which follows it) accepts. */
export const searchFilterShape = {
  q: z.string().max(200).default(''),
  locale: z.enum(['en', 'ur', 'ps']).default('en'),
  type: list(z.enum(SEARCHABLE_COLLECTIONS)),
  category: list(id),
  district: list(id),
  tags: list(id),
  status: list(z.enum(['active', 'temporarily-closed', 'closed', 'unverified'])),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
}

export const datesInOrder: [
  (p: { from?: string; to?: string }) => boolean,
  { path: string[]; message: string },
] = [(p) => !p.from || !p.to || p.from <= p.to, { path: ['to'], message: '`to` is before `from`' }]

/** The query string of `GET /api/search`; every parameter is validated and named on failure. */
export const searchParamsSchema = z
  .object({
    ...searchFilterShape,
    page: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
  .refine(...datesInOrder)

export type SearchParams = z.infer<typeof searchParamsSchema>
