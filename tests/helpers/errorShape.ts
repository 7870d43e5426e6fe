import type { ApiResponse } from './rest'

import { expect } from 'vitest'

/**
 * Asserts an error answer as the request kernel writes it: the status, the
 * `{ errors: [{ message, field? }] }` body (the field when one is named) and
 * an X-Request-Id header that the body repeats.
 */
export const expectError = (res: ApiResponse, status: number, field?: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(Array.isArray(res.body?.errors) && res.body.errors.length > 0).toBe(true)
  for (const error of res.body.errors as { message: unknown; field?: unknown }[]) {
    expect(typeof error.message).toBe('string')
    if (error.field !== undefined) expect(typeof error.field).toBe('string')
  }
  if (field !== undefined) expect(res.body.errors[0].field).toBe(field)
  const requestId = res.headers.get('x-request-id')
  expect(requestId).toBeTruthy()
  expect(res.body.requestId).toBe(requestId)
  expect(JSON.stringify(res.body)).not.toMatch(/\bat \/|node_modules|\.ts:\d+/)
}
