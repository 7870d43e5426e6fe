import type { Field, FieldHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { hasRole } from '../../access/roles'
import { type TransactionDb, transactionDb } from '../../utilities/db'

/** Why an attempt was refused without being stored (the answer said it was accepted, or 429). */
export const FLAG_REASONS = ['honeypot', 'too-fast', 'rate-limited'] as const
export type FlagReason = (typeof FLAG_REASONS)[number]

export const FLAGS_TABLE = 'form_flagged_daily'

/**
 * Hand-written (not a collection): refused attempts are counted per form,
 * day and reason, never stored, so spam leaves no personal data and cannot
 * fill the database, and an editor can still see that it happens. One row
 * per (form, day, reason), incremented atomically. Paste into the migration
 * that creates `forms` (after its CREATE TABLE "forms").
 */
export const FLAGS_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS "${FLAGS_TABLE}" (
    "form_id" integer NOT NULL REFERENCES "forms"("id") ON DELETE CASCADE,
    "day" date NOT NULL,
    "reason" varchar(20) NOT NULL CHECK ("reason" IN (${FLAG_REASONS.map((r) => `'${r}'`).join(', ')})),
    "count" integer NOT NULL DEFAULT 0,
    PRIMARY KEY ("form_id", "day", "reason")
  );`

export const DROP_FLAGS_TABLE_SQL = `DROP TABLE IF EXISTS "${FLAGS_TABLE}";`

/**
 * Counts one refused attempt at form `formId` (UTC day). A form id that does
 * not exist counts nothing: the caller answers the same either way.
 */
export const countFlagged = async (db: TransactionDb, formId: number, reason: FlagReason): Promise<void> => {
  await db.execute(sql`
    insert into ${sql.identifier(FLAGS_TABLE)} (form_id, day, reason, count)
    select ${formId}, (now() at time zone 'UTC')::date, ${reason}, 1
     where exists (select 1 from forms where id = ${formId})
    on conflict (form_id, day, reason) do update set count = ${sql.identifier(FLAGS_TABLE)}.count + 1`)
}

/** Refused attempts at a form by reason, over its whole life. */
export const flaggedCounts = async (
  db: TransactionDb,
  formId: number,
): Promise<Record<FlagReason, number>> => {
  const { rows } = await db.execute(sql`
    select reason, sum(count)::int as total from ${sql.identifier(FLAGS_TABLE)}
     where form_id = ${formId} group by reason`)
  const counts = Object.fromEntries(FLAG_REASONS.map((reason) => [reason, 0])) as Record<FlagReason, number>
  for (const row of rows) counts[row.reason as FlagReason] = Number(row.total)
  return counts
}

const readFlagged: FieldHook = async ({ data, req }) => {
  const id = Number((data as { id?: unknown } | undefined)?.id)
  if (!Number.isInteger(id) || id <= 0) return null
  return flaggedCounts(await transactionDb(req as PayloadRequest), id)
}

/** The counts on the form, for editors: read-only, computed on read, stored nowhere else. */
export const flaggedAttemptsField: Field = {
  name: 'flaggedAttempts',
  type: 'json',
  virtual: true,
  access: {
    read: ({ req }) => hasRole(req.user, 'admin', 'editor'),
    create: () => false,
    update: () => false,
  },
  hooks: { afterRead: [readFlagged] },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description:
      'Attempts refused as spam and not stored: a filled honeypot, sent too fast, over the per-address limit.',
  },
}
