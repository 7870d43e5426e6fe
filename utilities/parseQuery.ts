import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { badRequest } from './httpErrors'

/**
 * Validates a request's query string with a zod schema: the parsed data, or
 * a 400 naming the first bad (or unknown) parameter.
 */
export const parseQuery = <T extends z.ZodType>(
  schema: T,
  req: PayloadRequest,
): { data: z.infer<T>; error?: undefined } | { data?: undefined; error: Response } => {
  const parsed = schema.safeParse(Object.fromEntries(req.searchParams.entries()))
  if (parsed.success) return { data: parsed.data as z.infer<T> }
  const issue = parsed.error.issues[0]!
  // Unknown keys (strict objects) carry their names in `keys`, not in `path`.
  const field = issue.path.join('.') || String((issue as { keys?: string[] }).keys?.[0] ?? 'query')
  return { error: badRequest(field, `${field}: ${issue.message}`) }
}
