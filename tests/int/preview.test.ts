import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signPreview } from '../../plugins/draft-preview/token'
import { clientsByRole, createTaxonomy, resourceData } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { expectError } from '../helpers/errorShape'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>
let draft: { id: number }
let post: { id: number }

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
  // Published once, then changed in a draft that is not published.
  const doc = await payload.create({
    collection: 'resources',
    data: { ...resourceData(taxonomy, { title: 'Published title' }), _status: 'published' },
    overrideAccess: true,
  })
  draft = await payload.update({
    collection: 'resources',
    id: doc.id,
    data: { title: 'Unpublished change', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  post = await payload.create({
    collection: 'posts',
    data: { title: 'Draft news', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
})

const previewLink = async (
  collection: 'resources' | 'posts',
  id: number,
  role: 'admin' | 'editor' | 'moderator' | 'member' | null = 'editor',
) => {
  const user = role ? ({ ...clients[role].user, collection: 'users' } as never) : undefined
  const req = await createLocalReq({ user }, payload)
  const preview = payload.collections[collection].config.admin.preview as (
    doc: Record<string, unknown>,
    options: { locale: string; req: typeof req; token: null },
  ) => string | null
  return preview({ id }, { locale: 'ur', req, token: null })
}

const previewUrl = async (collection: 'resources' | 'posts', id: number) =>
  new URL((await previewLink(collection, id))!)

describe('draft previews', () => {
  it('keep drafts out of the public API', async () => {
    const res = await anonymous().get(`/resources/${draft.id}?draft=true`)
    expect(res.body.title).toBe('Published title')
    expect((await anonymous().get(`/posts/${post.id}`)).status).toBe(404)
  })

  it('give editors a signed, expiring link to the site page of the draft', async () => {
    const url = await previewUrl('resources', draft.id)
    expect(url.pathname).toBe(`/preview/resources/${draft.id}`)
    expect(url.searchParams.get('locale')).toBe('ur')
    const [expiry] = url.searchParams.get('token')!.split('.')
    expect(Number(expiry) - Date.now()).toBeGreaterThan(59 * 60_000)
    expect(Number(expiry) - Date.now()).toBeLessThanOrEqual(60 * 60_000)
  })

  it('give the link only to those who may read drafts', async () => {
    expect(await previewLink('resources', draft.id, 'admin')).toContain('token=')
    // Moderators enter the admin but read published documents only; members and anonymous never.
    expect(await previewLink('resources', draft.id, 'moderator')).toBeNull()
    expect(await previewLink('posts', post.id, 'member')).toBeNull()
    expect(await previewLink('posts', post.id, null)).toBeNull()
  })

  it('show the latest draft to whoever holds the link, and nothing else', async () => {
    const token = (await previewUrl('resources', draft.id)).searchParams.get('token')!
    const res = await anonymous().get(`/preview/resources/${draft.id}?token=${token}&locale=en`)
    expect(res.status).toBe(200)
    expect(res.body.title).toBe('Unpublished change')
    expect(res.headers.get('cache-control')).toBe('private, no-store')

    const postToken = (await previewUrl('posts', post.id)).searchParams.get('token')!
    expect((await anonymous().get(`/preview/posts/${post.id}?token=${postToken}&locale=en`)).body.title).toBe(
      'Draft news',
    )
    // The resource's token does not open the post, nor another resource.
    expect((await anonymous().get(`/preview/posts/${post.id}?token=${token}`)).status).toBe(403)
    expect((await anonymous().get(`/preview/resources/${draft.id + 1}?token=${token}`)).status).toBe(403)
  })

  it('refuse expired, tampered and missing tokens, naming the problem', async () => {
    const expired = signPreview(payload.secret, 'resources', draft.id, Date.now() - 1000)
    const res = await anonymous().get(`/preview/resources/${draft.id}?token=${expired}`)
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Preview refused: token has expired')
    const good = signPreview(payload.secret, 'resources', draft.id, Date.now() + 60_000)
    const tampered = `${Number(good.split('.')[0]) + 1000}.${good.split('.')[1]}`
    expect((await anonymous().get(`/preview/resources/${draft.id}?token=${tampered}`)).status).toBe(403)
    expect((await anonymous().get(`/preview/resources/${draft.id}?token=nonsense`)).status).toBe(401)
    const missing = await anonymous().get(`/preview/resources/${draft.id}`)
    expectError(missing, 400, 'token')
    expect(missing.body.errors[0].message).toBe('token: is required')
    expectError(await anonymous().get(`/preview/users/1?token=${good}`), 400, 'collection')
    expectError(res, 403, 'token')
  })

  it('refuse malformed ids (400 naming id), ids no row can have (404) and unknown parameters', async () => {
    const good = signPreview(payload.secret, 'resources', draft.id, Date.now() + 60_000)
    for (const id of ['abc', '1.5', '0', '-3', '%00', '1e3']) {
      const res = await anonymous().get(`/preview/resources/${id}?token=${good}`)
      expectError(res, 400, 'id')
    }
    expectError(await anonymous().get(`/preview/resources/99999999999999999999?token=${good}`), 404, 'id')
    expectError(await anonymous().get(`/preview/resources/2147483648?token=${good}`), 404, 'id')
    const unknown = await anonymous().get(`/preview/resources/${draft.id}?token=${good}&debug=1`)
    expectError(unknown, 400, 'debug')
    expect(unknown.body.errors[0].message).toBe('debug: unknown parameter')
    expectError(
      await anonymous().get(`/preview/resources/${draft.id}?token=${good}&locale=xx`),
      400,
      'locale',
    )
  })

  it('show linked documents only as the public sees them', async () => {
    const secret = await payload.create({
      collection: 'resources',
      data: { ...resourceData(taxonomy, { title: 'Never published' }), _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const linked = await payload.create({
      collection: 'posts',
      data: {
        title: 'Post linking a draft',
        relatedResources: [draft.id, secret.id],
        author: clients.editor.user.id,
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    })
    const token = (await previewUrl('posts', linked.id)).searchParams.get('token')!
    const res = await anonymous().get(`/preview/posts/${linked.id}?token=${token}&locale=en`)
    expect(res.body.errors).toBeUndefined()
    expect(res.status).toBe(200)
    expect(res.body.title).toBe('Post linking a draft')
    // The published resource as published, not its pending change; the draft-only one as a bare id.
    expect(res.body.relatedResources).toMatchObject([{ id: draft.id, title: 'Published title' }, secret.id])
    // The author's account is not the public's to read.
    expect(res.body.author).toBe(clients.editor.user.id)
    expect(JSON.stringify(res.body)).not.toContain(clients.editor.user.email)

    const resource = await anonymous().get(
      `/preview/resources/${draft.id}?token=${(await previewUrl('resources', draft.id)).searchParams.get('token')}&locale=en`,
    )
    expect(resource.body.category).toMatchObject({ id: taxonomy.category.id, slug: taxonomy.category.slug })
    expect(resource.body.tags).toMatchObject([{ id: taxonomy.tag.id }])
  })

  it('answer 404 for a document that does not exist, with a valid token for it', async () => {
    const token = signPreview(payload.secret, 'posts', 99_999_999, Date.now() + 60_000)
    const res = await anonymous().get(`/preview/posts/99999999?token=${token}`)
    expectError(res, 404, 'id')
    expect(res.body.errors[0].message).toBe('No such document')
  })
})
