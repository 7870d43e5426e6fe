import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildRecords } from '../../plugins/search/buildRecords'
import { bulkRecords } from '../../plugins/search/bulkRecords'
import type { SearchRecord } from '../../plugins/search/types'
import { lexicalParagraphs } from '../../scripts/seed/lexical'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
const resourceIds: number[] = []
const postIds: number[] = []

const sorted = (records: SearchRecord[]) =>
  [...records].sort((a, b) => a.docId - b.docId || a.locale.localeCompare(b.locale))

beforeAll(async () => {
  payload = await getTestPayload()
  const taxonomy = await createTaxonomy(payload)
  const secondTag = await payload.create({ collection: 'tags', data: { name: `Ramp ${unique()}` } })
  await payload.update({
    collection: 'categories',
    id: taxonomy.category.id,
    locale: 'ur',
    data: { name: 'صحت' },
  })
  await payload.update({ collection: 'tags', id: secondTag.id, locale: 'ps', data: { name: 'ریمپ' } })

  const create = async (overrides: Record<string, unknown>, status: 'draft' | 'published' = 'published') =>
    (
      await payload.create({
        collection: 'resources',
        data: { ...resourceData(taxonomy, overrides), _status: status } as never,
        draft: status === 'draft',
      })
    ).id
  // English only, with a body.
  resourceIds.push(await create({ body: lexicalParagraphs(['Free dental check-ups on Mondays.']) }))
  // Translated into Urdu; two tags in an order.
  const translated = await create({ tags: [secondTag.id, taxonomy.tag.id], summary: 'Women doctors' })
  await payload.update({
    collection: 'resources',
    id: translated,
    locale: 'ur',
    data: { title: 'زچہ بچہ مرکز', summary: 'خواتین ڈاکٹر', _status: 'published' },
  })
  resourceIds.push(translated)
  // Published, then an unpublished edit: the index shows the published text.
  const edited = await create({ title: `Published title ${unique()}` })
  await payload.update({ collection: 'resources', id: edited, draft: true, data: { title: 'Draft title' } })
  resourceIds.push(edited)
  // Never published: no rows at all.
  resourceIds.push(await create({}, 'draft'))
  // No tags.
  resourceIds.push(await create({ tags: [] }))

  for (const categories of [[taxonomy.category.id], []]) {
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: `Clinic news ${unique()}`,
        summary: 'Opening hours change',
        body: lexicalParagraphs(['From Monday the clinic opens at nine.']) as never,
        categories,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'posts',
      id: post.id,
      locale: 'ps',
      data: { title: 'د کلینیک خبرونه' },
    })
    postIds.push(post.id)
  }
})

describe("the rebuild's SQL record builder", () => {
  it('gives exactly the rows the Payload-based builder gives, for resources', async () => {
    const req = await createLocalReq({}, payload)
    const viaPayload = sorted(await buildRecords(req, 'resources', resourceIds))
    const viaSql = sorted(await bulkRecords(req, 'resources', resourceIds))
    expect(viaPayload.length).toBe(4 * 3)
    expect(viaSql).toEqual(viaPayload)
    const urdu = viaSql.find((r) => r.docId === resourceIds[1] && r.locale === 'ur')!
    expect(urdu).toMatchObject({ title: 'زچہ بچہ مرکز', translated: true })
    expect(urdu.normTerms).toContain('صحت')
    expect(viaSql.find((r) => r.docId === resourceIds[2])!.title).not.toBe('Draft title')
  })

  it('and for posts', async () => {
    const req = await createLocalReq({}, payload)
    const viaPayload = sorted(await buildRecords(req, 'posts', postIds))
    expect(viaPayload.length).toBe(2 * 3)
    expect(sorted(await bulkRecords(req, 'posts', postIds))).toEqual(viaPayload)
  })
})
