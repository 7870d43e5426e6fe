import type { AfterErrorHook } from 'payload'

import { databaseErrorOf, fromDatabase } from '../../utilities/errors'

/**
 * A where operator the field's column cannot take, where the guard does not
 * see the query (Payload's own collections over GraphQL): PostgreSQL's
 * "operator does not exist" (42883), or the query builder having no such
 * operator for the field at all.
 */
const unsupportedOperator = (error: unknown) =>
  databaseErrorOf(error)?.code === '42883' ||
  (error instanceof TypeError && /operators\[\w+\] is not a function/.test(error.message))

const asInputError = (error: unknown): { message: string; field?: string } | undefined => {
  const fromDb = fromDatabase(error)
  if (fromDb) return { message: fromDb.message, field: fromDb.field }
  if (error instanceof URIError) return { message: 'path: malformed percent-encoding', field: 'path' }
  if (unsupportedOperator(error)) {
    return { message: 'where: an operator that does not apply to this field', field: 'where' }
  }
  return undefined
}

/**
 * The net under the input checks: invalid input that only PostgreSQL caught
 * (SQLSTATE class 22: a malformed number, a NUL, a value out of range) is the
 * caller's 400, over REST and GraphQL alike, never Payload's 500 "unknown
 * error". So are a malformed percent-encoding and an inapplicable operator.
 */
export const invalidInputAs400: AfterErrorHook = ({ error, graphqlResult }) => {
  // GraphQL hands over its own error; the database's is the one it wraps.
  const mapped = asInputError((error as { originalError?: unknown }).originalError ?? error)
  if (!mapped) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: mapped.message,
        extensions: { ...graphqlResult.extensions, name: 'AppError', statusCode: 400, stack: undefined },
      },
    }
  }
  return {
    status: 400,
    response: { errors: [{ message: mapped.message, ...(mapped.field ? { field: mapped.field } : {}) }] },
  }
}
