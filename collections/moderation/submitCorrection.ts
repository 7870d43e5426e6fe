import { z, ZodError } from 'zod'

import { defineEndpoint } from '../../utilities/endpoint'
import { fromZod, notFound } from '../../utilities/errors'
import { correctionInput, honeypotFilled, summaryOf } from './correctionInput'
import { takeCorrectionPoint } from './correctionLimits'
import { readerAddress } from './readerAddress'

/** The answer to an accepted submission, and to a bot's: the same, so the honeypot gives nothing away. */
const RECEIVED = { received: true } as const

const tooMany = (retryAfterSeconds: number): Response =>
  Response.json(
    {
      errors: [
        {
          message: `Too many corrections from your address: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
        },
      ],
    },
    {
      status: 429,
      headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
    },
  )

/**
 * Every problem at once, each naming its field, so a form can mark all the
 * fields to fix in one round (the kernel's answer names only the first).
 */
const refused = (error: ZodError): Response =>
  Response.json(
    { errors: error.issues.map((issue) => fromZod(new ZodError([issue]), 'body').toBody().errors[0]!) },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  )

/**
 * `POST /api/corrections/submit`: a reader's "Report a correction", without
 * an account. The only way a correction is created (REST and GraphQL create
 * is refused to everyone): limited per reader, a honeypot answered as if
 * accepted, the resource checked to be published with the reader's (public)
 * access, and the request stored for the moderators' review queue.
 */
export const submitCorrectionEndpoint = defineEndpoint({
  method: 'post',
  path: '/submit',
  // Parsed in the handler: the honeypot is looked at before the other fields.
  body: z.unknown(),
  transaction: true,
  handler: async ({ req, body }) => {
    const log = (message: string) => req.payload.logger.warn(message)
    const address = readerAddress(req)
    if (honeypotFilled(body)) {
      // Counted like any attempt, so a bot hammering the form is slowed down as well.
      const verdict = await takeCorrectionPoint(address.key, { vouched: address.fromSite, log })
      if (!verdict.allowed) return tooMany(verdict.retryAfterSeconds)
      return Response.json(RECEIVED, { status: 201, headers: { 'Cache-Control': 'no-store' } })
    }
    const parsed = correctionInput.safeParse(body ?? {})
    if (!parsed.success) return refused(parsed.error)
    const input = parsed.data
    const verdict = await takeCorrectionPoint(address.key, { vouched: address.fromSite, log })
    if (!verdict.allowed) return tooMany(verdict.retryAfterSeconds)

    // With the caller's own access (anonymous: published only), so a draft is as unknown as a missing id.
    const found = await req.payload.find({
      collection: 'resources',
      where: { id: { equals: input.resource }, _status: { equals: 'published' } },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
      overrideAccess: false,
      req,
    })
    if (!found.docs[0]) throw notFound(`resource: no published resource has id ${input.resource}`, 'resource')

    const contact = input.contact || null
    await req.payload.create({
      collection: 'corrections',
      data: {
        resource: input.resource,
        topic: input.topic,
        summary: summaryOf(input.message),
        message: input.message,
        contact,
        locale: input.locale,
        status: 'open',
      },
      depth: 0,
      // Creation is closed to every API user; this endpoint is the one door, and it checked the input.
      overrideAccess: true,
      req,
    })
    return Response.json(RECEIVED, { status: 201, headers: { 'Cache-Control': 'no-store' } })
  },
})
