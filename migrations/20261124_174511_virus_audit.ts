import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'virus-detected';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_type";
  CREATE TYPE "public"."enum_audit_events_type" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'restore', 'login', 'logout', 'login-failed', 'password-change', 'password-reset', 'call-token');
  ALTER TABLE "audit_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_audit_events_type" USING "type"::"public"."enum_audit_events_type";`)
}
