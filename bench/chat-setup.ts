/**
 * Setup of `npm run bench:chat`, not measured: N signed-in users in R chat
 * rooms, written to the benchmark's own database directly.
 *
 * One user is registered through the CMS's REST API (one password hash,
 * ~0.3 s of CPU); the others are rows reusing its salt and hash. Each user
 * gets a session row (`users_sessions`: Payload's local-jwt strategy accepts
 * a token only if its `sid` is one of the user's sessions) and a token
 * signed as Payload signs one at login (`jwtSign` with the fields
 * `getFieldsToSign` picks, keyed with the secret Payload derives from
 * PAYLOAD_SECRET). Rooms are secret; every user is a member of room
 * `i % R`, the first of each room its owner. Runs again cleanly: the bench's
 * users and rooms are found by their email and slug and reused, their
 * memberships and sessions replaced.
 */
import type { SanitizedCollectionConfig } from 'payload'
import type pg from 'pg'

import { createHash, randomBytes, randomUUID } from 'node:crypto'

import { getFieldsToSign, jwtSign } from 'payload'

import { Users } from '../collections/Users'
import { resolveSecret } from '../utilities/secret'

export interface BenchUser {
  id: number
  email: string
  token: string
  room: number
}

export interface BenchWorld {
  users: BenchUser[]
  rooms: number[]
}

const emailOf = (i: number) => `bench-chat-${i}@bench.hujra.local`
const EMAIL_PATTERN = 'bench-chat-%@bench.hujra.local'
const slugOf = (i: number) => `bench-chat-room-${i}`

/** The key Payload signs tokens with: sha256 of the configured secret, hex, first 32 characters (payload/dist/index.js). */
export const payloadSigningSecret = () =>
  createHash('sha256').update(resolveSecret()).digest('hex').slice(0, 32)

/**
 * The bench users, written by SQL: nobody signs in with a password (each gets
 * a session and a token below), so the salt and hash are random and no
 * password opens them. Confirmed, as accounts the server makes itself are
 * (Payload's JWT strategy refuses an unconfirmed account's token).
 */
const ensureUsers = async (db: pg.Client, count: number) => {
  await db.query(
    `insert into users (name, email, salt, hash, _verified)
     select 'Bench ' || i, 'bench-chat-' || i || '@bench.hujra.local', $1, $2, true
     from generate_series(0, $3::int - 1) as i
     on conflict (email) do update set _verified = true`,
    [randomBytes(32).toString('hex'), randomBytes(32).toString('hex'), count],
  )
  // The roles field's default, as Payload would have written it.
  await db.query(
    `insert into users_roles ("order", parent_id, value)
     select 1, u.id, 'member' from users u
     where u.email like $1 and not exists (select 1 from users_roles r where r.parent_id = u.id)`,
    [EMAIL_PATTERN],
  )
  const rows = (
    await db.query<{ id: number; email: string }>('select id, email from users where email like $1 order by id', [
      EMAIL_PATTERN,
    ])
  ).rows
  const byEmail = new Map(rows.map((row) => [row.email, row.id]))
  return Array.from({ length: count }, (_, i) => ({ id: byEmail.get(emailOf(i))!, email: emailOf(i) }))
}

const ensureRooms = async (db: pg.Client, owner: number, count: number) => {
  await db.query(
    `insert into chat_rooms (name, slug, visibility, created_by_id)
     select 'Bench chat ' || i, 'bench-chat-room-' || i, 'secret', $1
     from generate_series(0, $2::int - 1) as i
     on conflict (slug) do nothing`,
    [owner, count],
  )
  const { rows } = await db.query<{ id: number; slug: string }>(
    'select id, slug from chat_rooms where slug = any($1)',
    [Array.from({ length: count }, (_, i) => slugOf(i))],
  )
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]))
  return Array.from({ length: count }, (_, i) => bySlug.get(slugOf(i))!)
}

export const setUpWorld = async (
  db: pg.Client,
  { users: userCount, rooms: roomCount }: { users: number; rooms: number },
): Promise<BenchWorld> => {
  const accounts = await ensureUsers(db, userCount)
  const rooms = await ensureRooms(db, accounts[0]!.id, roomCount)
  const userIds = accounts.map((account) => account.id)
  const roomOf = (i: number) => rooms[i % roomCount]!
  const tokenExpiration = (Users.auth as { tokenExpiration: number }).tokenExpiration
  const sids = accounts.map(() => randomUUID())

  await db.query('begin')
  try {
    // Every bench user is a member of one bench room only: its earlier memberships go.
    await db.query('delete from chat_members where user_id = any($1) or room_id = any($2)', [userIds, rooms])
    await db.query(
      `insert into chat_members (room_id, user_id, role, joined_at)
       select m.room, m.user_id, (case when m.i <= $3::int then 'owner' else 'member' end)::enum_chat_members_role, now()
       from unnest($1::int[], $2::int[]) with ordinality as m(user_id, room, i)`,
      [userIds, accounts.map((_, i) => roomOf(i)), roomCount],
    )
    await db.query('delete from users_sessions where _parent_id = any($1)', [userIds])
    await db.query(
      `insert into users_sessions (_order, _parent_id, id, created_at, expires_at)
       select 1, s.user_id, s.sid, now(), now() + make_interval(secs => $3)
       from unnest($1::int[], $2::varchar[]) as s(user_id, sid)`,
      [userIds, sids, tokenExpiration],
    )
    await db.query('commit')
  } catch (error) {
    await db.query('rollback')
    throw error
  }

  const secret = payloadSigningSecret()
  const collectionConfig = Users as unknown as SanitizedCollectionConfig
  const users = await Promise.all(
    accounts.map(async (account, i) => {
      const fieldsToSign = getFieldsToSign({
        collectionConfig,
        email: account.email,
        sid: sids[i],
        user: { id: account.id, email: account.email, roles: ['member'], collection: 'users' } as never,
      })
      const { token } = await jwtSign({ fieldsToSign, secret, tokenExpiration })
      return { id: account.id, email: account.email, token, room: roomOf(i) }
    }),
  )
  return { users, rooms }
}
