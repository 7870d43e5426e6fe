import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'

import { type Attempt, forgiveAuthAttempt, takeAuthPoint } from './authLimits'
import { clientAddress } from './clientAddress'

/**
 * Payload 3.90's current password hash (auth/strategies/local/
 * generatePasswordSaltHash.ts: `pbkdf2-sha256-v1:`, 600 000 iterations, a
 * 32-byte key; older hashes, 25 000 × 512 bytes, are upgraded at the next
 * sign-in). Spent on an unknown email too, so the answer takes as long.
 */
const HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const DUMMY_SALT = randomBytes(32).toString('hex')

export const spendHashWork = (password: string) =>
  new Promise<void>((resolve) =>
    pbkdf2(password, DUMMY_SALT, HASH.iterations, HASH.keyLength, HASH.digest, () => resolve()),
  )

/** The email as Payload looks it up (login.ts: lowercased and trimmed). */
const emailOf = (data: unknown): string | undefined => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : undefined
}

const attemptOf = (req: PayloadRequest, data: unknown, withAccount: boolean): Attempt => ({
  address: clientAddress(req.headers).key,
  account: withAccount ? (emailOf(data) ?? '') : undefined,
})

const accountExists = async (req: PayloadRequest, email: string) =>
  Boolean(
    await req.payload.db.findOne({
      collection: 'users',
      where: { email: { equals: email } },
      select: { id: true },
      req,
    }),
  )

const ACTIONS = { login: 'login', forgotPassword: 'forgotPassword', resetPassword: 'resetPassword' } as const

/**
 * Sign-in, forgot-password and reset-password count against the limits in
 * authLimits.ts before Payload does anything, on REST, GraphQL and the
 * admin alike (the admin posts to REST). The server's own Local API calls
 * are not limited. A login for an email with no account spends the same
 * hashing work as a wrong password, so neither the answer nor its time
 * tells whether the account exists.
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!(operation in ACTIONS) || req.payloadAPI === 'local') return args
  const action = ACTIONS[operation as keyof typeof ACTIONS]
  const data = (args as { data?: unknown }).data
  await takeAuthPoint(req, action, attemptOf(req, data, action !== 'resetPassword'))
  if (action === 'login') {
    const email = emailOf(data)
    const password = (data as { password?: unknown } | undefined)?.password
    if (email && typeof password === 'string' && password && !(await accountExists(req, email))) {
      await spendHashWork(password)
    }
  }
  return args
}

/** A successful sign-in gives the address its point back and clears that account's failures from it. */
export const forgiveSignIn: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'login' || req.payloadAPI === 'local' || !result) return result
  await forgiveAuthAttempt(req, 'login', attemptOf(req, (args as { data?: unknown }).data, true))
  return result
}
