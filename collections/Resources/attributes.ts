import { type JSONField, type PayloadRequest, type Validate, ValidationError } from 'payload'

import type { AttributeType } from '../../fields/attributeSchema'

/** One entry of a category's `attributeSchema`, as far as validation cares. */
export interface AttributeDefinition {
  key: string
  type: AttributeType
}

export interface AttributeProblem {
  path: string
  message: string
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const NOT_AN_OBJECT = 'Attributes must be a JSON object (not an array, string or number)'

const EXPECTED: Record<AttributeType, string> = {
  text: 'a text (a JSON string)',
  number: 'a number (a JSON number such as 20, not "20")',
  boolean: 'true or false',
  list: 'a list of texts or numbers (a JSON array such as ["Monday", "Thursday"])',
}

const fits = (type: AttributeType, value: unknown): boolean => {
  switch (type) {
    case 'text':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'list':
      return (
        Array.isArray(value) &&
        value.every((item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)))
      )
  }
}

/**
 * What is wrong with a resource's `attributes` against its category's schema:
 * every key must be declared there (the site shows only declared, labelled
 * attributes, so an undeclared key would be stored and never seen), and every
 * value must have the declared type. A null value is an attribute left blank.
 */
export const attributeProblems = (value: unknown, schema: AttributeDefinition[]): AttributeProblem[] => {
  if (value === null || value === undefined) return []
  if (!isPlainObject(value)) return [{ path: 'attributes', message: NOT_AN_OBJECT }]
  const declared = new Map(schema.map((d) => [d.key, d]))
  const known = schema.map((d) => d.key).join(', ') || 'none'
  return Object.entries(value).flatMap(([key, item]): AttributeProblem[] => {
    const path = `attributes.${key}`
    const definition = declared.get(key)
    if (!definition)
      return [
        {
          path,
          message: `${path}: "${key}" is not in this category's attribute schema (declared: ${known}); declare it on the category or remove it`,
        },
      ]
    if (item === null || fits(definition.type, item)) return []
    return [{ path, message: `${path}: expected ${EXPECTED[definition.type]}, got ${JSON.stringify(item)}` }]
  })
}

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (isPlainObject(value) && (typeof value.id === 'number' || typeof value.id === 'string')) return value.id
  return null
}

/** The category's schema; null when there is no such category (its own field reports that). */
const schemaOf = async (req: PayloadRequest, category: unknown): Promise<AttributeDefinition[] | null> => {
  if (isPlainObject(category) && Array.isArray(category.attributeSchema))
    return category.attributeSchema as AttributeDefinition[]
  const id = idOf(category)
  if (id === null) return null
  const doc = await req.payload
    .findByID({ collection: 'categories', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return doc ? ((doc.attributeSchema ?? []) as AttributeDefinition[]) : null
}

const parsed = (value: unknown) => {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return value
  }
}

/**
 * Runs on every save that Payload validates (REST, GraphQL, the Local API;
 * not drafts saved with `draft: true`, such as a geodata import's, which
 * editors review and publish later). On a save the error names the key
 * (`attributes.beds`), as the profile's fields name theirs; in the admin's
 * form, which asks while the editor types, it is the field's message.
 */
const validateAttributes: Validate<unknown, { category?: unknown }> = async (value, options) => {
  const { data, req, event } = options
  const candidate = parsed(value)
  if (candidate === null || candidate === undefined) return true
  if (!isPlainObject(candidate)) return NOT_AN_OBJECT
  const schema = await schemaOf(req, data?.category)
  if (!schema) return true
  const problems = attributeProblems(candidate, schema)
  if (problems.length === 0) return true
  if (event === 'submit') throw new ValidationError({ collection: 'resources', errors: problems, req })
  return problems.map((p) => p.message).join('; ')
}

export const attributesField = (): JSONField => ({
  name: 'attributes',
  type: 'json',
  admin: {
    description:
      'Extra facts this category records, e.g. {"beds": 20}. Only keys in the category’s attribute schema, with its types.',
  },
  validate: validateAttributes,
})
