import { z } from 'zod'

import { mailFormat } from './format'
import { isOwnLink } from '../links'
import { isAbsoluteHttpUrl, renderContent } from './layout'
import type { MailContent, MailFormat, MailLocale, RenderedMail } from './types'

/** A template: the data it takes (validated) and what it says in each language. */
export interface MailTemplate<S extends z.ZodType = z.ZodType> {
  data: S
  content: Record<MailLocale, (data: z.output<S>, format: MailFormat) => MailContent>
}

export const defineTemplate = <S extends z.ZodType>(template: MailTemplate<S>): MailTemplate<S> => template

/**
 * Data shown inside a sentence, isolated (U+2068 … U+2069) so a Latin name
 * or address in Urdu or Pashto text, or an Urdu name in English, keeps the
 * sentence's word order around it.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`

/** A person's name as the mail greets them; none is fine. */
export const nameField = z.string().trim().min(1).max(200).optional()

/**
 * A link in a mail: absolute http(s), built by the caller from SERVER_URL or
 * SITE_URL (`serverLink`, `siteLink`), and leading nowhere else, so no
 * caller can be talked into mailing a link to another host.
 */
export const linkField = z
  .string()
  .max(2048, 'must be at most 2048 characters')
  .refine(isAbsoluteHttpUrl, 'must be an absolute http(s) URL')
  .refine(isOwnLink, 'must start with SERVER_URL or SITE_URL')

export const minutesField = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 30)

export const dateTimeField = z.iso.datetime({ offset: true })

/** "Hello Name," in each language, or without the name when there is none. */
export const greeting = (locale: MailLocale, name: string | undefined): string => {
  if (locale === 'en') return name ? `Hello ${isolate(name)},` : 'Hello,'
  return name ? `السلام علیکم ${isolate(name)}،` : 'السلام علیکم،'
}

/** "This link works for N minutes" in each language (with the locale's digits). */
export const linkLifetime = (locale: MailLocale, minutes: number, format: MailFormat, once = false) => {
  const n = format.number(minutes)
  if (locale === 'en')
    return `This link works for ${n} ${minutes === 1 ? 'minute' : 'minutes'}${once ? ', and only once' : ''}.`
  if (locale === 'ur') return `یہ لنک ${n} منٹ تک${once ? ' اور صرف ایک بار' : ''} کام کرے گا۔`
  return `دا لینک ${n} ${minutes === 1 ? 'دقیقه' : 'دقیقې'}${once ? ' او یوازې یو ځل' : ''} کار کوي.`
}

/** Renders a template's data (already validated) in one language. */
export const renderTemplate = <S extends z.ZodType>(
  template: MailTemplate<S>,
  locale: MailLocale,
  data: z.output<S>,
): RenderedMail => renderContent(template.content[locale](data, mailFormat(locale)), locale)
