import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_chat_rooms_calls_who_may_start" AS ENUM('owners', 'moderators', 'members');
  CREATE TYPE "public"."enum_chat_invites_kind" AS ENUM('room', 'call');
  ALTER TYPE "public"."enum_audit_events_type" ADD VALUE 'call-token';
  ALTER TABLE "chat_rooms" ADD COLUMN "calls_who_may_start" "enum_chat_rooms_calls_who_may_start" DEFAULT 'moderators';
  ALTER TABLE "chat_rooms" ADD COLUMN "calls_lobby" boolean DEFAULT true;
  ALTER TABLE "chat_rooms" ADD COLUMN "calls_recording" boolean DEFAULT false;
  ALTER TABLE "chat_rooms" ADD COLUMN "calls_livestreaming" boolean DEFAULT false;
  ALTER TABLE "chat_rooms" ADD COLUMN "calls_active_since" timestamp(3) with time zone;
  ALTER TABLE "chat_invites" ADD COLUMN "kind" "enum_chat_invites_kind" DEFAULT 'room';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_type";
  CREATE TYPE "public"."enum_audit_events_type" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'restore', 'login', 'logout', 'login-failed', 'password-change', 'password-reset');
  ALTER TABLE "audit_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_audit_events_type" USING "type"::"public"."enum_audit_events_type";
  ALTER TABLE "chat_rooms" DROP COLUMN "calls_who_may_start";
  ALTER TABLE "chat_rooms" DROP COLUMN "calls_lobby";
  ALTER TABLE "chat_rooms" DROP COLUMN "calls_recording";
  ALTER TABLE "chat_rooms" DROP COLUMN "calls_livestreaming";
  ALTER TABLE "chat_rooms" DROP COLUMN "calls_active_since";
  ALTER TABLE "chat_invites" DROP COLUMN "kind";
  DROP TYPE "public"."enum_chat_rooms_calls_who_may_start";
  DROP TYPE "public"."enum_chat_invites_kind";`)
}
