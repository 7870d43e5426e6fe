import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Hand-written: the campaign metrics tables (plugins/campaign-metrics) are raw
  // SQL, not collections; a copy of CAMPAIGN_METRICS_UP_SQL in schema.ts there.
  await db.execute(sql`
  CREATE TABLE "visitor_salts" (
    "day" date PRIMARY KEY NOT NULL,
    "salt" bytea NOT NULL CHECK (octet_length("salt") = 16),
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE TABLE "campaign_visitors" (
    "campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
    "day" date NOT NULL,
    "kind" varchar NOT NULL CHECK ("kind" IN ('view', 'reaction')),
    "visitor" bytea NOT NULL CHECK (octet_length("visitor") = 16),
    PRIMARY KEY ("campaign_id", "day", "kind", "visitor")
  );
  CREATE INDEX "campaign_visitors_day_idx" ON "campaign_visitors" USING btree ("day");
  CREATE TABLE "campaign_reactions_users" (
    "campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
    "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY ("campaign_id", "user_id")
  );
  CREATE TABLE "campaign_metrics_daily" (
    "campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
    "day" date NOT NULL,
    "views" integer DEFAULT 0 NOT NULL CHECK ("views" >= 0),
    "reactions" integer DEFAULT 0 NOT NULL CHECK ("reactions" >= 0),
    "submissions" integer DEFAULT 0 NOT NULL CHECK ("submissions" >= 0),
    PRIMARY KEY ("campaign_id", "day")
  );`)
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'campaignMetricsSalts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'campaignMetricsSalts' BEFORE 'schedulePublish';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "campaign_metrics_daily";
  DROP TABLE "campaign_reactions_users";
  DROP TABLE "campaign_visitors";
  DROP TABLE "visitor_salts";
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'campaignMetricsSalts';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'campaignMetricsSalts';`)
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
