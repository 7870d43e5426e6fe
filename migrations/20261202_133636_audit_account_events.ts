import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'correction-handled';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'signup';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'verification-sent';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'email-verified';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'password-reset-requested';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'two-factor-enrolled';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'two-factor-used';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'two-factor-failed';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'two-factor-reset';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'recovery-code-used';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'session-ended';
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'sign-in-limited';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_type";
  CREATE TYPE "public"."enum_audit_events_type" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'restore', 'login', 'logout', 'login-failed', 'password-change', 'password-reset', 'call-token', 'virus-detected');
  ALTER TABLE "audit_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_audit_events_type" USING "type"::"public"."enum_audit_events_type";`)
}
