/** The languages mail is written in: the CMS's locales. */
export const MAIL_LOCALES = ['en', 'ur', 'ps'] as const
export type MailLocale = (typeof MAIL_LOCALES)[number]

/** A message ready to send: both parts say the same thing. */
export interface RenderedMail {
  subject: string
  text: string
  html: string
}

/**
 * What a template says in one language, as plain strings: the layout
 * (`layout.ts`) turns it into the text and the HTML part and escapes every
 * string for HTML, so a template never writes markup and data can never
 * become markup.
 */
export interface MailContent {
  subject: string
  greeting: string
  paragraphs: string[]
  /** The one thing the reader is asked to do: a button in HTML, the address on its own line in text. */
  action?: { label: string; url: string }
  /** Smaller print after the action: how long it works, what to do if it was not you. */
  notes?: string[]
}

/** Numbers and dates in the reader's language, as the template needs them. */
export interface MailFormat {
  number: (value: number) => string
  dateTime: (iso: string) => string
}
