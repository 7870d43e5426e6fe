import { localization } from '../../../utilities/localization'

/** The configured locales, so a new one needs no change here. */
export const PUBLIC_LOCALES = localization.locales.map((l) => (typeof l === 'string' ? l : l.code)) as [
  'en' | 'ur' | 'ps',
  ...('en' | 'ur' | 'ps')[],
]
export type PublicLocale = (typeof PUBLIC_LOCALES)[number]

/** The locale whose text stands in for a missing translation (Payload's `fallback: true`). */
export const FALLBACK_LOCALE = localization.defaultLocale as PublicLocale
