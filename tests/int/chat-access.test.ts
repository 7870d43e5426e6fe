import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/rest'

import { attemptLocal, outcomeOf } from '../helpers/attempt'
import { createUser, PASSWORD, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous, ApiClient as Client } from '../helpers/rest'

type Person = 'admin' | 'siteModerator' | 'owner' | 'roomModerator' | 'member' | 'other' | 'outsider'

let payload: Payload
let people: Record<Person, { user: any; api: ApiClient }>
let rooms: Record<'public' | 'membersOnly' | 'secret', any>

const local = (person: Person) => ({ user: people[person].user, overrideAccess: false as const })

beforeAll(async () => {
  payload = await getTestPayload()
  const roles: Record<Person, 'admin' | 'member' | 'moderator'> = {
    admin: 'admin',
    siteModerator: 'moderator',
    owner: 'member',
    roomModerator: 'member',
    member: 'member',
    other: 'member',
    outsider: 'member',
  }
  const entries = await Promise.all(
    (Object.keys(roles) as Person[]).map(async (person) => {
      const user = await createUser(payload, [roles[person]], person.toLowerCase())
      return [person, { user, api: await new Client().login(user.email, PASSWORD) }] as const
    }),
  )
  people = Object.fromEntries(entries) as typeof people

  const room = (visibility: 'members-only' | 'public' | 'secret') =>
    payload.create({
      collection: 'chat-rooms',
      data: { name: `Room ${visibility} ${unique()}`, visibility },
      ...local('owner'),
    })
  rooms = {
    public: await room('public'),
    membersOnly: await room('members-only'),
    secret: await room('secret'),
  }
  for (const r of Object.values(rooms)) {
    for (const [person, role] of [
      ['roomModerator', 'moderator'],
      ['member', 'member'],
      ['other', 'member'],
    ] as const) {
      await payload.create({
        collection: 'chat-members',
        data: { room: r.id, user: people[person].user.id, role },
        ...local('owner'),
      })
    }
  }
})

const post = (person: Person, room: any, text = `hello ${unique()}`) =>
  payload.create({ collection: 'chat-messages', data: { room: room.id, text }, ...local(person) })

