import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_goal_unit" AS ENUM('households', 'people', 'children-vaccinated', 'children-enrolled', 'pledges', 'sign-ups', 'sessions');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_goal_unit" AS ENUM('households', 'people', 'children-vaccinated', 'children-enrolled', 'pledges', 'sign-ups', 'sessions');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('en', 'ur', 'ps');
  CREATE TABLE "campaigns_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"amount" numeric,
  	"entered_by_id" integer
  );
  
  CREATE TABLE "campaigns_progress_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer
  );
  
  CREATE TABLE "campaigns_gallery_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"goal_target" numeric,
  	"goal_unit" "enum_campaigns_goal_unit",
  	"organization_id" integer,
  	"hero_image_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer,
  	"categories_id" integer,
  	"resources_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_campaigns_v_version_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"amount" numeric,
  	"entered_by_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_progress_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_gallery_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_goal_target" numeric,
  	"version_goal_unit" "enum__campaigns_v_version_goal_unit",
  	"version_organization_id" integer,
  	"version_hero_image_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__campaigns_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer,
  	"categories_id" integer,
  	"resources_id" integer,
  	"users_id" integer
  );
  
  ALTER TABLE "posts" ADD COLUMN "campaign_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_campaign_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "campaigns_progress" ADD CONSTRAINT "campaigns_progress_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_progress" ADD CONSTRAINT "campaigns_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_progress_locales" ADD CONSTRAINT "campaigns_progress_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_progress"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_gallery" ADD CONSTRAINT "campaigns_gallery_image_id_files_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_gallery" ADD CONSTRAINT "campaigns_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_gallery_locales" ADD CONSTRAINT "campaigns_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_hero_image_id_files_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_progress" ADD CONSTRAINT "_campaigns_v_version_progress_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_progress" ADD CONSTRAINT "_campaigns_v_version_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_progress_locales" ADD CONSTRAINT "_campaigns_v_version_progress_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_progress"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_gallery" ADD CONSTRAINT "_campaigns_v_version_gallery_image_id_files_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_gallery" ADD CONSTRAINT "_campaigns_v_version_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_gallery_locales" ADD CONSTRAINT "_campaigns_v_version_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_hero_image_id_files_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_progress_order_idx" ON "campaigns_progress" USING btree ("_order");
  CREATE INDEX "campaigns_progress_parent_id_idx" ON "campaigns_progress" USING btree ("_parent_id");
  CREATE INDEX "campaigns_progress_entered_by_idx" ON "campaigns_progress" USING btree ("entered_by_id");
  CREATE UNIQUE INDEX "campaigns_progress_locales_locale_parent_id_unique" ON "campaigns_progress_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_gallery_order_idx" ON "campaigns_gallery" USING btree ("_order");
  CREATE INDEX "campaigns_gallery_parent_id_idx" ON "campaigns_gallery" USING btree ("_parent_id");
  CREATE INDEX "campaigns_gallery_image_idx" ON "campaigns_gallery" USING btree ("image_id");
  CREATE UNIQUE INDEX "campaigns_gallery_locales_locale_parent_id_unique" ON "campaigns_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_starts_at_idx" ON "campaigns" USING btree ("starts_at");
  CREATE INDEX "campaigns_ends_at_idx" ON "campaigns" USING btree ("ends_at");
  CREATE INDEX "campaigns_organization_idx" ON "campaigns" USING btree ("organization_id");
  CREATE INDEX "campaigns_hero_image_idx" ON "campaigns" USING btree ("hero_image_id");
  CREATE INDEX "campaigns_published_at_idx" ON "campaigns" USING btree ("published_at");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_districts_id_idx" ON "campaigns_rels" USING btree ("districts_id");
  CREATE INDEX "campaigns_rels_categories_id_idx" ON "campaigns_rels" USING btree ("categories_id");
  CREATE INDEX "campaigns_rels_resources_id_idx" ON "campaigns_rels" USING btree ("resources_id");
  CREATE INDEX "campaigns_rels_users_id_idx" ON "campaigns_rels" USING btree ("users_id");
  CREATE INDEX "_campaigns_v_version_progress_order_idx" ON "_campaigns_v_version_progress" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_progress_parent_id_idx" ON "_campaigns_v_version_progress" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_progress_entered_by_idx" ON "_campaigns_v_version_progress" USING btree ("entered_by_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_progress_locales_locale_parent_id_uniqu" ON "_campaigns_v_version_progress_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_version_gallery_order_idx" ON "_campaigns_v_version_gallery" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_gallery_parent_id_idx" ON "_campaigns_v_version_gallery" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_gallery_image_idx" ON "_campaigns_v_version_gallery" USING btree ("image_id");
  CREATE UNIQUE INDEX "_campaigns_v_version_gallery_locales_locale_parent_id_unique" ON "_campaigns_v_version_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_version_starts_at_idx" ON "_campaigns_v" USING btree ("version_starts_at");
  CREATE INDEX "_campaigns_v_version_version_ends_at_idx" ON "_campaigns_v" USING btree ("version_ends_at");
  CREATE INDEX "_campaigns_v_version_version_organization_idx" ON "_campaigns_v" USING btree ("version_organization_id");
  CREATE INDEX "_campaigns_v_version_version_hero_image_idx" ON "_campaigns_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_campaigns_v_version_version_published_at_idx" ON "_campaigns_v" USING btree ("version_published_at");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE INDEX "_campaigns_v_autosave_idx" ON "_campaigns_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_districts_id_idx" ON "_campaigns_v_rels" USING btree ("districts_id");
  CREATE INDEX "_campaigns_v_rels_categories_id_idx" ON "_campaigns_v_rels" USING btree ("categories_id");
  CREATE INDEX "_campaigns_v_rels_resources_id_idx" ON "_campaigns_v_rels" USING btree ("resources_id");
  CREATE INDEX "_campaigns_v_rels_users_id_idx" ON "_campaigns_v_rels" USING btree ("users_id");
  ALTER TABLE "posts" ADD CONSTRAINT "posts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_campaign_idx" ON "posts" USING btree ("campaign_id");
  CREATE INDEX "_posts_v_version_version_campaign_idx" ON "_posts_v" USING btree ("version_campaign_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_progress" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_progress_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_gallery_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_progress" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_progress_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_gallery_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_rels" DISABLE ROW LEVEL SECURITY;
  -- The CASCADE below takes the foreign keys on posts and payload_locked_documents_rels with it: hence IF EXISTS on them.
  DROP TABLE "campaigns_progress" CASCADE;
  DROP TABLE "campaigns_progress_locales" CASCADE;
  DROP TABLE "campaigns_gallery" CASCADE;
  DROP TABLE "campaigns_gallery_locales" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_version_progress" CASCADE;
  DROP TABLE "_campaigns_v_version_progress_locales" CASCADE;
  DROP TABLE "_campaigns_v_version_gallery" CASCADE;
  DROP TABLE "_campaigns_v_version_gallery_locales" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  ALTER TABLE "posts" DROP CONSTRAINT IF EXISTS "posts_campaign_id_campaigns_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT IF EXISTS "_posts_v_version_campaign_id_campaigns_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_campaigns_fk";
  
  DROP INDEX IF EXISTS "posts_campaign_idx";
  DROP INDEX IF EXISTS "_posts_v_version_version_campaign_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_campaigns_id_idx";
  ALTER TABLE "posts" DROP COLUMN "campaign_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_campaign_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  DROP TYPE "public"."enum_campaigns_goal_unit";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_goal_unit";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum__campaigns_v_published_locale";`)
}
