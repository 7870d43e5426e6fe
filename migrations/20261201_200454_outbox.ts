import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Hand-written: the outbox (plugins/outbox) is raw SQL, not a collection.
  // Side effects written in a change's own transaction; claimed by dispatchers
  // with FOR UPDATE SKIP LOCKED and a lease (claimed_until).
  await db.execute(sql`
  CREATE TABLE "outbox" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"topic" varchar NOT NULL,
  	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"attempts" integer DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"claimed_until" timestamp(3) with time zone,
  	"claimed_by" varchar,
  	"last_error" text,
  	"done_at" timestamp(3) with time zone,
  	"failed_at" timestamp(3) with time zone
  );
  CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at", "id") WHERE "done_at" IS NULL AND "failed_at" IS NULL;
  CREATE INDEX "outbox_done_at_idx" ON "outbox" USING btree ("done_at") WHERE "done_at" IS NOT NULL;
  CREATE INDEX "outbox_failed_idx" ON "outbox" USING btree ("id") WHERE "failed_at" IS NOT NULL;`)
  // Meilisearch sync moved from Payload's jobs to the outbox: carry over what is still queued.
  await db.execute(sql`
  INSERT INTO "outbox" ("topic", "payload")
    SELECT 'search.sync', jsonb_build_object('collection', "input"->>'collection', 'docId', ("input"->>'docId')::numeric)
      FROM "payload_jobs" WHERE "task_slug" = 'searchSync' AND "completed_at" IS NULL;
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'searchSync';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'searchSync';`)
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'searchReindex', 'geoImport', 'filePreview', 'fileRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'searchReindex', 'geoImport', 'filePreview', 'fileRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "outbox";
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'searchSync' BEFORE 'searchReindex';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'searchSync' BEFORE 'searchReindex';`)
}
