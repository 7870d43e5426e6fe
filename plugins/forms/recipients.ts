import type { Field, TextFieldSingleValidation } from 'payload'

import { z } from 'zod'

/** Most addresses one of a notification's address fields may list. */
export const RECIPIENTS_MAX = 10

const address = z.email().max(254)

/**
 * The plugin fills `{{field}}` in these from the submission before sending:
 * the person filling in the form would choose who gets the mail (a list of
 * addresses in one answer, an open relay for the site's domain). Recipients
 * are the editor's, never the submitter's.
 */
const TEMPLATED = /\{\{|\}\}/

/** The addresses of a comma- or semicolon-separated list, trimmed, empty items dropped. */
export const addressesOf = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean)

const listRule =
  (label: string, { required = false, max = RECIPIENTS_MAX } = {}): TextFieldSingleValidation =>
  (value) => {
    if (typeof value === 'string' && TEMPLATED.test(value))
      return `${label}: give addresses, not {{…}}: recipients are never taken from what a person submits`
    const items = addressesOf(value)
    if (items.length === 0) return required ? `${label}: give at least one email address` : true
    if (items.length > max) return `${label}: at most ${max} address${max > 1 ? 'es' : ''}`
    const bad = items.find((item) => !address.safeParse(item).success)
    return bad === undefined ? true : `${label}: "${bad}" is not an email address`
  }

const RULES: Record<string, { validate: TextFieldSingleValidation; description?: string }> = {
  emailTo: {
    validate: listRule('To', { required: true }),
    description: 'Who is told of each submission: email addresses, separated by commas.',
  },
  cc: { validate: listRule('CC'), description: 'Also told (each gets a mail of their own).' },
  bcc: { validate: listRule('BCC'), description: 'Also told (each gets a mail of their own).' },
  replyTo: { validate: listRule('Reply to', { max: 1 }), description: 'Where a reply to the notice goes.' },
  emailFrom: { validate: listRule('From', { max: 1 }) },
}

/**
 * The plugin's `emails` rows with our rules: every address field refuses
 * `{{…}}` and anything but plain addresses (the admin shows it beside the
 * field; REST and GraphQL answer 400 naming `emails.N.emailTo`), and who may
 * read them is narrowed to editors and admins.
 */
export const withRecipientRules = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'row') return { ...field, fields: withRecipientRules(field.fields) }
    if (field.type !== 'text' || !(field.name in RULES)) return field
    const rule = RULES[field.name]!
    if (field.name === 'emailFrom') {
      // Mail leaves from MAIL_DEFAULT_SENDER: a From of the editor's choosing would fail the
      // domain's SPF/DMARC and let a form impersonate anyone. Kept (validated) for the plugin's schema.
      return { ...field, validate: rule.validate, admin: { ...field.admin, hidden: true } } as Field
    }
    return {
      ...field,
      validate: rule.validate,
      admin: { ...field.admin, placeholder: 'office@example.org', description: rule.description },
    } as Field
  })
