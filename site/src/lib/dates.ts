import type { Locale } from '../i18n/messages'

import { formatNumber, intlLocale } from './numerals'

/** Long dates in the reader's language and digits (Urdu and Pashto as written in Pakistan). */
export const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(new Date(iso))

/**
 * A date and time, short ("05/03/2026, 09:05"), in the reader's language and
 * digits. A 24-hour clock in every language, as the open-now line writes
 * times ("closes 17:00"): ICU's Urdu and Pashto would otherwise add a Latin "AM".
 */
export const shortDateTime = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(iso))

/** A file size for people: "1.2 MB" in the reader's digits. */
export const fileSize = (locale: Locale, bytes: number) =>
  formatNumber(locale, bytes >= 1024 * 1024 ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024), {
    style: 'unit',
    unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  })
