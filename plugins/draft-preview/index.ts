import type { CollectionConfig, Config } from 'payload'

import { NotFound } from 'payload'
import { z } from 'zod'

import { isEditor } from '../../access/isEditor'
import { config } from '../../utilities/config'
import { defineEndpoint } from '../../utilities/endpoint'
import { AppError, notFound } from '../../utilities/errors'
import { idParam } from '../../utilities/idParam'
import { populatePublic } from './populatePublic'
import { PREVIEW_COLLECTIONS, type PreviewCollection, checkPreview, previewTtlMs, signPreview } from './token'

const LOCALES = ['all', 'en', 'ur', 'ps'] as const

/**
 * `GET /api/preview/:collection/:id?token=&locale=`: the latest draft of one
 * document for whoever holds a valid preview link. The token is the
 * authorization, for that document only and until it expires.
 */
const previewEndpoint = defineEndpoint({
  method: 'get',
  path: '/preview/:collection/:id',
  params: z.object({
    collection: z.enum(PREVIEW_COLLECTIONS, { message: 'must be resources or posts' }),
    id: idParam(),
  }),
  query: z.object({
    token: z.string({ message: 'is required' }).min(1, 'is required'),
    locale: z.enum(LOCALES, { message: 'must be en, ur, ps or all' }).default('all'),
  }),
  headers: { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
  handler: async ({ req, params: { collection, id }, query: { token, locale } }) => {
    const check = checkPreview(req.payload.secret, collection, id, token)
    if (!check.ok) throw new AppError(check.status, `Preview refused: ${check.reason}`, 'token')
    let draft: Record<string, unknown>
    try {
      // The token stands in for access to this one document; anything it links to is read below
      // as the public would read it.
      draft = {
        ...(await req.payload.findByID({
          collection,
          id,
          draft: true,
          locale: locale as 'en',
          depth: 0,
          overrideAccess: true,
        })),
      }
    } catch (error) {
      if (error instanceof NotFound) throw notFound('No such document', 'id')
      throw error
    }
    const fields = req.payload.collections[collection].config.flattenedFields
    return populatePublic(req.payload, fields, draft, locale as 'en')
  },
})

const withPreview = (collection: CollectionConfig): CollectionConfig =>
  PREVIEW_COLLECTIONS.includes(collection.slug as PreviewCollection)
    ? {
        ...collection,
        admin: {
          ...collection.admin,
          // Editors' "Preview" button: the site page for this draft, with a signed link. Only for
          // those who may read drafts: moderators enter the admin but read published documents only.
          preview: (doc, { locale, req }) => {
            if (isEditor({ req }) !== true || !doc?.id) return null
            const expiresAt = Date.now() + previewTtlMs()
            const token = signPreview(
              req.payload.secret,
              collection.slug as PreviewCollection,
              doc.id as number,
              expiresAt,
            )
            return `${config().SITE_URL}/preview/${collection.slug}/${doc.id}?${new URLSearchParams({ locale, token })}`
          },
        },
      }
    : collection

/** Editors preview drafts on the public site through signed, expiring links. */
export const draftPreviewPlugin =
  () =>
  (incoming: Config): Config => ({
    ...incoming,
    collections: (incoming.collections ?? []).map(withPreview),
    endpoints: [...(incoming.endpoints ?? []), previewEndpoint],
  })
