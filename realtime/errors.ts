import type { Payload } from 'payload'

import { ZodError } from 'zod'

import type { ChatError, ErrorCode } from './events'

/** An error whose message is meant for the client. */
export class ChatFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/**
 * What a client is told about a failure: our own failures and Payload's
 * access errors by code; validation by its field messages; anything else is
 * logged and reported as "internal" without its details.
 */
export const toClientError = (error: unknown, payload: Payload, event: string): ChatError => {
  if (error instanceof ChatFailure) return { code: error.code, message: error.message }
  if (error instanceof ZodError) {
    const issue = error.issues[0]
    return {
      code: 'invalid',
      message: `${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}`,
    }
  }
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403)
    return { code: 'forbidden', message: 'You are not allowed to do that' }
  if (status === 404) return { code: 'not_found', message: 'Not found' }
  if (status === 400) return { code: 'invalid', message: 'The data was not accepted' }
  payload.logger.error({ err: error, msg: `realtime: ${event} failed` })
  return { code: 'internal', message: 'Something went wrong; please try again' }
}
