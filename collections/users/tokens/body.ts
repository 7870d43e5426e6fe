import type { PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'
import type { z } from 'zod'

import { badRequest, fromZod, parseJsonBody } from '../../../utilities/errors'

/**
 * The body of an account step: JSON (the site, integrators), or the admin's
 * forms, which post multipart with the fields as JSON in `_payload`
 * (@payloadcms/ui Form `createFormData`). Checked with `schema`: a 400
 * naming the field.
 */
export const readBody = async <S extends z.ZodType>(req: PayloadRequest, schema: S): Promise<z.output<S>> => {
  const type = req.headers.get('content-type') ?? ''
  let raw: unknown
  if (/^multipart\/form-data\b/i.test(type)) {
    try {
      await addDataAndFileToRequest(req)
    } catch {
      throw badRequest('body', 'body: the form could not be read')
    }
    raw = req.data
  } else if (/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    raw = parseJsonBody(await new Response(req.body).text())
  } else {
    throw badRequest('body', 'body: send JSON with Content-Type: application/json')
  }
  const parsed = schema.safeParse(raw ?? {})
  if (!parsed.success) throw fromZod(parsed.error)
  return parsed.data
}
