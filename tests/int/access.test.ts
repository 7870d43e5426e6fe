import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../access/roles'
import type { ApiClient } from '../helpers/rest'

import { attemptLocal, type Outcome, outcomeOf } from '../helpers/attempt'
import {
  clientsByRole,
  createTaxonomy,
  createUser,
  PASSWORD,
  resourceData,
  unique,
  uniquePng,
} from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

type Actor = 'anonymous' | Role
const ACTORS: Actor[] = ['anonymous', 'member', 'moderator', 'editor', 'admin']
const WRITERS: Actor[] = ['editor', 'admin']

let payload: Payload
let actors: Record<Actor, { api: ApiClient; user?: any }>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

beforeAll(async () => {
  payload = await getTestPayload()
  const signedIn = await clientsByRole(payload)
  actors = { anonymous: { api: anonymous() }, ...signedIn }
  taxonomy = await createTaxonomy(payload)
})

/** Runs one operation as `actor` over REST and over the Local API (with the user, access enforced). */
const both = async (
  actor: Actor,
  rest: (api: ApiClient) => Promise<Outcome>,
  local: (user: any) => Promise<unknown>,
): Promise<[Outcome, Outcome]> => [
  await rest(actors[actor].api),
  await attemptLocal(() => local(actors[actor].user)),
]

const expectFor = (
  actor: Actor,
  allowed: Actor[],
  outcomes: [Outcome, Outcome],
  denied: Outcome = 'denied',
) =>
  expect({ actor, rest: outcomes[0], local: outcomes[1] }).toEqual({
    actor,
    rest: allowed.includes(actor) ? 'allowed' : denied,
    local: allowed.includes(actor) ? 'allowed' : denied,
  })

