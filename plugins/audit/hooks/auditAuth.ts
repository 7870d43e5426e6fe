import type {
  AfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionAfterOperationHook,
} from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import type { SanitizedAuditOptions } from '../types'

import { recordEvent } from '../recordEvent'

export const auditLogin =
  (options: SanitizedAuditOptions): CollectionAfterLoginHook =>
  async ({ collection, req, user }) => {
    if (options.disabled) return user
    await recordEvent(req, options, {
      type: 'login',
      actor: user.id,
      actorEmail: user.email,
      subjectCollection: collection.slug,
      subjectId: user.id,
    })
    return user
  }

export const auditLogout =
  (options: SanitizedAuditOptions): CollectionAfterLogoutHook =>
  async ({ collection, req }) => {
    if (options.disabled || !req.user) return
    await recordEvent(req, options, {
      type: 'logout',
      subjectCollection: collection.slug,
      subjectId: req.user.id,
    })
  }

export const auditPasswordReset =
  (options: SanitizedAuditOptions): CollectionAfterOperationHook =>
  async ({ args, collection, operation, result }) => {
    if (options.disabled || operation !== 'resetPassword') return result
    const user = (result as { user?: { id: number | string; email?: string } })?.user
    await recordEvent(args.req as Parameters<typeof recordEvent>[0], options, {
      type: 'password-reset',
      actor: user?.id ?? null,
      actorEmail: user?.email ?? null,
      subjectCollection: collection.slug,
      subjectId: user?.id ?? null,
    })
    return result
  }

/**
 * By class, not by `error.name`: Payload's errors take their name from
 * `this.constructor.name`, which a minified production build renames (only
 * `sign-in-limited` rows appeared after 20 failed logins on `npm start`).
 */
const isFailedLogin = (error: Error) => error instanceof AuthenticationError || error instanceof LockedAuth

/**
 * A failed login throws, and its transaction is rolled back before error hooks
 * run, so this row is written in a transaction of its own. Config-level
 * `afterError` sees both REST and GraphQL failures.
 */
export const auditFailedLogin =
  (options: SanitizedAuditOptions): AfterErrorHook =>
  async ({ collection, error, req }) => {
    // GraphQL wraps the operation's error; REST passes it as is.
    const cause = (error as Error & { originalError?: Error }).originalError ?? error
    if (options.disabled || !isFailedLogin(cause)) return
    if (collection && collection.slug !== options.authCollection) return
    const email = (req.data as { email?: unknown } | undefined)?.email
    try {
      delete req.transactionID
      await recordEvent(req, options, {
        type: 'login-failed',
        actor: null,
        actorEmail: typeof email === 'string' ? email.slice(0, 320) : null,
        subjectCollection: options.authCollection,
        diff: { reason: { to: cause instanceof LockedAuth ? 'locked' : 'bad-credentials' } },
      })
    } catch (auditError) {
      req.payload.logger.error({ err: auditError, msg: 'Could not record a failed login' })
    }
  }
