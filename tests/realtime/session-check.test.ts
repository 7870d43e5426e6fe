import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readOwnToken } from '../../collections/users/sessions/token'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { connected, connectError, generousLimiters, startRealtime } from './server'

/**
 * The sidecar's own session check (realtime/session.ts), which replaced
 * `payload.auth()`: the session layer's ending counts as Payload's deleting
 * the row does, the sweep checks many sockets in one statement, roles are
 * re-read, and SESSION_BINDING's User-Agent part holds on the handshake.
 */

let payload: Payload
let user: any

const sql = (text: string, values: unknown[] = []) => payload.db.pool.query(text, values)

const signIn = async () => {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: PASSWORD },
  })
  return { token: token!, sid: readOwnToken(token!)!.sid }
}

/** The session layer's row for a session, bound to `agent` (what a sign-in through a browser records). */
const boundTo = async (sid: string, agent: string) =>
  sql(
    `insert into session_details (sid, user_id, expires_at, bound_agent) values ($1, $2, now() + interval '1 hour', $3)
     on conflict (sid) do update set bound_agent = excluded.bound_agent`,
    [sid, user.id, agent],
  )

beforeAll(async () => {
  payload = await getTestPayload()
  user = await createUser(payload, ['member'], 'session-check')
})

describe('the sidecar’s session check', () => {
  let server: Awaited<ReturnType<typeof startRealtime>>
  afterAll(async () => server?.close())

  it('refuses a session the session layer marked ended, though its users_sessions row is still there', async () => {
    server = await startRealtime(payload, { limiters: generousLimiters() })
    const { token, sid } = await signIn()
    await sql(
      `insert into session_details (sid, user_id, expires_at, ended_at) values ($1, $2, now() + interval '1 hour', now())
       on conflict (sid) do update set ended_at = now()`,
      [sid, user.id],
    )
    expect((await connectError(server.client({ auth: { token } }))).message).toBe(
      'Session expired or invalid',
    )
  })

  it('re-reads the roles on every checked event', async () => {
    const { token } = await signIn()
    const socket = server.client({ auth: { token } })
    await connected(socket)
    const [sidecar] = await server.io.in(`user:${user.id}`).fetchSockets()
    expect(sidecar!.data.user.roles).toEqual(['member'])
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { roles: ['member', 'moderator'] },
      overrideAccess: true,
    })
    await socket.emitWithAck('room:leave', { room: 1 })
    const [after] = await server.io.in(`user:${user.id}`).fetchSockets()
    expect(after!.data.user.roles).toEqual(['member', 'moderator'])
    socket.disconnect()
  })

  it('sweeps many sockets in one go, disconnecting only those whose session ended', async () => {
    const swept = await startRealtime(payload, { limiters: generousLimiters(), sessionSweepMs: 200 })
    try {
      // One after another: concurrent logins of one user race on its sessions array (Payload #18132).
      const sessions = [await signIn(), await signIn(), await signIn()]
      const sockets = sessions.map(({ token }) => swept.client({ auth: { token } }))
      await Promise.all(sockets.map(connected))
      const gone = new Promise((resolve) => sockets[1]!.once('disconnect', resolve))
      await sql('delete from users_sessions where id = $1', [sessions[1]!.sid])
      await gone
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(sockets.map((s) => s.connected)).toEqual([true, false, true])
    } finally {
      await swept.close()
    }
  })
})

describe('SESSION_BINDING on the handshake', () => {
  it('with user-agent (and ip-and-user-agent), refuses another browser than the session’s', async () => {
    for (const mode of ['user-agent', 'ip-and-user-agent'] as const) {
      const bound = await startRealtime(payload, { limiters: generousLimiters(), sessionBinding: mode })
      try {
        const { token, sid } = await signIn()
        await boundTo(sid, 'Browser A')
        const other = bound.client({ auth: { token }, extraHeaders: { 'user-agent': 'Browser B' } })
        expect((await connectError(other)).message).toBe('Session expired or invalid')
        // The address is not compared: a session started on the site is bound to the site's server.
        const same = bound.client({ auth: { token }, extraHeaders: { 'user-agent': 'Browser A' } })
        await connected(same)
      } finally {
        await bound.close()
      }
    }
  })

  it('off (the default), lets the token through from any browser', async () => {
    const open = await startRealtime(payload, { limiters: generousLimiters() })
    try {
      const { token, sid } = await signIn()
      await boundTo(sid, 'Browser A')
      await connected(open.client({ auth: { token }, extraHeaders: { 'user-agent': 'Browser B' } }))
    } finally {
      await open.close()
    }
  })
})
