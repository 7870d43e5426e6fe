import { z, ZodError } from 'zod'

import { honeypotFilled } from '../../collections/moderation/correctionInput'
import { readerAddress } from '../../collections/moderation/readerAddress'
import { defineEndpoint } from '../../utilities/endpoint'
import { fromZod, notFound } from '../../utilities/errors'
import { countFlagged } from './flags'
import {
  FIELDS_MAX,
  FORMS_SLUG,
  HONEYPOT_FIELD,
  MIN_FILL_MS,
  SUBMISSION_LOCALES,
  SUBMISSIONS_SLUG,
} from './rules'
import { takeFormPoint } from './submitLimits'

/** The answer to an accepted submission, and to a bot's: the same, so the traps give nothing away. */
const RECEIVED = { received: true } as const
const received = () => Response.json(RECEIVED, { status: 201, headers: { 'Cache-Control': 'no-store' } })

const tooMany = (retryAfterSeconds: number): Response =>
  Response.json(
    {
      errors: [
        {
          message: `Too many answers from your address: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
        },
      ],
    },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )

/** Every problem of the envelope at once, each naming its field. */
const refused = (error: ZodError): Response =>
  Response.json(
    { errors: error.issues.map((issue) => fromZod(new ZodError([issue]), 'body').toBody().errors[0]!) },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  )

const submitBody = z
  .object({
    /** The answers by field name; checked against the form by the submissions' own hook. */
    values: z
      .record(z.string().max(64), z.unknown())
      .refine((values) => Object.keys(values).length <= FIELDS_MAX, `must have at most ${FIELDS_MAX} answers`)
      .default({}),
    /** The language the person filled the form in: the notice is written in it. */
    locale: z.enum(SUBMISSION_LOCALES, `must be one of ${SUBMISSION_LOCALES.join(', ')}`).default('en'),
    /** When the site rendered the form (milliseconds since 1970), if it says. */
    renderedAt: z.number('must be a time in milliseconds').int().nonnegative().optional(),
    [HONEYPOT_FIELD]: z.string().max(2000).optional(),
  })
  .strict()

const params = z.object({
  id: z.coerce.number('must be the id of a form').int().positive('must be the id of a form'),
})

/**
 * `POST /api/forms/:id/submit`: a reader's answers to a form, without an
 * account. The only way a submission is made (REST and GraphQL create is
 * refused to everyone). Limited per reader; a filled honeypot or a form sent
 * faster than a person could is answered as if accepted and only counted;
 * the answers themselves are checked by the submissions' beforeValidate hook,
 * which every path goes through.
 */
export const submitFormEndpoint = defineEndpoint({
  method: 'post',
  path: '/:id/submit',
  params,
  // Parsed in the handler: the honeypot is looked at before anything else.
  body: z.unknown(),
  transaction: true,
  handler: async ({ req, body, params: { id }, db }) => {
    const log = (message: string) => req.payload.logger.warn(message)
    const address = readerAddress(req)
    const take = async () => {
      const verdict = await takeFormPoint(address.key, { vouched: address.fromSite, log })
      if (verdict.allowed) return undefined
      await countFlagged(db, id, 'rate-limited')
      return tooMany(verdict.retryAfterSeconds)
    }

    if (honeypotFilled(body)) {
      // Counted like any attempt, so a bot hammering the form is slowed down as well.
      const limited = await take()
      if (limited) return limited
      await countFlagged(db, id, 'honeypot')
      return received()
    }
    const parsed = submitBody.safeParse(body ?? {})
    if (!parsed.success) return refused(parsed.error)
    const input = parsed.data
    const limited = await take()
    if (limited) return limited
    if (input.renderedAt !== undefined && Date.now() - input.renderedAt < MIN_FILL_MS) {
      await countFlagged(db, id, 'too-fast')
      return received()
    }

    // With the caller's own access (the public's), as the site reads forms.
    const found = await req.payload.find({
      collection: FORMS_SLUG,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { title: true },
      overrideAccess: false,
      req,
    })
    if (!found.docs[0]) throw notFound(`id: no form has id ${id}`, 'id')

    await req.payload.create({
      collection: SUBMISSIONS_SLUG,
      data: {
        form: id,
        submissionData: Object.entries(input.values).map(([field, value]) => ({
          field,
          value: value as string,
        })),
        locale: input.locale,
      },
      depth: 0,
      // Creation is closed to every API user; this endpoint is the one door. The hook checks the answers.
      overrideAccess: true,
      req,
    })
    return received()
  },
})
