import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_settings_uploads_retention_category" AS ENUM('image', 'document');
  CREATE TYPE "public"."enum_settings_uploads_retention_action" AS ENUM('archive', 'delete');
  CREATE TYPE "public"."enum_settings_uploads_retention_mode" AS ENUM('dry-run', 'apply');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'fileRetention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'fileRetention' BEFORE 'schedulePublish';
  CREATE TABLE "settings_uploads_retention" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"older_than_days" numeric NOT NULL,
  	"category" "enum_settings_uploads_retention_category",
  	"action" "enum_settings_uploads_retention_action" DEFAULT 'archive' NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "files" ADD COLUMN "archived_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "settings" ADD COLUMN "uploads_retention_mode" "enum_settings_uploads_retention_mode" DEFAULT 'dry-run' NOT NULL;
  ALTER TABLE "settings" ADD COLUMN "uploads_last_retention_run" jsonb;
  ALTER TABLE "settings_uploads_retention" ADD CONSTRAINT "settings_uploads_retention_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "settings_uploads_retention_order_idx" ON "settings_uploads_retention" USING btree ("_order");
  CREATE INDEX "settings_uploads_retention_parent_id_idx" ON "settings_uploads_retention" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "settings_uploads_retention" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'searchSync', 'searchReindex', 'geoImport', 'filePreview', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'searchSync', 'searchReindex', 'geoImport', 'filePreview', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "files" DROP COLUMN "archived_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "settings" DROP COLUMN "uploads_retention_mode";
  ALTER TABLE "settings" DROP COLUMN "uploads_last_retention_run";
  DROP TYPE "public"."enum_settings_uploads_retention_category";
  DROP TYPE "public"."enum_settings_uploads_retention_action";
  DROP TYPE "public"."enum_settings_uploads_retention_mode";`)
}
