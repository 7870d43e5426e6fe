import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/rest'

import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient as Client } from '../helpers/rest'

/**
 * Chat rules hold on create as on update: what a member may not change on a
 * stored message or report, they may not set when creating one either, over
 * REST and GraphQL alike.
 */

type Person = 'owner' | 'roomModerator' | 'member' | 'siteModerator'

let payload: Payload
let people: Record<Person, { user: any; api: ApiClient }>
/** `room` has everyone; `elsewhere` has the member too; `closed` has only the owner. */
let rooms: Record<'room' | 'elsewhere' | 'closed', any>

const local = (person: Person) => ({ user: people[person].user, overrideAccess: false as const })

beforeAll(async () => {
  payload = await getTestPayload()
  const siteRoles = { owner: 'member', roomModerator: 'member', member: 'member', siteModerator: 'moderator' }
  const entries = await Promise.all(
    (Object.keys(siteRoles) as Person[]).map(async (person) => {
      const user = await createUser(payload, [siteRoles[person] as 'member'], `rules-${person.toLowerCase()}`)
      return [person, { user, api: await new Client().login(user.email, PASSWORD) }] as const
    }),
  )
  people = Object.fromEntries(entries) as typeof people
  const room = async (withMembers: boolean) => {
    const doc = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Rules ${unique()}`, visibility: 'secret' },
      ...local('owner'),
    })
    if (withMembers) {
      for (const [person, role] of [
        ['roomModerator', 'moderator'],
        ['member', 'member'],
      ] as const) {
        await payload.create({
          collection: 'chat-members',
          data: { room: doc.id, user: people[person].user.id, role },
          overrideAccess: true,
        })
      }
    }
    return doc
  }
  rooms = { room: await room(true), elsewhere: await room(true), closed: await room(false) }
})

const post = (person: Person, room: any, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'chat-messages',
    data: { room: room.id, text: `hello ${unique()}`, ...data },
    ...local(person),
  })

/** How many messages hold this text (nothing refused may be stored). */
const stored = async (text: string) =>
  (
    await payload.count({
      collection: 'chat-messages',
      where: { text: { equals: text } },
      overrideAccess: true,
    })
  ).totalDocs

const gqlValue = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value))
const gqlData = (data: Record<string, unknown>) =>
  `{ ${Object.entries(data)
    .map(([key, value]) => `${key}: ${gqlValue(value)}`)
    .join(', ')} }`

/** Creates a message over REST and over GraphQL; both answers, and how many copies were stored. */
const createBoth = async (person: Person, extra: Record<string, unknown>) => {
  const restText = `rest ${unique()}`
  const gqlText = `gql ${unique()}`
  const api = people[person].api
  const rest = await api.post('/chat-messages', { room: rooms.room.id, text: restText, ...extra })
  const gql = await api.graphql(
    `mutation { createChatMessage(data: ${gqlData({ room: rooms.room.id, text: gqlText, ...extra })}) { id } }`,
  )
  return { rest, gql, stored: (await stored(restText)) + (await stored(gqlText)) }
}

const expectRefused = (
  { rest, gql, stored: count }: Awaited<ReturnType<typeof createBoth>>,
  field: string,
) => {
  expect(rest.status, JSON.stringify(rest.body)).toBe(403)
  expect(rest.body.errors[0].message).toContain(field)
  expect(gql.body.data?.createChatMessage ?? null).toBeNull()
  expect(gql.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(gql.body)).toBe(403)
  expect(gql.body.errors[0].message).toContain(field)
  expect(count).toBe(0)
}

describe('creating a chat message', () => {
  for (const field of ['pinned', 'deletedByModerator', 'edited'] as const) {
    it(`a member cannot create one with ${field} set, over REST or GraphQL`, async () => {
      expectRefused(await createBoth('member', { [field]: true }), field)
    })
  }

  it('a member may still send the defaults explicitly', async () => {
    const {
      rest,
      gql,
      stored: count,
    } = await createBoth('member', {
      pinned: false,
      edited: false,
      deletedByModerator: false,
    })
    expect(rest.status).toBe(201)
    expect(gql.body.errors).toBeUndefined()
    expect(count).toBe(2)
  })

  it('moderators and owners may create a pinned message, as they may pin one', async () => {
    for (const person of ['roomModerator', 'owner'] as const) {
      const { rest, gql, stored: count } = await createBoth(person, { pinned: true })
      expect(rest.status, JSON.stringify(rest.body)).toBe(201)
      expect(rest.body.doc.pinned).toBe(true)
      expect(gql.body.errors).toBeUndefined()
      expect(count).toBe(2)
    }
  })

  it('nobody creates a message already marked edited, not even a moderator', async () => {
    expectRefused(await createBoth('roomModerator', { edited: true }), 'edited')
  })

  it('a reply to a message of another room is refused, even one the member can read', async () => {
    const there = await post('member', rooms.elsewhere)
    expectRefused(await createBoth('member', { replyTo: there.id }), 'replyTo')
  })

  it('a reply to a message the member cannot read is refused', async () => {
    const hidden = await post('owner', rooms.closed)
    expectRefused(await createBoth('member', { replyTo: hidden.id }), 'replyTo')
  })

  it('a reply to a message of the same room is stored', async () => {
    const parent = await post('roomModerator', rooms.room)
    const { rest, gql, stored: count } = await createBoth('member', { replyTo: parent.id })
    expect(rest.status, JSON.stringify(rest.body)).toBe(201)
    expect(rest.body.doc.replyTo.id ?? rest.body.doc.replyTo).toBe(parent.id)
    expect(gql.body.errors).toBeUndefined()
    expect(count).toBe(2)
  })
})

describe('the edited flag', () => {
  it('its author cannot reset it, over REST or GraphQL', async () => {
    const message = await post('member', rooms.room)
    const api = people.member.api
    expect((await api.patch(`/chat-messages/${message.id}`, { text: 'changed' })).body.doc.edited).toBe(true)
    const rest = await api.patch(`/chat-messages/${message.id}`, { edited: false })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toContain('edited')
    const gql = await api.graphql(
      `mutation { updateChatMessage(id: ${message.id}, data: { edited: false }) { id edited } }`,
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(gql.body)).toBe(403)
    const after = await payload.findByID({
      collection: 'chat-messages',
      id: message.id,
      overrideAccess: true,
    })
    expect(after.edited).toBe(true)
    // Editing the text again, which sends the flag back as it was, still works.
    expect((await api.patch(`/chat-messages/${message.id}`, { text: 'again', edited: true })).status).toBe(
      200,
    )
  })
})

describe('filing a report', () => {
  const file = async (person: Person, extra: Record<string, unknown>) => {
    const target = await post('roomModerator', rooms.room)
    const reason = `reason ${unique()}`
    const data = {
      type: 'spam',
      room: rooms.room.id,
      targetKind: 'message',
      targetId: String(target.id),
      reason,
    }
    const api = people[person].api
    const rest = await api.post('/reports', { ...data, ...extra })
    const gql = await api.graphql(
      `mutation { createReport(data: ${gqlData({ ...data, ...extra })
        .replace('"spam"', 'spam')
        .replace('"message"', 'message')
        .replace(/"(open|resolved|in_progress|dismissed)"/, '$1')}) { id } }`,
    )
    const { totalDocs } = await payload.count({
      collection: 'reports',
      where: { reason: { equals: reason } },
      overrideAccess: true,
    })
    return { rest, gql, totalDocs }
  }

  it('a member cannot set its status, over REST or GraphQL', async () => {
    const { rest, gql, totalDocs } = await file('member', { status: 'resolved' })
    expect(rest.status, JSON.stringify(rest.body)).toBe(403)
    expect(rest.body.errors[0].message).toContain('status')
    expect(gql.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(gql.body)).toBe(403)
    expect(totalDocs).toBe(0)
  })

  it('a member cannot name who handled it, over REST or GraphQL', async () => {
    const { rest, gql, totalDocs } = await file('member', {
      status: 'open',
      handledBy: people.roomModerator.user.id,
    })
    expect(rest.status, JSON.stringify(rest.body)).toBe(403)
    expect(rest.body.errors[0].message).toContain('handledBy')
    expect(gql.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(gql.body)).toBe(403)
    expect(totalDocs).toBe(0)
  })

  it('a member files it open; the room’s moderators and site moderators may file it handled', async () => {
    const open = await file('member', { status: 'open' })
    expect(open.rest.status, JSON.stringify(open.rest.body)).toBe(201)
    expect(open.rest.body.doc.status).toBe('open')
    expect(open.totalDocs).toBe(2)
    for (const person of ['roomModerator', 'siteModerator'] as const) {
      const handled = await file(person, { status: 'resolved' })
      expect(handled.rest.status, JSON.stringify(handled.rest.body)).toBe(201)
      expect(handled.gql.body.errors).toBeUndefined()
      expect(handled.totalDocs).toBe(2)
    }
  })
})
