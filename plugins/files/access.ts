import type {
  Access,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { Resource } from '../../payload-types'

import { hasRole } from '../../access/roles'

/**
 * Who may read (and download) a file: editors and admins every file; a
 * signed-in user their own; everyone else public files that are not
 * withheld — a file attached only to unpublished resources is withheld, so a
 * draft's documents do not leak before it is published — and not archived.
 */
export const canReadFile: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const open: Where = {
    and: [
      { visibility: { equals: 'public' } },
      { withheld: { not_equals: true } },
      { archivedAt: { exists: false } },
    ],
  }
  return user ? { or: [open, { owner: { equals: user.id } }] } : open
}

/** The ids in a relationship value: one or many, populated or not. */
export const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .map((v) => (v && typeof v === 'object' ? Number((v as { id: unknown }).id) : Number(v)))
    .filter((id) => Number.isInteger(id) && id > 0)

/** Recomputes `withheld` for files whose attaching resources changed. */
const recompute = async (req: PayloadRequest, fileIds: number[]) => {
  for (const id of new Set(fileIds)) {
    const attached = { attachments: { contains: id } }
    const [any, published] = await Promise.all([
      req.payload.count({ collection: 'resources', where: attached, overrideAccess: true, req }),
      req.payload.count({
        collection: 'resources',
        where: { and: [attached, { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      }),
    ])
    const withheld = any.totalDocs > 0 && published.totalDocs === 0
    await req.payload.update({
      collection: 'files',
      id,
      data: { withheld },
      overrideAccess: true,
      depth: 0,
      req,
      context: { withheldOnly: true },
    })
  }
}

export const withholdAfterChange: CollectionAfterChangeHook<Resource> = async ({ doc, previousDoc, req }) => {
  await recompute(req, [...idsOf(doc.attachments), ...idsOf(previousDoc?.attachments)])
  return doc
}

export const withholdAfterDelete: CollectionAfterDeleteHook<Resource> = async ({ doc, req }) => {
  await recompute(req, idsOf(doc.attachments))
  return doc
}
