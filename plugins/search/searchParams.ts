import { z } from 'zod'

import { SEARCHABLE_COLLECTIONS } from './types'

/** A comma-separated list (`category=3,4`), each item validated. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? v.slice(0, 500).split(',').filter(Boolean) : v),
      z.array(item).max(50),
    )
    .optional()

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
