import type { GroupField } from 'payload'

import { wholeNumber } from './wholeNumber'

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

export const goalField: GroupField = {
  name: 'goal',
  type: 'group',
  admin: { description: 'How far the campaign means to reach, counted in one unit.' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'target',
          type: 'number',
          required: true,
          min: 1,
          max: 100_000_000,
          validate: wholeNumber,
          admin: { step: 1, width: '50%' },
        },
        {
          name: 'unit',
          type: 'select',
          required: true,
          options: Object.entries(GOAL_UNITS).map(([value, label]) => ({ value, label })),
          admin: { width: '50%' },
        },
      ],
    },
  ],
}
