import type { AuditPluginOptions, SanitizedAuditOptions } from './types'

/** Secrets and bookkeeping that never reach an audit row, whatever the options say. */
const ALWAYS_REDACTED = [
  'password',
  'confirmPassword',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'sessions',
  'apiKey',
  'apiKeyIndex',
  'loginAttempts',
  'lockUntil',
  'updatedAt',
  'createdAt',
  // Added by Payload to auth documents; not data.
  'collection',
  '_strategy',
]

export const sanitizeOptions = (options: AuditPluginOptions): SanitizedAuditOptions => ({
  collections: new Set(options.collections),
  authCollection: options.authCollection ?? 'users',
  slug: options.slug ?? 'audit-events',
  redactFields: new Set([...ALWAYS_REDACTED, ...(options.redactFields ?? [])]),
  disabled: options.disabled ?? false,
})
