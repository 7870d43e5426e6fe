import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../helpers/fixtures'
import { createCampaign, createForm } from '../helpers/forms'
import { getTestPayload } from '../helpers/payload'
import { statementsOf } from '../helpers/queryCount'

/**
 * Reads whose number of SQL statements must not grow with the number of
 * documents they return (issue 21, point 7): a field computed per document
 * must answer the whole page with one query.
 */
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('campaign lists', () => {
  it('cost the same statements for 2 and for 8 campaigns with forms (reached, phase: one query each per read)', async () => {
    const editor = await createUser(payload, ['editor'])
    const make = async () => {
      const form = await createForm(payload, { countsTowardProgress: true })
      const campaign = await createCampaign(payload, { form: form.id })
      // An unpublished edit on top: the admin's draft read then asks whether a published version exists.
      await payload.update({
        collection: 'campaigns',
        id: campaign.id,
        data: { title: `${campaign.title} (edited)` },
        draft: true,
        overrideAccess: true,
      })
      return campaign.id
    }
    const ids = await Promise.all(Array.from({ length: 8 }, make))
    const read = (some: number[]) =>
      statementsOf(() =>
        payload.find({
          collection: 'campaigns',
          where: { id: { in: some } },
          draft: true,
          limit: 10,
          depth: 0,
          user: editor,
          overrideAccess: false,
        }),
      )
    await read(ids.slice(0, 2)) // warm: nothing lazy is counted
    const two = await read(ids.slice(0, 2))
    const eight = await read(ids)
    expect(eight.length, eight.join('\n')).toBe(two.length)
  })
})
