import type { Block, Field, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { fields as pluginBlocks } from '@payloadcms/plugin-form-builder'

import { FIELD_NAME, type FieldType, HONEYPOT_FIELD, OPTIONS_MAX } from './rules'

type FormData = { fields?: ({ name?: unknown } | null)[] | null }

/**
 * A field's name is what its answer is stored and exported under: a short
 * lowercase word, one per form, and never the honeypot's.
 */
const validateName: TextFieldSingleValidation = (value, { data }) => {
  if (typeof value !== 'string' || !FIELD_NAME.test(value))
    return 'Name: lowercase letters, digits and _, starting with a letter (at most 64)'
  if (value === HONEYPOT_FIELD) return `Name: "${HONEYPOT_FIELD}" is kept for spam protection; choose another`
  const same = ((data as FormData)?.fields ?? []).filter((field) => field?.name === value)
  if (same.length > 1) return `Name: another field of this form is called "${value}"`
  return true
}

/** The plugin's fields with our rule on `name`, wherever a row put it. */
const withNameRule = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'row') return { ...field, fields: withNameRule(field.fields) }
    if (field.type === 'text' && field.name === 'name') {
      return {
        ...field,
        validate: validateName,
        admin: { ...field.admin, description: 'How the answer is stored and exported: e.g. phone_number' },
      } as Field
    }
    return field
  })

const pluginBlock = (slug: string): Block => {
  const block = pluginBlocks[slug]
  if (!block || typeof block === 'function') throw new Error(`plugin-form-builder has no ${slug} block`)
  return { ...block, fields: withNameRule(block.fields) }
}

/** The parts every custom block shares: the plugin's own name and label rows, by their use. */
const nameAndLabel = (pluginBlock('text').fields[0] as Extract<Field, { type: 'row' }>).fields
const width: Field = { name: 'width', type: 'number', min: 10, max: 100, admin: { width: '50%' } }
const required: Field = { name: 'required', type: 'checkbox', admin: { width: '50%' } }

const maxAboveMin: NumberFieldSingleValidation = (value, { siblingData }) => {
  const min = (siblingData as { min?: unknown }).min
  if (typeof value === 'number' && typeof min === 'number' && value < min)
    return 'Largest: must not be below the smallest'
  return true
}

/** The plugin's number block, with the bounds answers must keep to. */
const numberBlock = (): Block => {
  const block = pluginBlock('number')
  return {
    ...block,
    fields: [
      ...block.fields,
      {
        type: 'row',
        fields: [
          { name: 'min', type: 'number', label: 'Smallest allowed', admin: { width: '50%' } },
          {
            name: 'max',
            type: 'number',
            label: 'Largest allowed',
            admin: { width: '50%' },
            validate: maxAboveMin,
          },
        ],
      },
    ],
  }
}

/** The plugin's select block, with a cap on options (each label localized, as the plugin has it). */
const selectBlock = (): Block => {
  const block = pluginBlock('select')
  return {
    ...block,
    fields: block.fields.map((field) =>
      field.type === 'array' && field.name === 'options'
        ? { ...field, minRows: 1, maxRows: OPTIONS_MAX }
        : field,
    ),
  }
}

/** A choice among the `districts` collection; the site lists them, the answer is a district's id. */
const districtBlock: Block = {
  slug: 'district',
  // Its own GraphQL and TypeScript name: `District` is the districts collection's.
  interfaceName: 'FormDistrictField',
  labels: { singular: 'District', plural: 'District fields' },
  fields: [
    { type: 'row', fields: nameAndLabel },
    { type: 'row', fields: [width, required] },
  ],
}

/** A box the person must tick to send the form, beside a statement of what they agree to. */
const consentBlock: Block = {
  slug: 'consent',
  interfaceName: 'FormConsentField',
  labels: { singular: 'Consent', plural: 'Consent fields' },
  fields: [
    { type: 'row', fields: nameAndLabel },
    {
      name: 'statement',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 2000,
      admin: {
        description:
          'What the person agrees to by ticking the box (how their answers are used, who sees them). Always required.',
      },
    },
    width,
  ],
}

/** The blocks of the plugin's `fields` option: ours on, every other block of the plugin off. */
export const formBlocks = (): Record<string, Block | false> => {
  const blocks: Record<FieldType, Block> = {
    text: pluginBlock('text'),
    textarea: pluginBlock('textarea'),
    email: pluginBlock('email'),
    number: numberBlock(),
    select: selectBlock(),
    checkbox: pluginBlock('checkbox'),
    district: districtBlock,
    consent: consentBlock,
  }
  return {
    ...blocks,
    radio: false,
    state: false,
    country: false,
    message: false,
    date: false,
    payment: false,
    upload: false,
  }
}
