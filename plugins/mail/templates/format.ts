import type { MailFormat, MailLocale } from './types'

/**
 * The site's numeral rule (site/src/lib/numerals.ts), repeated here because
 * the CMS cannot import the site's code: English and Urdu with Latin digits,
 * Pashto with Extended Arabic-Indic ones, each as written in Pakistan.
 */
const intlLocale = (locale: MailLocale): string =>
  locale === 'en' ? 'en-GB' : locale === 'ur' ? 'ur-PK-u-nu-latn' : 'ps-PK-u-nu-arabext'

/**
 * Times are given in Pakistan's time zone and say so: a reader's own zone is
 * unknown when the mail is written, and most readers live in that one.
 */
const TIME_ZONE = 'Asia/Karachi'

export const mailFormat = (locale: MailLocale): MailFormat => ({
  number: (value) => new Intl.NumberFormat(intlLocale(locale)).format(value),
  dateTime: (iso) =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      // dateStyle/timeStyle cannot be combined with timeZoneName: the parts, spelt out.
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: TIME_ZONE,
      timeZoneName: 'short',
    }).format(new Date(iso)),
})
