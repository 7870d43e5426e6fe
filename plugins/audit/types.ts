import type { CollectionSlug } from 'payload'

export interface AuditPluginOptions {
  /** Collections whose create, update, delete, publish and restore are recorded. */
  collections: CollectionSlug[]
  /**
   * Auth collection whose logins, logouts, failed logins and password changes are recorded.
   * @default 'users'
   */
  authCollection?: CollectionSlug
  /**
   * Slug of the append-only collection the plugin adds.
   * @default 'audit-events'
   */
  slug?: string
  /** Extra field names never written into a diff (secrets are always excluded). */
  redactFields?: string[]
  /**
   * Switches recording off while keeping the collection, so the schema and
   * migrations do not change.
   * @default false
   */
  disabled?: boolean
}

export interface SanitizedAuditOptions {
  collections: Set<string>
  authCollection: string
  slug: string
  redactFields: Set<string>
  disabled: boolean
}

export const AUDIT_EVENT_TYPES = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'restore',
  'login',
  'logout',
  'login-failed',
  'password-change',
  'password-reset',
  'call-token',
  'virus-detected',
  // A moderator closed a reader's correction request (resolved or dismissed).
  'correction-handled',
  // Accounts (issue 16): each without the token, code or secret it concerns.
  'signup',
  'verification-sent',
  'email-verified',
  'password-reset-requested',
  'two-factor-enrolled',
  'two-factor-used',
  'two-factor-failed',
  'two-factor-reset',
  'recovery-code-used',
  'session-ended',
  'sign-in-limited',
  // Someone downloaded a form's submissions (issue 17): which form, how many rows.
  'submissions-exported',
] as const
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number]

/** `{ field: { from, to } }` for the fields that changed. */
export type AuditDiff = Record<string, { from?: unknown; to?: unknown }>
