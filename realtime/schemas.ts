import { z } from 'zod'

/** PostgreSQL's `integer`, the type of every id: a larger number can name no row. */
const MAX_ID = 2_147_483_647

/** A row id: a whole number PostgreSQL can hold (1e20, 1.5 and -1 are invalid, not a server fault). */
export const id = z.number().int().positive().max(MAX_ID)

/** Text as PostgreSQL stores it: no NUL characters, which it refuses in `text` columns. */
export const storableText = () =>
  z.string().refine((value) => !value.includes('\u0000'), 'must not contain NUL characters')
