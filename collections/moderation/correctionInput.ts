import { z } from 'zod'

import { CONTACT_MAX, CORRECTION_TOPICS, MESSAGE_MAX } from './topics'

/**
 * Control characters other than tab and newline (and CR, made a newline)
 * carry nothing a moderator should read; they go before the length checks.
 */
const plainText = (value: string) =>
  value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim()

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/
/** Digits with the separators people write (+92 300 123-4567, (091) 123 4567). */
const PHONE = /^\+?[\d\s().-]+$/

/** True for something a moderator could reply to: an email address or a phone number of 7 to 15 digits. */
export const isReachable = (contact: string): boolean => {
  if (EMAIL.test(contact)) return true
  const digits = contact.replace(/\D/g, '').length
  return PHONE.test(contact) && digits >= 7 && digits <= 15
}

/** What the correction endpoint accepts; anything else is refused, naming the field. */
export const correctionInput = z
  .object({
    resource: z.number('must be the id of a resource').int().positive('must be the id of a resource'),
    topic: z.enum(CORRECTION_TOPICS, `must be one of ${CORRECTION_TOPICS.join(', ')}`),
    message: z
      .string('must be text')
      .transform(plainText)
      .pipe(
        z.string().min(1, 'say what is wrong').max(MESSAGE_MAX, `must be at most ${MESSAGE_MAX} characters`),
      ),
    contact: z
      .string('must be text')
      .transform(plainText)
      .pipe(
        z
          .string()
          .max(CONTACT_MAX, `must be at most ${CONTACT_MAX} characters`)
          .refine((v) => v === '' || isReachable(v), 'must be an email address or a phone number'),
      )
      .optional(),
    locale: z.enum(['en', 'ur', 'ps'], 'must be en, ur or ps').default('en'),
    /** The honeypot: people never see it; the endpoint answers a filled one without storing anything. */
    website: z.string().max(2000).optional(),
  })
  .strict()

export type CorrectionInput = z.output<typeof correctionInput>

/** A filled honeypot: checked before anything else, so a bot learns nothing from its other fields. */
export const honeypotFilled = (body: unknown): boolean =>
  !!body &&
  typeof body === 'object' &&
  typeof (body as { website?: unknown }).website === 'string' &&
  (body as { website: string }).website.trim() !== ''

const SUMMARY_MAX = 100

/** The list view's line: the message's first words, cut at a word and marked when cut. */
export const summaryOf = (message: string): string => {
  const flat = message.replace(/\s+/g, ' ').trim()
  if (flat.length <= SUMMARY_MAX) return flat
  const cut = flat.slice(0, SUMMARY_MAX)
  const space = cut.lastIndexOf(' ')
  return `${(space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
