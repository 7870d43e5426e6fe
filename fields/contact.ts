import type { Field, TextField } from 'payload'

/** Digits with an optional leading +, spaces and dashes allowed between them; 7–15 digits (E.164's limit). */
export const isPhoneNumber = (value: string): boolean => {
  if (!/^\+?[\d][\d\s-]*$/.test(value.trim())) return false
  const digits = value.replace(/\D/g, '').length
  return digits >= 7 && digits <= 15
}

// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the mail server's call.
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value)

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

const empty = (value: unknown) => value === null || value === undefined || value === ''

export const emailField = (): Field => ({
  name: 'email',
  type: 'email',
  validate: (value: null | string | undefined) =>
    empty(value) || isEmail(String(value)) ? true : 'Not an email address (name@example.org)',
})

export const websiteField = (): TextField => ({
  name: 'website',
  type: 'text',
  maxLength: 500,
  validate: (value: null | string | undefined) =>
    empty(value) || isHttpUrl(String(value)) ? true : 'Website must be an http:// or https:// address',
})

export const PHONE_KINDS = ['voice', 'mobile', 'whatsapp', 'sms', 'fax'] as const

/** HSDS `phone`: number, type and a description (here a label a reader sees). */
export const phonesField = (): Field => ({
  name: 'phones',
  type: 'array',
  maxRows: 10,
  labels: { singular: 'Phone', plural: 'Phones' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          maxLength: 32,
          validate: (value: null | string | undefined) =>
            typeof value === 'string' && isPhoneNumber(value)
              ? true
              : 'Not a phone number: 7 to 15 digits, an optional leading +, spaces or dashes between',
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'voice',
          options: [
            { value: 'voice', label: 'Voice' },
            { value: 'mobile', label: 'Mobile' },
            { value: 'whatsapp', label: 'WhatsApp' },
            { value: 'sms', label: 'SMS' },
            { value: 'fax', label: 'Fax' },
          ],
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
          maxLength: 80,
          admin: { description: 'e.g. "Reception", "Emergency", "Women\'s desk"' },
        },
      ],
    },
  ],
})
