import { z } from 'zod'

import { notFound } from './errors'

/** PostgreSQL's `integer`, the type of every collection's id column. */
const MAX_ID = 2_147_483_647

/**
 * A document id in a route (`/:id`): a positive whole number, or a 400 naming
 * the parameter. A well-formed id past the id column's range names no
 * document there can be, so it is a 404 like any other missing one (thrown
 * from the transform, which zod passes through instead of making it a 400).
 */
export const idParam = (name = 'id') =>
  z
    .string()
    .regex(/^[1-9][0-9]*$/, 'must be a positive whole number')
    .transform((value) => {
      const id = Number(value)
      if (!Number.isSafeInteger(id) || id > MAX_ID) throw notFound('Not found', name)
      return id
    })
