import type { RelationshipField, UploadField, Validate } from 'payload'

import { relationship as relationshipValidation, upload as uploadValidation } from 'payload/shared'

type RelationField = RelationshipField | UploadField

const idsOf = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) =>
      item && typeof item === 'object'
        ? ((item as { id?: unknown; value?: unknown }).id ?? (item as { value?: unknown }).value)
        : item,
    )
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')

/**
 * Payload checks a relationship id's shape but not that the document exists;
 * PostgreSQL's foreign key would then fail the insert with a 500. This checks
 * existence first (one count per field) and names the field in a 400.
 */
export const existingRelation = <F extends RelationField>(field: F): F => {
  const relationTo = field.relationTo as string
  const base = (field.type === 'upload' ? uploadValidation : relationshipValidation) as Validate
  const validate: Validate = async (value, options) => {
    const result = await base(value, options)
    if (result !== true) return result
    const ids = [...new Set(idsOf(value))]
    if (ids.length === 0) return true
    const { totalDocs } = await options.req.payload.count({
      collection: relationTo as 'categories',
      where: { id: { in: ids } },
      overrideAccess: true,
      req: options.req,
    })
    return totalDocs === ids.length ? true : `No ${relationTo} document has the id given for this field`
  }
  return { ...field, validate } as F
}
