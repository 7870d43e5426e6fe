/**
 * The two-factor tables (created by the `two_factor` migration): plain SQL,
 * not fields of the users collection. Payload writes a user back whole from
 * the copy it read (sessions.js `addSessionToUser`: `updateOne({ data: user })`,
 * half a second after reading it on a login), so a field there could be set
 * back to an older value by a sign-in racing an enrolment, a reset or a used
 * recovery code. Here every change is one conditional statement, and no API
 * of Payload can read or write any of it.
 */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../../utilities/db'
import { decryptSecret, encryptSecret, hashRecoveryCode } from './keys'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>
type Row = Record<string, unknown>

const run = async (req: Req, query: ReturnType<typeof sql>) =>
  (await (await transactionDb(req)).execute(query)).rows

const date = (value: unknown) => (value ? new Date(value as string) : null)

export interface Credentials {
  /** The active secret, decrypted; null until enrolment is confirmed. */
  secret: string | null
  enabledAt: Date | null
  lastStep: number | null
  pendingSecret: string | null
  pendingAt: Date | null
}

export const readCredentials = async (req: Req, userId: number): Promise<Credentials | null> => {
  const [row] = await run(
    req,
    sql`select secret, enabled_at, last_step, pending_secret, pending_at
    from two_factor_credentials where user_id = ${userId}`,
  )
  if (!row) return null
  return {
    secret: row.secret ? decryptSecret(String(row.secret)) : null,
    enabledAt: date(row.enabled_at),
    lastStep: row.last_step === null || row.last_step === undefined ? null : Number(row.last_step),
    pendingSecret: row.pending_secret ? decryptSecret(String(row.pending_secret)) : null,
    pendingAt: date(row.pending_at),
  }
}

/** Whether the user has two-factor on (a confirmed secret). */
export const isEnrolled = async (req: Req, userId: number): Promise<boolean> =>
  (
    await run(
      req,
      sql`select 1 from two_factor_credentials where user_id = ${userId} and enabled_at is not null`,
    )
  ).length > 0

/** Keeps a secret waiting for its first code (enrolment started); an earlier pending one is replaced. */
export const savePendingSecret = async (req: Req, userId: number, secret: string) => {
  await run(
    req,
    sql`insert into two_factor_credentials (user_id, pending_secret, pending_at)
    values (${userId}, ${encryptSecret(secret)}, now())
    on conflict (user_id) do update set pending_secret = excluded.pending_secret, pending_at = now()`,
  )
}

/**
 * Makes the pending secret the active one, with the step of the code that
 * confirmed it; false when another request confirmed it first.
 */
export const activatePendingSecret = async (req: Req, userId: number, step: number): Promise<boolean> =>
  (
    await run(
      req,
      sql`update two_factor_credentials
      set secret = pending_secret, pending_secret = null, pending_at = null, enabled_at = now(), last_step = ${step}
      where user_id = ${userId} and pending_secret is not null and enabled_at is null returning user_id`,
    )
  ).length > 0

/**
 * Records `step` as the last accepted one, only if it is later than the
 * stored one: of two requests with the same code, one wins.
 */
export const takeStep = async (req: Req, userId: number, step: number): Promise<boolean> =>
  (
    await run(
      req,
      sql`update two_factor_credentials set last_step = ${step}
      where user_id = ${userId} and enabled_at is not null and (last_step is null or last_step < ${step})
      returning user_id`,
    )
  ).length > 0

/** Two-factor off: secret, recovery codes and second-factor marks of sessions all go. */
export const removeTwoFactor = async (req: Req, userId: number) => {
  await run(req, sql`delete from two_factor_credentials where user_id = ${userId}`)
  await run(req, sql`delete from two_factor_recovery_codes where user_id = ${userId}`)
  await run(req, sql`delete from two_factor_sessions where user_id = ${userId}`)
}

/** Replaces the user's recovery codes with these (stored as keyed hashes only). */
export const replaceRecoveryCodes = async (req: Req, userId: number, codes: string[]) => {
  await run(req, sql`delete from two_factor_recovery_codes where user_id = ${userId}`)
  for (const code of codes) {
    await run(
      req,
      sql`insert into two_factor_recovery_codes (user_id, code_hash) values (${userId}, ${hashRecoveryCode(code)})`,
    )
  }
}

/** Uses a recovery code up; false when it is wrong or was used before (one statement, so once only). */
export const useRecoveryCode = async (req: Req, userId: number, code: string): Promise<boolean> =>
  (
    await run(
      req,
      sql`update two_factor_recovery_codes set used_at = now()
      where user_id = ${userId} and code_hash = ${hashRecoveryCode(code)} and used_at is null returning id`,
    )
  ).length > 0

