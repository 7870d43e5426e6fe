/**
 * The password rule as people read it before they type, in each language.
 * Plain constants (no Payload or Astro imports): the CMS's admin shows the
 * same text under the password field, and the site's forms import it, so
 * the rule shown is the rule the CMS enforces (collections/users/passwordPolicy.ts).
 */
export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 128

export type PasswordRuleLocale = 'en' | 'ur' | 'ps'

const RULES: Record<PasswordRuleLocale, string> = {
  en: `Use ${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Common passwords, and passwords that contain your email or your name, are refused. A few unrelated words make a strong one.`,
  // Urdu keeps Latin digits (site/src/lib/numerals.ts).
  ur: `${PASSWORD_MIN} سے ${PASSWORD_MAX} حروف استعمال کریں۔ عام پاس ورڈ، اور ایسے پاس ورڈ جن میں آپ کا ای میل یا نام شامل ہو، قبول نہیں کیے جاتے۔ چند بے ربط الفاظ مل کر مضبوط پاس ورڈ بناتے ہیں۔`,
  // Pashto writes Extended Arabic-Indic digits.
  ps: 'له ۱۲ تر ۱۲۸ توري وکاروئ. عام پټنومونه، او هغه پټنومونه چې ستاسو برېښنالیک یا نوم پکې وي، نه منل کېږي. څو بې اړیکې کلمې یو پیاوړی پټنوم جوړوي.',
}

/** The rule in `locale` (English for a locale without its own text). */
export const passwordRule = (locale: string): string => RULES[locale as PasswordRuleLocale] ?? RULES.en
