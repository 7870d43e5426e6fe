import type { AfterErrorHook } from 'payload'

import { fromDatabase } from '../../utilities/errors'

/**
 * The net under the input checks: invalid input that only PostgreSQL caught
 * (SQLSTATE class 22: a malformed number, a NUL, a value out of range) is the
 * caller's 400, over REST and GraphQL alike, never Payload's 500 "unknown
 * error". A malformed percent-encoding in a path is the caller's too.
 */
export const invalidInputAs400: AfterErrorHook = ({ error, graphqlResult }) => {
  // GraphQL hands over its own error; the database's is the one it wraps.
  const original = (error as { originalError?: unknown }).originalError ?? error
  const mapped =
    fromDatabase(original) ??
    (original instanceof URIError
      ? { message: 'path: malformed percent-encoding', field: 'path' }
      : undefined)
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