export const recoveryCodesLeft = async (req: Req, userId: number): Promise<number> => {
  const [row] = await run(
    req,
    sql`select count(*)::int as n from two_factor_recovery_codes
    where user_id = ${userId} and used_at is null`,
  )
  return Number(row?.n ?? 0)
}

// --- sessions that completed the second factor

/** Marks a session as having passed the second factor. */
export const markSession = async (req: Req, userId: number, sid: string) => {
  await run(
    req,
    sql`insert into two_factor_sessions (user_id, sid) values (${userId}, ${sid}) on conflict do nothing`,
  )
  // Marks of sessions that have ended are of no use.
  await run(
    req,
    sql`delete from two_factor_sessions t where t.user_id = ${userId}
    and not exists (select 1 from users_sessions s where s._parent_id = t.user_id and s.id = t.sid)`,
  )
}

export const isMarkedSession = async (req: Req, userId: number, sid: string): Promise<boolean> =>
  (await run(req, sql`select 1 from two_factor_sessions where user_id = ${userId} and sid = ${sid}`)).length >
  0

/** Ends one session of a user (Payload's `users_sessions` rows), in one statement. */
export const endSession = async (req: Req, userId: number, sid: string) => {
  await run(req, sql`delete from users_sessions where _parent_id = ${userId} and id = ${sid}`)
}

/** Ends every session of a user but `keepSid`. */
export const endOtherSessions = async (req: Req, userId: number, keepSid: string | undefined) => {
  await run(
    req,
    sql`delete from users_sessions where _parent_id = ${userId} and id is distinct from ${keepSid ?? null}`,
  )
}

/**
 * Ends the sessions, of users holding one of `roles`, that did not pass the
 * second factor; the number ended. For a requirement that starts to apply to
 * people already signed in.
 */
export const endUnverifiedSessions = async (
  req: Req,
  filter: { roles: string[] } | { userId: number },
): Promise<number> => {
  if ('roles' in filter && filter.roles.length === 0) return 0
  const who =
    'userId' in filter
      ? sql`s._parent_id = ${filter.userId}`
      : sql`s._parent_id in (select parent_id from users_roles
          where value::text in (${sql.join(
            filter.roles.map((role) => sql`${role}`),
            sql`, `,
          )}))`
  const rows = await run(
    req,
    sql`delete from users_sessions s where ${who}
    and not exists (select 1 from two_factor_sessions t where t.user_id = s._parent_id and t.sid = s.id)
    returning s.id`,
  )
  return rows.length
}

// --- challenges: a sign-in that passed the password and waits for the second factor

export type ChallengeStep = 'verify' | 'enrol'

export interface ChallengeRow {
  id: number
  userId: number
  step: ChallengeStep
  address: string
  userAgentHash: string
  expiresAt: Date
}

const challengeOf = (row: Row): ChallengeRow => ({
  id: Number(row.id),
  userId: Number(row.user_id),
  step: row.step as ChallengeStep,
  address: String(row.address),
  userAgentHash: String(row.user_agent_hash),
  expiresAt: new Date(row.expires_at as string),
})

export const insertChallenge = async (
  req: Req,
  c: {
    tokenHash: string
    userId: number
    step: ChallengeStep
    address: string
    userAgentHash: string
    ttlSeconds: number
  },
) => {
  // Old challenges are of no use; removing them here keeps the table small without a job.
  await run(req, sql`delete from two_factor_challenges where expires_at < now() - interval '1 hour'`)
  await run(
    req,
    sql`insert into two_factor_challenges (token_hash, user_id, step, address, user_agent_hash, expires_at)
    values (${c.tokenHash}, ${c.userId}, ${c.step}, ${c.address}, ${c.userAgentHash},
      now() + make_interval(secs => ${c.ttlSeconds}))`,
  )
}

/** A challenge that is neither used nor expired, by its token's hash. */
export const findOpenChallenge = async (req: Req, tokenHash: string): Promise<ChallengeRow | null> => {
  const [row] = await run(
    req,
    sql`select id, user_id, step, address, user_agent_hash, expires_at
    from two_factor_challenges where token_hash = ${tokenHash} and used_at is null and expires_at > now()`,
  )
  return row ? challengeOf(row) : null
}

/** Uses a challenge up; false when another request did first. */
export const useChallenge = async (req: Req, id: number): Promise<boolean> =>
  (
    await run(
      req,
      sql`update two_factor_challenges set used_at = now()
      where id = ${id} and used_at is null and expires_at > now() returning id`,
    )
  ).length > 0

/** A user's open challenges end (their two-factor was reset: the half-done sign-ins must start again). */
export const dropChallenges = async (req: Req, userId: number) => {
  await run(req, sql`delete from two_factor_challenges where user_id = ${userId}`)
}
