import { APIError } from 'payload'
import { ZodError } from 'zod'

/** One problem in an error answer: what went wrong and, when one field or parameter is to blame, which. */
export interface ErrorItem {
  message: string
  field?: string
}

/** The body of every error answer Hujra writes: `{ errors: [{ message, field? }] }`. */
export interface ErrorBody {
  errors: ErrorItem[]
  requestId?: string
}

/**
 * The application's one error type. Thrown anywhere (an endpoint handler, a
 * collection hook, a realtime handler), it becomes the HTTP status and message
 * given here: its message is meant for the caller, so it must never hold
 * internals. It extends Payload's APIError so Payload's own REST and GraphQL
 * handlers answer it with the same status and message when a hook throws it,
 * and `data` names the field the way Payload's validation errors do.
 */
export class AppError extends APIError<{ errors: { message: string; path: string }[] } | null> {
  readonly field?: string

  constructor(status: number, message: string, field?: string) {
    super(message, status, field ? { errors: [{ message, path: field }] } : null, true)
    this.name = 'AppError'
    this.field = field
  }

  toBody(): ErrorBody {
    return { errors: [{ message: this.message, ...(this.field ? { field: this.field } : {}) }] }
  }
}

export const badRequest = (field: string | undefined, message: string) => new AppError(400, message, field)
export const unauthorized = (message = 'Sign in first') => new AppError(401, message)
export const forbidden = (message = 'You are not allowed to do that') => new AppError(403, message)
export const notFound = (message = 'Not found', field?: string) => new AppError(404, message, field)
export const conflict = (message: string, field?: string) => new AppError(409, message, field)
export const tooLarge = (message: string, field?: string) => new AppError(413, message, field)

/**
 * A request body's text as JSON: `undefined` for an empty body, a 400 naming
 * `body` for one that does not parse. The kernel and the input guard both
 * read bodies through it, so a broken body gets one answer everywhere.
 */
export const parseJsonBody = (text: string): unknown => {
  if (!text.trim()) return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw badRequest('body', 'body: not valid JSON')
  }
}

/** The first issue of a zod error, as a field name and a message that starts with it. */
export const fromZod = (error: ZodError, fallbackField = 'body'): AppError => {
  const issue = error.issues[0]!
  // Unknown keys of a strict object carry their names in `keys`, not in `path`.
  const keys = (issue as { keys?: string[] }).keys
  const field =
    issue.path.map(String).join('.') || (keys?.length ? keys.join(', ') : undefined) || fallbackField
  const message =
    issue.code === 'unrecognized_keys'
      ? `${field}: unknown parameter${keys && keys.length > 1 ? 's' : ''}`
      : `${field}: ${issue.message}`
  return badRequest(keys?.length === 1 ? keys[0] : field, message)
}

/**
 * SQLSTATE classes PostgreSQL answers for a value it cannot take: class 22
 * (data exception: a malformed number, NUL bytes, a value out of range, a bad
 * date) and 42804 (datatype mismatch). Seeing one means the input got past
 * validation; it is the caller's input, never a server fault.
 */
const isInvalidInput = (code: string) => code.startsWith('22') || code === '42804'

/** The PostgreSQL error somewhere in a chain of causes (drizzle wraps pg's). */
export const databaseErrorOf = (error: unknown): { code: string; message: string } | undefined => {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, message: String((e as { message?: unknown }).message ?? '') }
    }
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/** An invalid-input error from PostgreSQL as a 400, or undefined for anything else. */
export const fromDatabase = (error: unknown): AppError | undefined => {
  const db = databaseErrorOf(error)
  if (!db || !isInvalidInput(db.code)) return undefined
  if (db.code === '22021' || /0x00/.test(db.message))
    return badRequest(undefined, 'Text must not contain NUL characters')
  if (db.code === '22003') return badRequest(undefined, 'A number is out of range')
  return badRequest(undefined, 'A value has the wrong type or format')
}

/**
 * Any error as the HTTP status and body the caller sees. Our own errors,
 * Payload's public errors (4xx) and zod errors keep their message; invalid
 * input that only PostgreSQL caught becomes a 400; anything else is a 500
 * that says nothing but the request id (the log has the rest).
 */
export const toErrorResponse = (error: unknown): { status: number; body: ErrorBody; internal: boolean } => {
  if (error instanceof AppError) return { status: error.status, body: error.toBody(), internal: false }
  if (error instanceof ZodError) return { status: 400, body: fromZod(error).toBody(), internal: false }
  const fromDb = fromDatabase(error)
  if (fromDb) return { status: 400, body: fromDb.toBody(), internal: false }
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    const details = (error.data as { errors?: { message?: string; path?: string; field?: string }[] } | null)
      ?.errors
    const errors: ErrorItem[] = details?.length
      ? details.map((d) => ({
          message: d.message ?? error.message,
          ...(d.path || d.field ? { field: d.path ?? d.field } : {}),
        }))
      : [{ message: error.message }]
    return { status: error.status, body: { errors }, internal: false }
  }
  return { status: 500, body: { errors: [{ message: 'Something went wrong on our side' }] }, internal: true }
}
