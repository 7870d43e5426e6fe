import { LOCALES, type Locale } from '../i18n/messages'

/**
 * Pages ask the CMS for `locale=all`, so every localized field arrives as
 * `{ en, ur, ps }`. Picking here (rather than letting Payload fall back)
 * tells the page which language a value is really in, so an untranslated
 * field shown in English is marked as such and carries `lang="en"`.
 */
export type Translations<T> = Partial<Record<Locale, T | null>>

export interface Localized<T> {
  value: T
  /** The language `value` is written in. */
  lang: Locale
  /** True when the reader's language had no value and English was used. */
  fallback: boolean
}

const isTranslations = (value: unknown): value is Translations<unknown> =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => (LOCALES as readonly string[]).includes(key))

const present = (value: unknown) => value !== null && value !== undefined && value !== ''

/** The value in `locale`, else English; null when neither exists. */
export const pick = <T>(
  field: Translations<T> | T | null | undefined,
  locale: Locale,
): Localized<T> | null => {
  if (!isTranslations(field))
    return present(field) ? { value: field as T, lang: locale, fallback: false } : null
  const own = field[locale]
  if (present(own)) return { value: own as T, lang: locale, fallback: false }
  const english = field.en
  return present(english) ? { value: english as T, lang: 'en', fallback: locale !== 'en' } : null
}

/** Like `pick` for a required text field: an empty string rather than null. */
export const text = (
  field: Translations<string> | string | null | undefined,
  locale: Locale,
): Localized<string> => pick(field, locale) ?? { value: '', lang: locale, fallback: false }
