import type { Locale } from '../i18n/messages'

/**
 * Digits as the reader's language writes them in running text. One place
 * decides the numeral style per locale (times, counts, dates), so a page
 * never mixes two.
 */
export const localDigits = (_locale: Locale, text: string): string => text
