import type { CollectionSlug, FlattenedField, Payload, TypedLocale } from 'payload'

type Doc = Record<string, unknown>

const idOf = (value: unknown): number | string | null =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? ((value as { id: number | string }).id ?? null)
      : null

/**
 * Fills a draft's relationship and upload fields (one level, like `depth: 1`)
 * with what an anonymous reader may see of the related documents: their
 * published versions, and only those the public may read. A preview token
 * opens one document; it must not also open the drafts of the resources a post
 * links to, private files, or the author's account. Related documents the
 * public cannot read stay as bare ids, as on the public API.
 */
export const populatePublic = async (
  payload: Payload,
  fields: FlattenedField[],
  doc: Doc,
  locale: TypedLocale | 'all',
): Promise<Doc> => {
  const relations = fields.filter(
    (field): field is Extract<FlattenedField, { type: 'relationship' | 'upload' }> =>
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string' &&
      !field.localized,
  )
  const out: Doc = { ...doc }
  await Promise.all(
    relations.map(async (field) => {
      const value = doc[field.name]
      const ids = (Array.isArray(value) ? value : [value]).map(idOf).filter((id) => id !== null)
      if (ids.length === 0) return
      const { docs } = await payload.find({
        collection: field.relationTo as CollectionSlug,
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        locale,
        overrideAccess: false,
        // A collection the public may not read at all (users) gives no documents, not a 403.
        disableErrors: true,
      })
      const byId = new Map(docs.map((related) => [String(related.id), related]))
      const populated = ids.map((id) => byId.get(String(id)) ?? id)
      out[field.name] = Array.isArray(value) ? populated : populated[0]
    }),
  )
  return out
}
