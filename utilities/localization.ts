import type { LocalizationConfig } from 'payload'

/** Reader-facing text is kept in English, Urdu and Pashto; English fills gaps. */
export const localization: LocalizationConfig = {
  locales: [
    { code: 'en', label: 'English' },
    { code: 'ur', label: 'اردو (Urdu)', rtl: true },
    { code: 'ps', label: 'پښتو (Pashto)', rtl: true },
  ],
  defaultLocale: 'en',
  fallback: true,
}
