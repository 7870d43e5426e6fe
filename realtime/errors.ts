import type { Payload } from 'payload'

import type { ChatError, ErrorCode } from './events'

import { AppError, toErrorResponse } from '../utilities/errors'

/** A member who may not send until a mute lifts: a refusal of its own code, so the widget can say so. */
export class MutedError extends AppError {
  readonly code = 'muted' satisfies ErrorCode

  constructor(message: string) {
    super(403, message)
    this.name = 'MutedError'
  }
}

/** The client's error code for each HTTP status the application's errors carry. */
const CODES: Partial<Record<number, ErrorCode>> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  429: 'rate_limited',
  501: 'unavailable',
  503: 'unavailable',
}

export const codeOf = (status: number): ErrorCode =>
  CODES[status] ?? (status >= 400 && status < 500 ? 'invalid' : 'internal')

/**
 * What a client is told about a failure, decided as the HTTP kernel decides
 * it (`toErrorResponse`): our own errors, Payload's public ones and zod's by
 * their message, PostgreSQL's invalid-input errors as `invalid`; anything
 * else is logged and reported as `internal` without its details.
 */
export const toClientError = (error: unknown, payload: Payload, event: string): ChatError => {
  const { status, body, internal } = toErrorResponse(error)
  if (internal) {
    payload.logger.error({ err: error, msg: `realtime: ${event} failed` })
    return { code: 'internal', message: 'Something went wrong; please try again' }
  }
  const code = error instanceof MutedError ? error.code : codeOf(status)
  return { code, message: body.errors[0]?.message ?? 'The request was refused' }
}
