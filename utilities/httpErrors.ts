/** A 400 in Payload's own error shape, naming the offending field or parameter. */
export const badRequest = (field: string, message: string): Response =>
  Response.json({ errors: [{ message, data: { errors: [{ path: field, message }] } }] }, { status: 400 })
