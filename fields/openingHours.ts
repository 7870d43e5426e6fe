import type { ArrayField, Field } from 'payload'

/**
 * Opening hours as HSDS `schedule` rows in a simpler shape: per weekday a mode
 * and, when open, one or more ranges in the service's local time.
 *
 * Overnight is not modelled as one range: a range must end after it starts,
 * and `24:00` is accepted as a closing time, so a night shift is written as
 * 20:00–24:00 on one day and 00:00–06:00 on the next.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const HOURS_MODES = ['open', 'closed', '24h'] as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
export const isTime = (value: unknown, closing = false): value is string =>
  typeof value === 'string' && (TIME.test(value) || (closing && value === '24:00'))

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

interface Range {
  opens?: null | string
  closes?: null | string
}

/** The first pair of ranges that overlap, as indexes, or undefined. */
export const firstOverlap = (ranges: Range[]): [number, number] | undefined => {
  const valid = ranges
    .map((r, i) => ({ i, r }))
    .filter(({ r }) => isTime(r.opens) && isTime(r.closes, true) && minutes(r.closes!) > minutes(r.opens!))
    .sort((a, b) => minutes(a.r.opens!) - minutes(b.r.opens!))
  for (let k = 1; k < valid.length; k++) {
    if (minutes(valid[k]!.r.opens!) < minutes(valid[k - 1]!.r.closes!)) return [valid[k - 1]!.i, valid[k]!.i]
  }
  return undefined
}

const rangesField = (): ArrayField => ({
  name: 'ranges',
  type: 'array',
  maxRows: 6,
  labels: { singular: 'Range', plural: 'Ranges' },
  admin: {
    condition: (_, sibling) => sibling?.mode === 'open',
    description: 'Several ranges for a break (e.g. 08:00–12:30 and 14:30–17:00). 24:00 closes at midnight.',
  },
  validate: (value: unknown) => {
    if (!Array.isArray(value)) return true
    const overlap = firstOverlap(value as Range[])
    return overlap ? `Ranges ${overlap[0] + 1} and ${overlap[1] + 1} overlap` : true
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'opens',
          type: 'text',
          required: true,
          admin: { placeholder: '08:00' },
          validate: (value: unknown) => (isTime(value) ? true : 'Opening time must be HH:MM, e.g. 08:00'),
        },
        {
          name: 'closes',
          type: 'text',
          required: true,
          admin: { placeholder: '14:00' },
          validate: (value: unknown, { siblingData }: { siblingData: Range }) => {
            if (!isTime(value, true)) return 'Closing time must be HH:MM, e.g. 14:00 (24:00 for midnight)'
            if (isTime(siblingData?.opens) && minutes(value) <= minutes(siblingData.opens))
              return `Closes (${value}) must be after opens (${siblingData.opens}); split overnight hours at 24:00`
            return true
          },
        },
      ],
    },
  ],
})

const modeField = (): Field => ({
  name: 'mode',
  type: 'select',
  required: true,
  defaultValue: 'open',
  options: [
    { value: 'open', label: 'Open (hours below)' },
    { value: 'closed', label: 'Closed' },
    { value: '24h', label: 'Open 24 hours' },
  ],
})

export const openingHoursField = (): ArrayField => ({
  name: 'openingHours',
  type: 'array',
  maxRows: 7,
  labels: { singular: 'Day', plural: 'Days' },
  admin: { description: 'One row per weekday, in the service’s time zone. A day not listed is unknown.' },
  validate: (value: unknown) => {
    if (!Array.isArray(value)) return true
    const seen = new Set<string>()
    for (const row of value as { day?: string }[]) {
      if (row.day && seen.has(row.day)) return `${row.day} is listed twice`
      if (row.day) seen.add(row.day)
    }
    return true
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'day',
          type: 'select',
          required: true,
          options: WEEKDAYS.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
        },
        modeField(),
      ],
    },
    rangesField(),
  ],
})

const isDate = (value: unknown) =>
  (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())

export const hoursExceptionsField = (): ArrayField => ({
  name: 'hoursExceptions',
  type: 'array',
  maxRows: 50,
  labels: { singular: 'Exception', plural: 'Exceptions' },
  admin: { description: 'Dated changes that override the weekly hours: holidays, Ramadan hours.' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'to',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: (value: unknown, { siblingData }: { siblingData: { from?: unknown } }) => {
            if (!isDate(value)) return 'An end date is required'
            if (isDate(siblingData?.from) && new Date(value as string) < new Date(siblingData.from as string))
              return 'The end date (to) must not be before the start date (from)'
            return true
          },
        },
        modeField(),
      ],
    },
    { name: 'label', type: 'text', localized: true, maxLength: 120, admin: { placeholder: 'Ramadan' } },
    rangesField(),
  ],
})
