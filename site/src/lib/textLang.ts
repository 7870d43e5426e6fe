import type { Locale } from '../i18n/messages'

/**
 * The language of a result's text on an Urdu or Pashto page. The index falls
 * back to English for untranslated fields without saying so; text with
 * letters but no Arabic script is that English, and is marked up as such so
 * screen readers pronounce it and it lays out left to right.
 */
export const textLang = (locale: Locale, text: string | null): 'en' | undefined =>
  locale !== 'en' && text && /\p{L}/u.test(text) && !/\p{Script=Arabic}/u.test(text) ? 'en' : undefined