describe('chat rooms', () => {
  it('the creator becomes the owner', async () => {
    const { docs } = await payload.find({
      collection: 'chat-members',
      where: { room: { equals: rooms.secret.id } },
      overrideAccess: true,
    })
    const owner = docs.find((d: any) => d.role === 'owner') as any
    expect(owner.user.id ?? owner.user).toBe(people.owner.user.id)
    expect(rooms.secret.createdBy.id ?? rooms.secret.createdBy).toBe(people.owner.user.id)
  })

  it('outsiders see public rooms only, by REST, GraphQL and the Local API', async () => {
    const ids = Object.values(rooms).map((r) => r.id)
    const rest = await people.outsider.api.get(`/chat-rooms?limit=100&where[id][in]=${ids.join(',')}`)
    expect(rest.body.docs.map((d: any) => d.id)).toEqual([rooms.public.id])
    const gql = await people.outsider.api.graphql(`{ ChatRooms(limit: 100) { docs { id } } }`)
    const gqlIds = gql.body.data.ChatRooms.docs.map((d: any) => d.id)
    expect(gqlIds).toContain(rooms.public.id)
    expect(gqlIds).not.toContain(rooms.secret.id)
    expect(gqlIds).not.toContain(rooms.membersOnly.id)
    expect(outcomeOf(await people.outsider.api.get(`/chat-rooms/${rooms.secret.id}`))).toBe('not-found')
    expect(
      await attemptLocal(() =>
        payload.findByID({ collection: 'chat-rooms', id: rooms.membersOnly.id, ...local('outsider') }),
      ),
    ).toBe('not-found')
  })

  it('members see their rooms; anonymous sees none', async () => {
    const res = await people.member.api.get(`/chat-rooms/${rooms.secret.id}`)
    expect(res.status).toBe(200)
    expect((await anonymous().get('/chat-rooms')).status).toBe(403)
  })

  it('only owners and admins change settings', async () => {
    const patch = (person: Person) =>
      people[person].api.patch(`/chat-rooms/${rooms.membersOnly.id}`, { name: `Renamed ${unique()}` })
    expect(outcomeOf(await patch('roomModerator'))).not.toBe('allowed')
    expect(outcomeOf(await patch('member'))).not.toBe('allowed')
    expect(outcomeOf(await patch('owner'))).toBe('allowed')
    expect(outcomeOf(await patch('admin'))).toBe('allowed')
  })

  it('an owner deletes a room with its members and messages', async () => {
    const doomed = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Doomed ${unique()}`, visibility: 'public' },
      ...local('owner'),
    })
    await post('owner', doomed)
    expect(outcomeOf(await people.member.api.delete(`/chat-rooms/${doomed.id}`))).not.toBe('allowed')
    expect((await people.owner.api.delete(`/chat-rooms/${doomed.id}`)).status).toBe(200)
    for (const collection of ['chat-members', 'chat-messages'] as const) {
      const { totalDocs } = await payload.count({
        collection,
        where: { room: { equals: doomed.id } },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(0)
    }
  })
})

describe('joining', () => {
  const join = (person: Person, room: any, role = 'member') =>
    people[person].api.post('/chat-members', { room: room.id, user: people[person].user.id, role })

  it('anyone signed in joins a public room as a plain member', async () => {
    expect(outcomeOf(await join('outsider', rooms.public, 'owner'))).toBe('denied')
    expect(outcomeOf(await join('outsider', rooms.membersOnly))).toBe('denied')
    expect(outcomeOf(await join('outsider', rooms.secret))).toBe('denied')
    const joined = await join('outsider', rooms.public)
    expect(joined.status).toBe(201)
    await payload.delete({ collection: 'chat-members', id: joined.body.doc.id, ...local('outsider') })
  })

  it('members cannot add others or promote themselves; owners can', async () => {
    const stranger = await createUser(payload, ['member'])
    const add = (person: Person) =>
      people[person].api.post('/chat-members', { room: rooms.secret.id, user: stranger.id })
    expect(outcomeOf(await add('member'))).toBe('denied')
    expect(outcomeOf(await add('roomModerator'))).toBe('denied')
    const added = await add('owner')
    expect(added.status).toBe(201)

    const promote = (person: Person) =>
      people[person].api.patch(`/chat-members/${added.body.doc.id}`, { role: 'moderator' })
    expect(outcomeOf(await promote('member'))).not.toBe('allowed')
    expect(outcomeOf(await promote('roomModerator'))).toBe('denied')
    expect(outcomeOf(await promote('owner'))).toBe('allowed')
  })

  it('moderators remove plain members but not owners', async () => {
    const stranger = await createUser(payload, ['member'])
    const membership = await payload.create({
      collection: 'chat-members',
      data: { room: rooms.secret.id, user: stranger.id, role: 'member' },
      ...local('owner'),
    })
    const { docs } = await payload.find({
      collection: 'chat-members',
      where: { and: [{ room: { equals: rooms.secret.id } }, { role: { equals: 'owner' } }] },
      overrideAccess: true,
    })
    expect(outcomeOf(await people.roomModerator.api.delete(`/chat-members/${docs[0].id}`))).not.toBe(
      'allowed',
    )
    expect(outcomeOf(await people.member.api.delete(`/chat-members/${membership.id}`))).not.toBe('allowed')
    expect(outcomeOf(await people.roomModerator.api.delete(`/chat-members/${membership.id}`))).toBe('allowed')
  })
})

describe('chat messages', () => {
  it('a non-member never reads a room’s messages, by any path', async () => {
    for (const room of Object.values(rooms)) {
      const message = await post('member', room, `secret words ${unique()}`)
      const outsider = people.outsider.api
      const list = await outsider.get(`/chat-messages?where[room][equals]=${room.id}`)
      expect(list.status).toBe(200)
      expect(list.body.docs).toEqual([])
      const all = await outsider.get(`/chat-messages?limit=500`)
      expect(all.body.docs.map((d: any) => d.id)).not.toContain(message.id)
      expect(outcomeOf(await outsider.get(`/chat-messages/${message.id}`))).toBe('not-found')
      const byText = await outsider.get(`/chat-messages?where[text][like]=secret%20words`)
      expect(byText.body.docs).toEqual([])
      const gql = await outsider.graphql(
        `query($room: JSON) { ChatMessages(where: { room: { equals: $room } }) { docs { id text } } }`,
        { room: room.id },
      )
      expect(gql.body.data?.ChatMessages?.docs ?? []).toEqual([])
      const gqlOne = await outsider.graphql(`query($id: Int!) { ChatMessage(id: $id) { id text } }`, {
        id: message.id,
      })
      expect(gqlOne.body.data?.ChatMessage ?? null).toBeNull()
      const found = await payload.find({
        collection: 'chat-messages',
        where: { room: { equals: room.id } },
        ...local('outsider'),
      })
      expect(found.docs).toEqual([])
      expect(
        await attemptLocal(() =>
          payload.findByID({ collection: 'chat-messages', id: message.id, ...local('outsider') }),
        ),
      ).toBe('not-found')
      // Nor through a relationship from a report or a reply.
      expect((await anonymous().get(`/chat-messages/${message.id}`)).status).toBe(403)
      // Members and admins do read it.
      expect((await people.other.api.get(`/chat-messages/${message.id}`)).status).toBe(200)
      expect((await people.admin.api.get(`/chat-messages/${message.id}`)).status).toBe(200)
    }
  })

  it('a member who leaves loses access at once', async () => {
    const leaver = await createUser(payload, ['member'])
    const membership = await payload.create({
      collection: 'chat-members',
      data: { room: rooms.secret.id, user: leaver.id, role: 'member' },
      ...local('owner'),
    })
    const message = await post('member', rooms.secret)
    const read = () =>
      attemptLocal(() =>
        payload.findByID({
          collection: 'chat-messages',
          id: message.id,
          user: leaver,
          overrideAccess: false,
        }),
      )
    expect(await read()).toBe('allowed')
    await payload.delete({
      collection: 'chat-members',
      id: membership.id,
      user: leaver,
      overrideAccess: false,
    })
    expect(await read()).toBe('not-found')
  })

  it('members post as themselves; non-members and anonymous cannot post', async () => {
    const res = await people.member.api.post('/chat-messages', {
      room: rooms.secret.id,
      text: 'hi',
      author: people.other.user.id,
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.author.id ?? res.body.doc.author).toBe(people.member.user.id)
    expect(
      outcomeOf(await people.outsider.api.post('/chat-messages', { room: rooms.public.id, text: 'x' })),
    ).toBe('denied')
    expect(outcomeOf(await anonymous().post('/chat-messages', { room: rooms.public.id, text: 'x' }))).toBe(
      'denied',
    )
    expect(await attemptLocal(() => post('outsider', rooms.secret))).toBe('denied')
  })

  it('refuses text over the length limit', async () => {
    const res = await people.member.api.post('/chat-messages', {
      room: rooms.secret.id,
      text: 'x'.repeat(2001),
    })
    expect(res.status).toBe(400)
  })

  it('authors edit their own text; nobody else does', async () => {
    const message = await post('member', rooms.secret)
    const edit = (person: Person) =>
      people[person].api.patch(`/chat-messages/${message.id}`, { text: 'changed' })
    expect(outcomeOf(await edit('other'))).toBe('denied')
    expect(outcomeOf(await edit('outsider'))).toBe('denied')
    expect(outcomeOf(await edit('roomModerator'))).toBe('denied')
    const unchanged = await payload.findByID({
      collection: 'chat-messages',
      id: message.id,
      overrideAccess: true,
    })
    expect(unchanged.text).toBe(message.text)
    const own = await edit('member')
    expect(own.status).toBe(200)
    expect(own.body.doc).toMatchObject({ text: 'changed', edited: true })
  })

  it('moderators and owners pin and delete any message; members only delete their own', async () => {
    const message = await post('member', rooms.secret)
    expect(outcomeOf(await people.member.api.patch(`/chat-messages/${message.id}`, { pinned: true }))).toBe(
      'denied',
    )
    const pinned = await people.roomModerator.api.patch(`/chat-messages/${message.id}`, { pinned: true })
    expect(pinned.body.doc.pinned).toBe(true)
    expect(outcomeOf(await people.other.api.delete(`/chat-messages/${message.id}`))).toBe('denied')
    expect(outcomeOf(await people.owner.api.delete(`/chat-messages/${message.id}`))).toBe('allowed')
    const own = await post('other', rooms.secret)
    expect(outcomeOf(await people.other.api.delete(`/chat-messages/${own.id}`))).toBe('allowed')
    const another = await post('other', rooms.secret)
    expect(
      await attemptLocal(() =>
        payload.delete({ collection: 'chat-messages', id: another.id, ...local('roomModerator') }),
      ),
    ).toBe('allowed')
  })

  it('a muted member cannot post until the mute passes; only moderators mute', async () => {
    const { docs } = await payload.find({
      collection: 'chat-members',
      where: { and: [{ room: { equals: rooms.public.id } }, { user: { equals: people.other.user.id } }] },
      overrideAccess: true,
    })
    const id = docs[0].id
    const future = new Date(Date.now() + 60_000).toISOString()
    expect(outcomeOf(await people.member.api.patch(`/chat-members/${id}`, { mutedUntil: future }))).not.toBe(
      'allowed',
    )
    expect(
      outcomeOf(await people.roomModerator.api.patch(`/chat-members/${id}`, { mutedUntil: future })),
    ).toBe('allowed')
    expect(await attemptLocal(() => post('other', rooms.public))).toBe('denied')
    await payload.update({
      collection: 'chat-members',
      id,
      data: { mutedUntil: new Date(Date.now() - 1000).toISOString() },
      ...local('roomModerator'),
    })
    expect(await attemptLocal(() => post('other', rooms.public))).toBe('allowed')
  })
})

describe('reports', () => {
  let report: any

  beforeAll(async () => {
    const message = await post('other', rooms.secret)
    report = await payload.create({
      collection: 'reports',
      data: {
        type: 'abuse',
        room: rooms.secret.id,
        targetKind: 'message',
        targetId: String(message.id),
        reason: 'rude',
        status: 'open',
        reporter: people.other.user.id,
      },
      ...local('member'),
    })
  })

  it('members report in their rooms, as themselves', async () => {
    expect(report.reporter.id ?? report.reporter).toBe(people.member.user.id)
    const res = await people.outsider.api.post('/reports', {
      type: 'spam',
      room: rooms.secret.id,
      targetKind: 'user',
      targetId: '1',
    })
    expect(outcomeOf(res)).toBe('denied')
  })

  it('room moderators, site moderators, admins and the reporter read it; other members do not', async () => {
    const read = async (person: Person) => outcomeOf(await people[person].api.get(`/reports/${report.id}`))
    expect(await read('member')).toBe('allowed')
    expect(await read('roomModerator')).toBe('allowed')
    expect(await read('owner')).toBe('allowed')
    expect(await read('siteModerator')).toBe('allowed')
    expect(await read('admin')).toBe('allowed')
    expect(await read('other')).toBe('not-found')
    expect(await read('outsider')).toBe('not-found')
  })

  it('moderators handle reports; the handler is recorded', async () => {
    expect(
      outcomeOf(await people.member.api.patch(`/reports/${report.id}`, { status: 'dismissed' })),
    ).not.toBe('allowed')
    const res = await people.siteModerator.api.patch(`/reports/${report.id}`, { status: 'resolved' })
    expect(res.status).toBe(200)
    expect(res.body.doc.handledBy.id ?? res.body.doc.handledBy).toBe(people.siteModerator.user.id)
  })
})
