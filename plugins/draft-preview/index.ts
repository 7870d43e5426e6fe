import type { CollectionConfig, Config, Endpoint } from 'payload'

import { NotFound } from 'payload'

import { hasRole } from '../../access/roles'
import { badRequest } from '../../utilities/httpErrors'
import { populatePublic } from './populatePublic'
import { PREVIEW_COLLECTIONS, type PreviewCollection, checkPreview, previewTtlMs, signPreview } from './token'

const siteUrl = () => process.env.SITE_URL ?? 'http://localhost:4321'

/**
 * `GET /api/preview/:collection/:id?token=&locale=`: the latest draft of one
 * document for whoever holds a valid preview link. The token is the
 * authorization, for that document only and until it expires.
 */
const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection ?? '') as PreviewCollection
    const id = Number(req.routeParams?.id)
    const url = new URL(req.url ?? '', 'http://localhost')
    const token = url.searchParams.get('token')
    const locale = url.searchParams.get('locale') ?? 'all'
    if (!PREVIEW_COLLECTIONS.includes(collection))
      return badRequest('collection', 'collection must be resources or posts')
    if (!Number.isInteger(id) || id <= 0) return badRequest('id', 'id must be a positive whole number')
    if (!['all', 'en', 'ur', 'ps'].includes(locale))
      return badRequest('locale', 'locale must be en, ur, ps or all')
    if (!token) return badRequest('token', 'token is required')
    const check = checkPreview(req.payload.secret, collection, id, token)
    const headers = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }
    if (!check.ok) {
      return Response.json(
        { errors: [{ message: `Preview refused: ${check.reason}` }] },
        { status: check.status, headers },
      )
    }
    let draft: Record<string, unknown>
    try {
      // The token stands in for access to this one document; anything it links to is read below
      // as the public would read it.
      draft = (await req.payload.findByID({
        collection,
        id,
        draft: true,
        locale: locale as 'en',
        depth: 0,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
    } catch (error) {
      if (!(error instanceof NotFound)) throw error
      return Response.json({ errors: [{ message: 'No such document' }] }, { status: 404, headers })
    }
    const fields = req.payload.collections[collection].config.flattenedFields
    const doc = await populatePublic(req.payload, fields, draft, locale as 'en')
    return Response.json(doc, { headers })
  },
}

const withPreview = (collection: CollectionConfig): CollectionConfig =>
  PREVIEW_COLLECTIONS.includes(collection.slug as PreviewCollection)
    ? {
        ...collection,
        admin: {
          ...collection.admin,
          // Editors' "Preview" button: the site page for this draft, with a signed link. Only for
          // those who may read drafts: moderators enter the admin but read published documents only.
          preview: (doc, { locale, req }) => {
            if (!hasRole(req.user, 'admin', 'editor') || !doc?.id) return null
            const expiresAt = Date.now() + previewTtlMs()
            const token = signPreview(
              req.payload.secret,
              collection.slug as PreviewCollection,
              doc.id as number,
              expiresAt,
            )
            return `${siteUrl()}/preview/${collection.slug}/${doc.id}?${new URLSearchParams({ locale, token })}`
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
