import type { Locale } from '../i18n/messages'

/**
 * The numeral style of each language, decided here once (times, counts,
 * dates, sizes), so a page never mixes two:
 *
 * - English: Latin digits (0–9).
 * - Urdu: Latin digits (0–9). Urdu in Pakistan is printed and signed with
 *   them: newspapers, school books, prices, bus and shop signs, phone
 *   numbers, forms; CLDR's default for ur-PK is `latn` too. Urdu digits
 *   (۰–۹) survive mostly in religious and literary print, and a reader
 *   copying a phone number or a time from the page needs the ones on the
 *   keypad.
 * - Pashto: Extended Arabic-Indic digits (۰–۹, U+06F0–U+06F9, `arabext`).
 *   Pashto print in Afghanistan and Khyber Pakhtunkhwa (books, newspapers,
 *   the Pashto Academy's publications) writes them, and CLDR's default for
 *   ps is `arabext`. Phone numbers stay Latin in `tel:` links (the dialler
 *   needs them); only their shown text follows the rule.
 *
 * The Arabic-Indic digits of Arabic (٠–٩, U+0660–U+0669) are used by
 * neither language: text that has them is brought to the locale's style.
 */
export const numberingSystem: Record<Locale, 'latn' | 'arabext'> = {
  en: 'latn',
  ur: 'latn',
  ps: 'arabext',
}

/**
 * The BCP 47 tag for Intl formatters, with the numbering system spelt out
 * (`-u-nu-`), so every runtime (Node's ICU, each browser's) formats alike:
 * English as written in Britain (day month year, 24-hour times), Urdu and
 * Pashto as written in Pakistan.
 */
export const intlLocale = (locale: Locale): string =>
  locale === 'en' ? 'en-GB' : `${locale}-PK-u-nu-${numberingSystem[locale]}`

const LATIN = '0'.charCodeAt(0)
const EXTENDED = 0x06f0
const ARABIC = 0x0660

/**
 * Digits as the reader's language writes them in running text: `text` (a
 * time such as "09:00", a count) with its digits turned to the locale's
 * style. Other characters are left alone.
 */
export const localDigits = (locale: Locale, text: string): string => {
  const target = numberingSystem[locale] === 'arabext' ? EXTENDED : LATIN
  return text.replace(/[0-9\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0)
    const value = code >= EXTENDED ? code - EXTENDED : code >= ARABIC ? code - ARABIC : code - LATIN
    return String.fromCharCode(target + value)
  })
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A number ("1,234") in the reader's digits and separators. */
export const formatNumber = (locale: Locale, n: number, options: Intl.NumberFormatOptions = {}): string => {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options)
    numberFormats.set(key, format)
  }
  return format.format(n)
}
