import type { ArrayField, CollectionBeforeChangeHook, NumberField, Validate } from 'payload'

import { date as dateValidation } from 'payload/shared'

import { rolesOf } from '../../access/roles'
import { countedSubmissionsFor } from '../../plugins/forms/progress'
import { wholeNumber } from './wholeNumber'

const noFutureDate: Validate = (value, options) => {
  const base = dateValidation(value as Date, options as never)
  if (base !== true) return base
  if (!value) return true
  const tomorrow = Date.now() + 24 * 60 * 60 * 1000
  return Date.parse(String(value)) <= tomorrow ? true : 'Progress cannot be dated in the future'
}

type Row = { id?: string | null; amount?: number | null; enteredBy?: unknown }

/**
 * New rows get the editor who entered them; rows already stored keep theirs,
 * whatever a client sends (rows are matched by their id: Payload gives a new
 * row its id before the hooks run, so "has an id" does not mean "stored").
 */
export const stampEnteredBy: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const rows = (data as { progress?: Row[] | null }).progress
  if (!Array.isArray(rows)) return data
  const stored = new Map(
    ((originalDoc as { progress?: Row[] | null } | undefined)?.progress ?? []).map((row) => [row.id, row]),
  )
  const idOf = (value: unknown) =>
    value && typeof value === 'object' ? (value as { id?: unknown }).id : (value ?? null)
  return {
    ...data,
    progress: rows.map((row) => {
      const before = row.id ? stored.get(row.id) : undefined
      return { ...row, enteredBy: before ? idOf(before.enteredBy) : (req.user?.id ?? null) }
    }),
  }
}

/**
 * Progress as editors report it from the field: dated increments ("120 more
 * households on 3 December"), each with who entered it. Increments add up
 * with what the form's submissions count, which a running total would not.
 * The history itself is versioned and audited with the campaign.
 */
export const progressField: ArrayField = {
  name: 'progress',
  type: 'array',
  maxRows: 1000,
  labels: { singular: 'Progress update', plural: 'Progress updates' },
  admin: {
    description: 'Each update adds to the total: how many more were reached, and when.',
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          validate: noFutureDate,
          admin: { width: '30%', date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'amount',
          type: 'number',
          required: true,
          min: 0,
          max: 10_000_000,
          validate: wholeNumber,
          admin: { width: '20%', step: 1 },
        },
        { name: 'note', type: 'text', localized: true, maxLength: 300, admin: { width: '50%' } },
      ],
    },
    {
      name: 'enteredBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
      // Who entered a figure is for staff; readers see the figure.
      access: { read: ({ req }) => rolesOf(req.user).some((r) => r !== 'member') },
    },
  ],
}

type Progress = { amount?: number | null }[] | null | undefined

/** The sum of the editors' updates. */
export const progressTotal = (progress: Progress): number =>
  (progress ?? []).reduce((sum, row) => sum + (typeof row.amount === 'number' ? row.amount : 0), 0)

const formIdOf = (form: unknown): number | null => {
  const id = form && typeof form === 'object' ? (form as { id?: unknown }).id : form
  return typeof id === 'number' ? id : null
}

/**
 * How far the campaign has come, in the goal's unit: the editors' updates,
 * plus the answers to its form when the form says they count (a pledge
 * form's pledges). Read-only, computed on every read (one query for all the
 * campaigns a read returns).
 */
export const reachedField: NumberField = {
  name: 'reached',
  type: 'number',
  virtual: true,
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: "The progress updates, plus the form's answers when the form counts them.",
  },
  hooks: {
    beforeChange: [() => undefined],
    afterRead: [
      async ({ data, req }) => {
        const doc = data as { progress?: Progress; form?: unknown } | undefined
        const form = formIdOf(doc?.form)
        const answers = form === null ? 0 : await countedSubmissionsFor(req, form)
        return progressTotal(doc?.progress) + answers
      },
    ],
  },
}
