import type { GroupField } from 'payload'

import { GOAL_UNITS } from './goalUnits'
import { wholeNumber } from './wholeNumber'

export { GOAL_UNITS, type GoalUnit } from './goalUnits'

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