describe.each(['categories', 'districts', 'tags'] as const)('%s (public taxonomy)', (collection) => {
  const make = () => payload.create({ collection, data: { name: `Item ${unique()}` }, overrideAccess: true })

  it.each(ACTORS)('%s: create only for editors and admins', async (actor) => {
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.post(`/${collection}`, { name: `Item ${unique()}` })),
      (user) =>
        payload.create({ collection, data: { name: `Item ${unique()}` }, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, outcomes)
  })

  it.each(ACTORS)('%s: read for everyone', async (actor) => {
    const doc = await make()
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.get(`/${collection}/${doc.id}`)),
      (user) => payload.findByID({ collection, id: doc.id, user, overrideAccess: false }),
    )
    expectFor(actor, ACTORS, outcomes)
  })

  it.each(ACTORS)('%s: update and delete only for editors and admins', async (actor) => {
    const [a, b] = [await make(), await make()]
    const update = await both(
      actor,
      async (api) => outcomeOf(await api.patch(`/${collection}/${a.id}`, { name: 'Renamed' })),
      (user) =>
        payload.update({ collection, id: b.id, data: { name: 'Renamed' }, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, update)
    const remove = await both(
      actor,
      async (api) => outcomeOf(await api.delete(`/${collection}/${a.id}`)),
      (user) => payload.delete({ collection, id: b.id, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, remove)
  })
})

describe.each(['resources', 'posts'] as const)('%s (versioned content)', (collection) => {
  const data = () =>
    collection === 'resources' ? resourceData(taxonomy) : { title: `Post ${unique()}`, summary: 'News' }
  const make = (status: 'draft' | 'published') =>
    payload.create({
      collection,
      data: { ...data(), _status: status } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })

  it.each(ACTORS)('%s: create only for editors and admins', async (actor) => {
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.post(`/${collection}`, data())),
      (user) => payload.create({ collection, data: data() as never, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, outcomes)
  })

  it.each(ACTORS)('%s: reads published documents', async (actor) => {
    const doc = await make('published')
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.get(`/${collection}/${doc.id}`)),
      (user) => payload.findByID({ collection, id: doc.id, user, overrideAccess: false }),
    )
    expectFor(actor, ACTORS, outcomes)
  })

  it.each(ACTORS)('%s: sees drafts only as an editor or admin', async (actor) => {
    const doc = await make('draft')
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.get(`/${collection}/${doc.id}?draft=true`)),
      (user) => payload.findByID({ collection, id: doc.id, draft: true, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, outcomes, 'not-found')

    // Lists filter drafts out in SQL for everyone else, by any path.
    const where = `where[id][equals]=${doc.id}`
    const rest = await actors[actor].api.get(`/${collection}?${where}&draft=true`)
    const local = await payload.find({
      collection,
      where: { id: { equals: doc.id } },
      draft: true,
      user: actors[actor].user,
      overrideAccess: false,
    })
    const gql = await actors[actor].api.graphql(
      `query($id: Int!) { ${collection === 'resources' ? 'Resources' : 'Posts'}(where: { id: { equals: $id } }, draft: true) { totalDocs } }`,
      { id: doc.id },
    )
    const visible = WRITERS.includes(actor) ? 1 : 0
    expect(rest.body.totalDocs).toBe(visible)
    expect(local.totalDocs).toBe(visible)
    expect(gql.body.data[collection === 'resources' ? 'Resources' : 'Posts'].totalDocs).toBe(visible)
  })

  it.each(ACTORS)('%s: versions are readable only by editors and admins', async (actor) => {
    const doc = await make('published')
    const rest = await actors[actor].api.get(`/${collection}/versions?where[parent][equals]=${doc.id}`)
    expect(outcomeOf(rest)).toBe(WRITERS.includes(actor) ? 'allowed' : 'denied')
  })

  it.each(ACTORS)('%s: update and delete only for editors and admins', async (actor) => {
    const [a, b] = [await make('published'), await make('published')]
    const update = await both(
      actor,
      async (api) => outcomeOf(await api.patch(`/${collection}/${a.id}`, { title: 'Changed' })),
      (user) =>
        payload.update({ collection, id: b.id, data: { title: 'Changed' }, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, update)
    const remove = await both(
      actor,
      async (api) => outcomeOf(await api.delete(`/${collection}/${a.id}`)),
      (user) => payload.delete({ collection, id: b.id, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, remove)
  })
})

describe('files', () => {
  it.each(ACTORS)('%s: uploads only as an editor or admin', async (actor) => {
    const png = await uniquePng()
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `dot-${unique()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'a dot' }))
    const rest = await actors[actor].api.postForm('/files', form)
    const other = await uniquePng()
    const local = await attemptLocal(() =>
      payload.create({
        collection: 'files',
        data: { alt: 'a dot' },
        file: { data: other, mimetype: 'image/png', name: `dot-${unique()}.png`, size: other.length },
        user: actors[actor].user,
        overrideAccess: false,
      }),
    )
    expectFor(actor, WRITERS, [outcomeOf(rest), local])
  })

  it.each(ACTORS)('%s: update and delete only for editors and admins', async (actor) => {
    const make = async () => {
      const png = await uniquePng()
      return payload.create({
        collection: 'files',
        data: { alt: 'dot' },
        file: { data: png, mimetype: 'image/png', name: `dot-${unique()}.png`, size: png.length },
        overrideAccess: true,
      })
    }
    const [a, b] = [await make(), await make()]
    const read = await both(
      actor,
      async (api) => outcomeOf(await api.get(`/files/${a.id}`)),
      (user) => payload.findByID({ collection: 'files', id: b.id, user, overrideAccess: false }),
    )
    expectFor(actor, ACTORS, read)
    const update = await both(
      actor,
      async (api) => outcomeOf(await api.patch(`/files/${a.id}`, { alt: 'changed' })),
      (user) =>
        payload.update({
          collection: 'files',
          id: b.id,
          data: { alt: 'changed' },
          user,
          overrideAccess: false,
        }),
    )
    expectFor(actor, WRITERS, update)
    const remove = await both(
      actor,
      async (api) => outcomeOf(await api.delete(`/files/${a.id}`)),
      (user) => payload.delete({ collection: 'files', id: b.id, user, overrideAccess: false }),
    )
    expectFor(actor, WRITERS, remove)
  })
})

describe('users', () => {
  it("anyone may sign up (POST /users/signup), always as a plain member; Payload's create is for admins", async () => {
    const email = `new-${unique()}@test.hujra`
    const res = await anonymous().post('/users/signup', {
      email,
      password: PASSWORD,
      name: 'New',
      roles: ['admin'],
    })
    // Asking for a role is refused outright rather than silently ignored.
    expect(res.status).toBe(400)
    expect(res.body.errors[0].field).toBe('roles')
    expect((await anonymous().post('/users', { email, password: PASSWORD, name: 'New' })).status).toBe(403)
    const ok = await anonymous().post('/users/signup', { email, password: PASSWORD, name: 'New' })
    expect(ok.status).toBe(202)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(docs[0]?.roles).toEqual(['member'])
  })

  it.each(ACTORS)('%s: lists users only as staff; members see themselves', async (actor) => {
    const rest = await actors[actor].api.get('/users?limit=100')
    const local = await attemptLocal(() =>
      payload.find({ collection: 'users', user: actors[actor].user, overrideAccess: false }),
    )
    if (actor === 'anonymous') {
      expect([outcomeOf(rest), local]).toEqual(['denied', 'denied'])
    } else if (actor === 'member') {
      expect(rest.body.docs.map((u: { id: number }) => u.id)).toEqual([actors.member.user.id])
    } else {
      expect(rest.body.totalDocs).toBeGreaterThan(1)
    }
  })

  it.each(ACTORS)('%s: updates another account only as an admin', async (actor) => {
    const target = await createUser(payload, ['member'])
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.patch(`/users/${target.id}`, { name: 'Changed' })),
      (user) =>
        payload.update({
          collection: 'users',
          id: target.id,
          data: { name: 'Changed' },
          user,
          overrideAccess: false,
        }),
    )
    // A Where-filtered update of someone else's id finds nothing to change.
    expect(outcomes.map((o) => (o === 'not-found' ? 'denied' : o))).toEqual(
      actor === 'admin' ? ['allowed', 'allowed'] : ['denied', 'denied'],
    )
  })

  it.each(['member', 'moderator', 'editor'] as const)(
    '%s can edit their own name but never their own roles',
    async (role) => {
      const { api, user } = actors[role]
      expect((await api.patch(`/users/${user.id}`, { name: `Me ${unique()}` })).status).toBe(200)
      const escalate = await api.patch(`/users/${user.id}`, { roles: ['admin'] })
      expect(escalate.status).toBe(403)
      await expect(
        payload.update({
          collection: 'users',
          id: user.id,
          data: { roles: ['admin'] },
          user,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
      const gql = await api.graphql(
        `mutation($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { roles } }`,
        {
          id: user.id,
        },
      )
      expect(gql.body.errors?.[0]?.message).toBeTruthy()
      const fresh = await payload.findByID({ collection: 'users', id: user.id })
      expect(fresh.roles).toEqual([role])
    },
  )

  it('an admin can change anyone’s roles', async () => {
    const target = await createUser(payload, ['member'])
    const res = await actors.admin.api.patch(`/users/${target.id}`, { roles: ['editor'] })
    expect(res.status).toBe(200)
    expect(res.body.doc.roles).toEqual(['editor'])
  })

  it.each(ACTORS)('%s: deletes accounts only as an admin', async (actor) => {
    const [a, b] = [await createUser(payload, ['member']), await createUser(payload, ['member'])]
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.delete(`/users/${a.id}`)),
      (user) => payload.delete({ collection: 'users', id: b.id, user, overrideAccess: false }),
    )
    expect(outcomes.map((o) => (o === 'not-found' ? 'denied' : o))).toEqual(
      actor === 'admin' ? ['allowed', 'allowed'] : ['denied', 'denied'],
    )
  })

  it('only staff may enter the admin panel', async () => {
    const config = payload.collections.users.config
    for (const actor of ACTORS) {
      const allowed = await config.access.admin!({ req: { user: actors[actor].user } as never })
      expect({ actor, allowed }).toEqual({ actor, allowed: ['moderator', 'editor', 'admin'].includes(actor) })
    }
  })
})

describe('audit-events', () => {
  it.each(ACTORS)('%s: reads the audit log only as an admin', async (actor) => {
    const outcomes = await both(
      actor,
      async (api) => outcomeOf(await api.get('/audit-events?limit=1')),
      (user) => payload.find({ collection: 'audit-events', limit: 1, user, overrideAccess: false }),
    )
    expectFor(actor, ['admin'], outcomes)
  })

  it.each(ACTORS)('%s: can never create, change or delete an audit event', async (actor) => {
    const { docs } = await payload.find({ collection: 'audit-events', limit: 1, sort: '-createdAt' })
    const event = docs[0]!
    const { api, user } = actors[actor]
    expect(outcomeOf(await api.post('/audit-events', { type: 'login' }))).toBe('denied')
    expect(outcomeOf(await api.patch(`/audit-events/${event.id}`, { type: 'logout' }))).not.toBe('allowed')
    expect(outcomeOf(await api.delete(`/audit-events/${event.id}`))).not.toBe('allowed')
    for (const call of [
      () =>
        payload.create({ collection: 'audit-events', data: { type: 'login' }, user, overrideAccess: false }),
      () =>
        payload.update({
          collection: 'audit-events',
          id: event.id,
          data: { type: 'logout' },
          user,
          overrideAccess: false,
        }),
      () => payload.delete({ collection: 'audit-events', id: event.id, user, overrideAccess: false }),
    ]) {
      expect(await attemptLocal(call)).not.toBe('allowed')
    }
    const gql = await api.graphql(`mutation($id: Int!) { deleteAuditEvent(id: $id) { id } }`, {
      id: event.id,
    })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const still = await payload.findByID({ collection: 'audit-events', id: event.id })
    expect(still.type).toBe(event.type)
  })
})

describe('system collections added by plugins', () => {
  const READ: Record<'search-index' | 'search-synonyms' | 'imports', Actor[]> = {
    'search-index': ['admin'],
    'search-synonyms': ['editor', 'admin'],
    imports: ['editor', 'admin'],
  }

  it.each(ACTORS)('%s: reads them only with the right role', async (actor) => {
    for (const [collection, allowed] of Object.entries(READ) as [keyof typeof READ, Actor[]][]) {
      const outcomes = await both(
        actor,
        async (api) => outcomeOf(await api.get(`/${collection}?limit=1`)),
        (user) => payload.find({ collection, limit: 1, user, overrideAccess: false }),
      )
      expect({ collection, o: outcomes }).toEqual({
        collection,
        o: allowed.includes(actor) ? ['allowed', 'allowed'] : ['denied', 'denied'],
      })
    }
  })

  it.each(ACTORS)(
    '%s: never writes the search index or imports; only admins edit synonyms',
    async (actor) => {
      const { api, user } = actors[actor]
      for (const collection of ['search-index', 'imports'] as const) {
        expect(outcomeOf(await api.post(`/${collection}`, { title: 'x', filename: 'x', total: 1 }))).not.toBe(
          'allowed',
        )
        expect(
          await attemptLocal(() =>
            payload.create({ collection, data: { title: 'x' } as never, user, overrideAccess: false }),
          ),
        ).not.toBe('allowed')
      }
      const synonyms = await api.post('/search-synonyms', { label: `x ${unique()}`, terms: ['a', 'b'] })
      expect(outcomeOf(synonyms)).toBe(actor === 'admin' ? 'allowed' : 'denied')
    },
  )
})
