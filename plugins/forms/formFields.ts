import type { CollectionAfterReadHook, DateFieldValidation, Field, FieldAccess } from 'payload'

import { hasRole } from '../../access/roles'
import { flaggedAttemptsField } from './flags'
import { withRecipientRules } from './recipients'
import { FIELDS_MAX } from './rules'

/** Who builds forms reads their notification settings; the site and its readers never do. */
const editorsOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/**
 * Payload answers an array its field access hides as `[]` (afterRead sets
 * an empty array after removing it); the public gets no `emails` key at all,
 * so nothing suggests there is something to find.
 */
export const withoutEmailsForReaders: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (!overrideAccess && !hasRole(req.user, 'admin', 'editor') && doc && typeof doc === 'object')
    delete doc.emails
  return doc
}

const closesAfterOpening: DateFieldValidation = (value, { siblingData }) => {
  const opens = (siblingData as { opensAt?: unknown }).opensAt
  if (value && opens && Date.parse(String(value)) <= Date.parse(String(opens)))
    return 'Closes: must be after the form opens'
  return true
}

/** Form-level settings the plugin does not have: when answers are taken, how many, and what they count for. */
const windowAndCapacity: Field[] = [
  {
    name: 'opensAt',
    type: 'date',
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: 'Answers are refused before this time (empty: open now).',
    },
  },
  {
    name: 'closesAt',
    type: 'date',
    validate: closesAfterOpening,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: 'Answers are refused from this time (empty: never closes).',
    },
  },
  {
    name: 'maxSubmissions',
    type: 'number',
    min: 1,
    max: 10_000_000,
    validate: (value: number | null | undefined) =>
      value === null || value === undefined || Number.isInteger(value)
        ? true
        : 'Most answers: a whole number',
    admin: {
      position: 'sidebar',
      description: 'The form takes no more answers once it has this many (empty: no limit).',
    },
  },
  {
    name: 'countsTowardProgress',
    type: 'checkbox',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description: 'Each answer counts toward the progress of the campaign this form belongs to.',
    },
  },
  flaggedAttemptsField,
  {
    name: 'exportAnswers',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/plugins/forms/admin/ExportLink#ExportLink' } },
  },
]

/** The plugin's form fields, adjusted, and ours after them. */
export const formFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] => [
  ...defaultFields.map((field): Field => {
    if (!('name' in field)) return field
    switch (field.name) {
      case 'title':
        // Readers see the title above the form, in their language.
        return field.type === 'text' ? { ...field, localized: true, maxLength: 200 } : field
      case 'fields':
        return field.type === 'blocks' ? { ...field, minRows: 1, maxRows: FIELDS_MAX } : field
      case 'emails':
        if (field.type !== 'array') return field
        return {
          ...field,
          maxRows: 5,
          access: { ...field.access, read: editorsOnly },
          admin: {
            ...field.admin,
            description:
              'Who is told of each submission, by a mail queued after it is stored. Addresses are fixed here: never {{…}} from the answers.',
          },
          fields: withRecipientRules(field.fields).map((inner) =>
            'name' in inner && inner.name === 'message'
              ? ({
                  ...inner,
                  admin: {
                    ...inner.admin,
                    description: 'Shown above the answers in the notice, as plain text.',
                  },
                } as Field)
              : inner,
          ),
        }
      default:
        return field
    }
  }),
  ...windowAndCapacity,
]
