import type { Locale } from '../i18n/messages'

/** Long dates in the reader's language (Urdu and Pashto as written in Pakistan). */
export const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-PK`, { dateStyle: 'long' }).format(
    new Date(iso),
  )
