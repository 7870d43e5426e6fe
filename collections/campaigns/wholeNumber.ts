import type { Validate } from 'payload'

import { number as numberValidation } from 'payload/shared'

/** A count is a whole number: 12.5 households is a typing mistake, not a figure. */
export const wholeNumber: Validate = (value, options) => {
  const base = numberValidation(value as number, options as never)
  if (base !== true) return base
  return value === null || value === undefined || Number.isInteger(value) ? true : 'Must be a whole number'
}
