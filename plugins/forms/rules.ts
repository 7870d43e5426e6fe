/**
 * What a form and its answers may hold. Plain constants (no Payload
 * imports), so the site's form can say the same limits the CMS enforces.
 */
export const FORMS_SLUG = 'forms'
export const SUBMISSIONS_SLUG = 'form-submissions'

/** The blocks an editor builds a form from (the plugin's, less radio/state/country/message/date/payment/upload). */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'email',
  'number',
  'select',
  'checkbox',
  'district',
  'consent',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

/** Longest answer per type, in characters. */
export const TEXT_MAX = 500
export const TEXTAREA_MAX = 5000
export const EMAIL_MAX = 254

/** Most fields one form may have, and most options one select may offer. */
export const FIELDS_MAX = 50
export const OPTIONS_MAX = 100

/** A field's name: what the site posts the answer under and the CSV column is known by. */
export const FIELD_NAME = /^[a-z][a-z0-9_]{0,63}$/

/**
 * The honeypot: a field people never see on the site's form. It cannot be a
 * form field's name, so a filled one is always a bot's.
 */
export const HONEYPOT_FIELD = 'website'

/** A person takes at least this long to fill in a form; a faster answer is a bot's. */
export const MIN_FILL_MS = 3000

/** The languages a submission can be made in (the CMS's locales). */
export const SUBMISSION_LOCALES = ['en', 'ur', 'ps'] as const
export type SubmissionLocale = (typeof SUBMISSION_LOCALES)[number]
