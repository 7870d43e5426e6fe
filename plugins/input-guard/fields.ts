import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

/** What a query path points at, as far as checking a value against it goes. */
export type PathKind =
  /** `polymorphic`: a relationship to several collections, which also takes `{ relationTo, value }`. */
  | { kind: 'id'; numeric: boolean; polymorphic?: boolean }
  | { kind: 'number' }
  | { kind: 'select'; options: Set<string> }
  | { kind: 'checkbox' }
  | { kind: 'date' }
  | { kind: 'point' }
  | { kind: 'text' }
  /** A JSON or rich-text column itself (a path into it is `any`). */
  | { kind: 'json' }
  /** Paths into JSON, joins, blocks: values are not checked beyond NUL. */
  | { kind: 'any' }

/** PostgreSQL `integer`, the type of serial ids. */
const INT4_MAX = 2_147_483_647

/** Whether the collection's ids are numbers (serial) rather than text or uuids. */
export const hasNumericIds = (config: SanitizedConfig, collection: SanitizedCollectionConfig): boolean => {
  const custom = collection.flattenedFields.find((f) => f.name === 'id')
  if (custom) return custom.type === 'number'
  return config.db.defaultIDType === 'number'
}

/** An id a serial column can hold: digits only, within PostgreSQL's integer. */
export const isSerialId = (value: string): boolean => /^\d{1,10}$/.test(value) && Number(value) <= INT4_MAX

const relationKind = (config: SanitizedConfig, relationTo: string | string[]): PathKind => {
  const targets = (Array.isArray(relationTo) ? relationTo : [relationTo]).map((slug) =>
    config.collections.find((c) => c.slug === slug),
  )
  const numeric = targets.every((t) => t && hasNumericIds(config, t))
  return { kind: 'id', numeric, polymorphic: Array.isArray(relationTo) }
}

const kindOf = (config: SanitizedConfig, field: FlattenedField): PathKind => {
  switch (field.type) {
    case 'number':
      return { kind: 'number' }
    case 'select':
    case 'radio':
      return {
        kind: 'select',
        options: new Set(field.options.map((o) => (typeof o === 'string' ? o : o.value))),
      }
    case 'checkbox':
      return { kind: 'checkbox' }
    case 'date':
      return { kind: 'date' }
    case 'point':
      return { kind: 'point' }
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { kind: 'text' }
    case 'relationship':
    case 'upload':
      return relationKind(config, field.relationTo)
    case 'json':
    case 'richText':
      return { kind: 'json' }
    default:
      return { kind: 'any' }
  }
}

/**
 * The kind of a dotted query path (`status`, `category.name`, `title.ur`,
 * `version.title`), following groups, arrays and single-collection
 * relationships; undefined when the path is not a field (Payload then answers
 * its own 400 for a path that cannot be queried).
 */
export const resolvePath = (
  config: SanitizedConfig,
  fields: FlattenedField[],
  path: string,
  numericIds: boolean,
): PathKind | undefined => {
  const locales = new Set(config.localization ? config.localization.localeCodes : [])
  // GraphQL names nested fields with `__` (version__title); REST with dots.
  const segments = path.split(/\.|__/)
  let current = fields
  let idsNumeric = numericIds
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i]!
    if (name === 'id' && i === segments.length - 1) return { kind: 'id', numeric: idsNumeric }
    const field = current.find((f) => f.name === name)
    if (!field) return undefined
    let rest = segments.length - i - 1
    if ('localized' in field && field.localized && locales.has(segments[i + 1] ?? '')) {
      i += 1
      rest -= 1
    }
    if (rest === 0) return kindOf(config, field)
    if (field.type === 'relationship' || field.type === 'upload') {
      if (Array.isArray(field.relationTo)) return { kind: 'any' }
      const target = config.collections.find((c) => c.slug === field.relationTo)
      if (!target) return undefined
      current = target.flattenedFields
      idsNumeric = hasNumericIds(config, target)
    } else if ('flattenedFields' in field) {
      current = field.flattenedFields
    } else {
      return { kind: 'any' }
    }
  }
  return undefined
}

/** The fields a versions query sees: the document under `version`, and the version row's own columns. */
export const versionFields = (
  config: SanitizedConfig,
  fields: FlattenedField[],
  parentSlug?: string,
): FlattenedField[] =>
  [
    { name: 'version', type: 'group', flattenedFields: fields, fields: [] },
    ...(parentSlug ? [{ name: 'parent', type: 'relationship', relationTo: parentSlug }] : []),
    { name: 'latest', type: 'checkbox' },
    { name: 'autosave', type: 'checkbox' },
    { name: 'snapshot', type: 'checkbox' },
    { name: 'createdAt', type: 'date' },
    { name: 'updatedAt', type: 'date' },
    ...(config.localization
      ? [{ name: 'publishedLocale', type: 'select', options: config.localization.localeCodes }]
      : []),
  ] as FlattenedField[]
