import type { Locale } from '../i18n/messages'

/** Long dates in the reader's language (Urdu and Pashto as written in Pakistan). */
export const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-PK`, { dateStyle: 'long' }).format(
    new Date(iso),
  )

/** A file size for people: "1.2 MB" in the reader's digits. */
export const fileSize = (locale: Locale, bytes: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en' : `${locale}-PK`, {
    style: 'unit',
    unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes >= 1024 * 1024 ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024))
