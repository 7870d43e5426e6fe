/*
 * Plain constants, no Payload import: the site reads them too (site/src/i18n/campaigns.ts).
 */

/** What a campaign counts. A fixed list, so figures can be compared and shown in every language. */
export const GOAL_UNITS = {
  households: { en: 'households reached', ur: 'گھرانوں تک رسائی', ps: 'کورنیو ته رسېدنه' },
  people: { en: 'people reached', ur: 'لوگوں تک رسائی', ps: 'خلکو ته رسېدنه' },
  'children-vaccinated': { en: 'children vaccinated', ur: 'بچوں کو ویکسین', ps: 'واکسین شوي ماشومان' },
  'children-enrolled': { en: 'children enrolled', ur: 'بچوں کا داخلہ', ps: 'شامل شوي ماشومان' },
  pledges: { en: 'pledges', ur: 'عہد', ps: 'ژمنې' },
  'sign-ups': { en: 'sign-ups', ur: 'اندراج', ps: 'نوم لیکنې' },
  sessions: { en: 'sessions held', ur: 'منعقدہ نشستیں', ps: 'جوړې شوې غونډې' },
} as const
export type GoalUnit = keyof typeof GOAL_UNITS
