import type { ArrayField } from 'payload'

/** The kinds of value a category's extra attribute can hold. */
export const ATTRIBUTE_TYPES = ['text', 'number', 'boolean', 'list'] as const
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number]

const KEY = /^[a-z][a-zA-Z0-9]{0,39}$/

/**
 * What a category's resources may record beyond the HSDS profile (beds in a
 * hospital, seats in a school): a key editors never see on the site, the label
 * readers see in each language, and the type the value must have.
 */
export const attributeSchemaField = (): ArrayField => ({
  name: 'attributeSchema',
  type: 'array',
  maxRows: 40,
  labels: { singular: 'Attribute', plural: 'Attributes' },
  admin: {
    description:
      'Extra facts this category’s resources record, beyond the profile. Readers see the label, never the key.',
  },
  validate: (value: unknown) => {
    if (!Array.isArray(value)) return true
    const seen = new Set<string>()
    for (const row of value as { key?: string }[]) {
      if (row.key && seen.has(row.key)) return `The key "${row.key}" is used twice`
      if (row.key) seen.add(row.key)
    }
    return true
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          admin: { placeholder: 'beds', width: '30%' },
          validate: (value: unknown) =>
            typeof value === 'string' && KEY.test(value)
              ? true
              : 'A key is a letter followed by letters or digits (camelCase), at most 40, e.g. beds',
        },
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 80,
          admin: { width: '40%' },
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'text',
          options: [...ATTRIBUTE_TYPES],
          admin: { width: '30%' },
        },
      ],
    },
    {
      name: 'unit',
      type: 'text',
      localized: true,
      maxLength: 40,
      admin: { description: 'Shown after a number, e.g. "beds", "PKR a month" (optional).' },
    },
  ],
})
