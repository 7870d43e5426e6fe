import type { AttributeType } from '../../fields/attributeSchema'

/** One declared attribute, as the category's REST answer has it in the admin's locale. */
export interface AttributeDeclaration {
  key: string
  label?: string | null
  type: AttributeType
  unit?: string | null
}

export type Attributes = Record<string, unknown>

const isPlainObject = (value: unknown): value is Attributes =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The stored value as an object (the field may hold a JSON string while the form is fresh). */
export const asAttributes = (value: unknown): Attributes => {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value)
      return isPlainObject(parsed) ? parsed : {}
    } catch {
      return {}
    }
  }
  return isPlainObject(value) ? value : {}
}

/** What an input shows for a stored value. */
export const inputText = (type: AttributeType, value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (type === 'list') return Array.isArray(value) ? value.map(String).join('\n') : String(value)
  if (type === 'boolean') return value === true ? 'true' : value === false ? 'false' : ''
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/**
 * What an input's text stores: blank removes the attribute; a number field
 * keeps what is not a number as typed, so the server's 400 names it rather
 * than the form losing it.
 */
export const storedValue = (type: AttributeType, text: string): unknown => {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  switch (type) {
    case 'number': {
      const n = Number(trimmed)
      return Number.isFinite(n) ? n : trimmed
    }
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined
    case 'list':
      return trimmed
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    default:
      return text
  }
}

/** Sets or removes one attribute; null when nothing is left (the field is then empty). */
export const withAttribute = (current: Attributes, key: string, value: unknown): Attributes | null => {
  const next = { ...current }
  if (value === undefined) delete next[key]
  else next[key] = value
  return Object.keys(next).length > 0 ? next : null
}

/** The attributes the schema does not declare, for the JSON editor under the form. */
export const undeclared = (current: Attributes, schema: readonly AttributeDeclaration[]): Attributes => {
  const declared = new Set(schema.map((d) => d.key))
  return Object.fromEntries(Object.entries(current).filter(([key]) => !declared.has(key)))
}

/** Declared values plus the edited undeclared ones. */
export const mergeUndeclared = (
  current: Attributes,
  schema: readonly AttributeDeclaration[],
  extras: Attributes,
): Attributes | null => {
  const declared = new Set(schema.map((d) => d.key))
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => declared.has(key)))
  const next = { ...kept, ...extras }
  return Object.keys(next).length > 0 ? next : null
}
