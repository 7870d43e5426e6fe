import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_resources_phones_kind" AS ENUM('voice', 'mobile', 'whatsapp', 'sms', 'fax');
  CREATE TYPE "public"."enum_resources_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_resources_opening_hours_mode" AS ENUM('open', 'closed', '24h');
  CREATE TYPE "public"."enum_resources_hours_exceptions_mode" AS ENUM('open', 'closed', '24h');
  CREATE TYPE "public"."enum_resources_languages" AS ENUM('en', 'ur', 'ps', 'skr', 'hno', 'other');
  CREATE TYPE "public"."enum_resources_accessibility" AS ENUM('wheelchair', 'step-free-entrance', 'accessible-toilet', 'sign-language', 'women-staff', 'women-entrance', 'braille', 'other');
  CREATE TYPE "public"."enum_resources_fees_kind" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum__resources_v_version_phones_kind" AS ENUM('voice', 'mobile', 'whatsapp', 'sms', 'fax');
  CREATE TYPE "public"."enum__resources_v_version_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__resources_v_version_opening_hours_mode" AS ENUM('open', 'closed', '24h');
  CREATE TYPE "public"."enum__resources_v_version_hours_exceptions_mode" AS ENUM('open', 'closed', '24h');
  CREATE TYPE "public"."enum__resources_v_version_languages" AS ENUM('en', 'ur', 'ps', 'skr', 'hno', 'other');
  CREATE TYPE "public"."enum__resources_v_version_accessibility" AS ENUM('wheelchair', 'step-free-entrance', 'accessible-toilet', 'sign-language', 'women-staff', 'women-entrance', 'braille', 'other');
  CREATE TYPE "public"."enum__resources_v_version_fees_kind" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum_organizations_phones_kind" AS ENUM('voice', 'mobile', 'whatsapp', 'sms', 'fax');
  CREATE TABLE "resources_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"kind" "enum_resources_phones_kind" DEFAULT 'voice'
  );
  
  CREATE TABLE "resources_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "resources_opening_hours_ranges" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "resources_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_resources_opening_hours_day",
  	"mode" "enum_resources_opening_hours_mode" DEFAULT 'open'
  );
  
  CREATE TABLE "resources_hours_exceptions_ranges" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "resources_hours_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"mode" "enum_resources_hours_exceptions_mode" DEFAULT 'open'
  );
  
  CREATE TABLE "resources_hours_exceptions_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "resources_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_resources_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "resources_accessibility" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_resources_accessibility",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_resources_v_version_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"kind" "enum__resources_v_version_phones_kind" DEFAULT 'voice',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_resources_v_version_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_resources_v_version_opening_hours_ranges" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_resources_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__resources_v_version_opening_hours_day",
  	"mode" "enum__resources_v_version_opening_hours_mode" DEFAULT 'open',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_resources_v_version_hours_exceptions_ranges" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_resources_v_version_hours_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"mode" "enum__resources_v_version_hours_exceptions_mode" DEFAULT 'open',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_resources_v_version_hours_exceptions_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_resources_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__resources_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_resources_v_version_accessibility" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__resources_v_version_accessibility",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "organizations_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"kind" "enum_organizations_phones_kind" DEFAULT 'voice' NOT NULL
  );
  
  CREATE TABLE "organizations_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"email" varchar,
  	"website" varchar,
  	"legal_status" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organizations_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "resources" ADD COLUMN "organization_id" integer;
  ALTER TABLE "resources" ADD COLUMN "email" varchar;
  ALTER TABLE "resources" ADD COLUMN "website" varchar;
  ALTER TABLE "resources" ADD COLUMN "address_postal_code" varchar;
  ALTER TABLE "resources" ADD COLUMN "time_zone" varchar DEFAULT 'Asia/Karachi';
  ALTER TABLE "resources" ADD COLUMN "fees_kind" "enum_resources_fees_kind";
  ALTER TABLE "resources" ADD COLUMN "last_verified_at" timestamp(3) with time zone;
  ALTER TABLE "resources" ADD COLUMN "last_verified_by_id" integer;
  ALTER TABLE "resources_locales" ADD COLUMN "address_street" varchar;
  ALTER TABLE "resources_locales" ADD COLUMN "address_town" varchar;
  ALTER TABLE "resources_locales" ADD COLUMN "landmark" varchar;
  ALTER TABLE "resources_locales" ADD COLUMN "eligibility" varchar;
  ALTER TABLE "resources_locales" ADD COLUMN "fees_note" varchar;
  ALTER TABLE "resources_locales" ADD COLUMN "how_to_apply" varchar;
  ALTER TABLE "resources_locales" ADD COLUMN "documents_to_bring" varchar;
  ALTER TABLE "_resources_v" ADD COLUMN "version_organization_id" integer;
  ALTER TABLE "_resources_v" ADD COLUMN "version_email" varchar;
  ALTER TABLE "_resources_v" ADD COLUMN "version_website" varchar;
  ALTER TABLE "_resources_v" ADD COLUMN "version_address_postal_code" varchar;
  ALTER TABLE "_resources_v" ADD COLUMN "version_time_zone" varchar DEFAULT 'Asia/Karachi';
  ALTER TABLE "_resources_v" ADD COLUMN "version_fees_kind" "enum__resources_v_version_fees_kind";
  ALTER TABLE "_resources_v" ADD COLUMN "version_last_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_resources_v" ADD COLUMN "version_last_verified_by_id" integer;
  ALTER TABLE "_resources_v_locales" ADD COLUMN "version_address_street" varchar;
  ALTER TABLE "_resources_v_locales" ADD COLUMN "version_address_town" varchar;
  ALTER TABLE "_resources_v_locales" ADD COLUMN "version_landmark" varchar;
  ALTER TABLE "_resources_v_locales" ADD COLUMN "version_eligibility" varchar;
  ALTER TABLE "_resources_v_locales" ADD COLUMN "version_fees_note" varchar;
  ALTER TABLE "_resources_v_locales" ADD COLUMN "version_how_to_apply" varchar;
  ALTER TABLE "_resources_v_locales" ADD COLUMN "version_documents_to_bring" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "resources_phones" ADD CONSTRAINT "resources_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_phones_locales" ADD CONSTRAINT "resources_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_opening_hours_ranges" ADD CONSTRAINT "resources_opening_hours_ranges_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_opening_hours" ADD CONSTRAINT "resources_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_hours_exceptions_ranges" ADD CONSTRAINT "resources_hours_exceptions_ranges_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources_hours_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_hours_exceptions" ADD CONSTRAINT "resources_hours_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_hours_exceptions_locales" ADD CONSTRAINT "resources_hours_exceptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources_hours_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_languages" ADD CONSTRAINT "resources_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_accessibility" ADD CONSTRAINT "resources_accessibility_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_phones" ADD CONSTRAINT "_resources_v_version_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_phones_locales" ADD CONSTRAINT "_resources_v_version_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v_version_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_opening_hours_ranges" ADD CONSTRAINT "_resources_v_version_opening_hours_ranges_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v_version_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_opening_hours" ADD CONSTRAINT "_resources_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_hours_exceptions_ranges" ADD CONSTRAINT "_resources_v_version_hours_exceptions_ranges_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v_version_hours_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_hours_exceptions" ADD CONSTRAINT "_resources_v_version_hours_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_hours_exceptions_locales" ADD CONSTRAINT "_resources_v_version_hours_exceptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v_version_hours_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_languages" ADD CONSTRAINT "_resources_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_accessibility" ADD CONSTRAINT "_resources_v_version_accessibility_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_phones" ADD CONSTRAINT "organizations_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_phones_locales" ADD CONSTRAINT "organizations_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "resources_phones_order_idx" ON "resources_phones" USING btree ("_order");
  CREATE INDEX "resources_phones_parent_id_idx" ON "resources_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "resources_phones_locales_locale_parent_id_unique" ON "resources_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_opening_hours_ranges_order_idx" ON "resources_opening_hours_ranges" USING btree ("_order");
  CREATE INDEX "resources_opening_hours_ranges_parent_id_idx" ON "resources_opening_hours_ranges" USING btree ("_parent_id");
  CREATE INDEX "resources_opening_hours_order_idx" ON "resources_opening_hours" USING btree ("_order");
  CREATE INDEX "resources_opening_hours_parent_id_idx" ON "resources_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "resources_hours_exceptions_ranges_order_idx" ON "resources_hours_exceptions_ranges" USING btree ("_order");
  CREATE INDEX "resources_hours_exceptions_ranges_parent_id_idx" ON "resources_hours_exceptions_ranges" USING btree ("_parent_id");
  CREATE INDEX "resources_hours_exceptions_order_idx" ON "resources_hours_exceptions" USING btree ("_order");
  CREATE INDEX "resources_hours_exceptions_parent_id_idx" ON "resources_hours_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "resources_hours_exceptions_locales_locale_parent_id_unique" ON "resources_hours_exceptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_languages_order_idx" ON "resources_languages" USING btree ("order");
  CREATE INDEX "resources_languages_parent_idx" ON "resources_languages" USING btree ("parent_id");
  CREATE INDEX "resources_accessibility_order_idx" ON "resources_accessibility" USING btree ("order");
  CREATE INDEX "resources_accessibility_parent_idx" ON "resources_accessibility" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_phones_order_idx" ON "_resources_v_version_phones" USING btree ("_order");
  CREATE INDEX "_resources_v_version_phones_parent_id_idx" ON "_resources_v_version_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_resources_v_version_phones_locales_locale_parent_id_unique" ON "_resources_v_version_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_resources_v_version_opening_hours_ranges_order_idx" ON "_resources_v_version_opening_hours_ranges" USING btree ("_order");
  CREATE INDEX "_resources_v_version_opening_hours_ranges_parent_id_idx" ON "_resources_v_version_opening_hours_ranges" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_version_opening_hours_order_idx" ON "_resources_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_resources_v_version_opening_hours_parent_id_idx" ON "_resources_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_version_hours_exceptions_ranges_order_idx" ON "_resources_v_version_hours_exceptions_ranges" USING btree ("_order");
  CREATE INDEX "_resources_v_version_hours_exceptions_ranges_parent_id_idx" ON "_resources_v_version_hours_exceptions_ranges" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_version_hours_exceptions_order_idx" ON "_resources_v_version_hours_exceptions" USING btree ("_order");
  CREATE INDEX "_resources_v_version_hours_exceptions_parent_id_idx" ON "_resources_v_version_hours_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_resources_v_version_hours_exceptions_locales_locale_parent_" ON "_resources_v_version_hours_exceptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_resources_v_version_languages_order_idx" ON "_resources_v_version_languages" USING btree ("order");
  CREATE INDEX "_resources_v_version_languages_parent_idx" ON "_resources_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_accessibility_order_idx" ON "_resources_v_version_accessibility" USING btree ("order");
  CREATE INDEX "_resources_v_version_accessibility_parent_idx" ON "_resources_v_version_accessibility" USING btree ("parent_id");
  CREATE INDEX "organizations_phones_order_idx" ON "organizations_phones" USING btree ("_order");
  CREATE INDEX "organizations_phones_parent_id_idx" ON "organizations_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organizations_phones_locales_locale_parent_id_unique" ON "organizations_phones_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "resources" ADD CONSTRAINT "resources_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_last_verified_by_id_users_id_fk" FOREIGN KEY ("last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_last_verified_by_id_users_id_fk" FOREIGN KEY ("version_last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "resources_organization_idx" ON "resources" USING btree ("organization_id");
  CREATE INDEX "resources_last_verified_by_idx" ON "resources" USING btree ("last_verified_by_id");
  CREATE INDEX "_resources_v_version_version_organization_idx" ON "_resources_v" USING btree ("version_organization_id");
  CREATE INDEX "_resources_v_version_version_last_verified_by_idx" ON "_resources_v" USING btree ("version_last_verified_by_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "resources_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_phones_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_opening_hours_ranges" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_opening_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_hours_exceptions_ranges" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_hours_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_hours_exceptions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_accessibility" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_phones_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_opening_hours_ranges" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_opening_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_hours_exceptions_ranges" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_hours_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_hours_exceptions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_accessibility" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_phones_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "resources_phones" CASCADE;
  DROP TABLE "resources_phones_locales" CASCADE;
  DROP TABLE "resources_opening_hours_ranges" CASCADE;
  DROP TABLE "resources_opening_hours" CASCADE;
  DROP TABLE "resources_hours_exceptions_ranges" CASCADE;
  DROP TABLE "resources_hours_exceptions" CASCADE;
  DROP TABLE "resources_hours_exceptions_locales" CASCADE;
  DROP TABLE "resources_languages" CASCADE;
  DROP TABLE "resources_accessibility" CASCADE;
  DROP TABLE "_resources_v_version_phones" CASCADE;
  DROP TABLE "_resources_v_version_phones_locales" CASCADE;
  DROP TABLE "_resources_v_version_opening_hours_ranges" CASCADE;
  DROP TABLE "_resources_v_version_opening_hours" CASCADE;
  DROP TABLE "_resources_v_version_hours_exceptions_ranges" CASCADE;
  DROP TABLE "_resources_v_version_hours_exceptions" CASCADE;
  DROP TABLE "_resources_v_version_hours_exceptions_locales" CASCADE;
  DROP TABLE "_resources_v_version_languages" CASCADE;
  DROP TABLE "_resources_v_version_accessibility" CASCADE;
  DROP TABLE "organizations_phones" CASCADE;
  DROP TABLE "organizations_phones_locales" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  ALTER TABLE "resources" DROP CONSTRAINT IF EXISTS "resources_organization_id_organizations_id_fk";
  
  ALTER TABLE "resources" DROP CONSTRAINT IF EXISTS "resources_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "_resources_v" DROP CONSTRAINT IF EXISTS "_resources_v_version_organization_id_organizations_id_fk";
  
  ALTER TABLE "_resources_v" DROP CONSTRAINT IF EXISTS "_resources_v_version_last_verified_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_organizations_fk";
  
  DROP INDEX IF EXISTS "resources_organization_idx";
  DROP INDEX IF EXISTS "resources_last_verified_by_idx";
  DROP INDEX IF EXISTS "_resources_v_version_version_organization_idx";
  DROP INDEX IF EXISTS "_resources_v_version_version_last_verified_by_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_organizations_id_idx";
  ALTER TABLE "resources" DROP COLUMN "organization_id";
  ALTER TABLE "resources" DROP COLUMN "email";
  ALTER TABLE "resources" DROP COLUMN "website";
  ALTER TABLE "resources" DROP COLUMN "address_postal_code";
  ALTER TABLE "resources" DROP COLUMN "time_zone";
  ALTER TABLE "resources" DROP COLUMN "fees_kind";
  ALTER TABLE "resources" DROP COLUMN "last_verified_at";
  ALTER TABLE "resources" DROP COLUMN "last_verified_by_id";
  ALTER TABLE "resources_locales" DROP COLUMN "address_street";
  ALTER TABLE "resources_locales" DROP COLUMN "address_town";
  ALTER TABLE "resources_locales" DROP COLUMN "landmark";
  ALTER TABLE "resources_locales" DROP COLUMN "eligibility";
  ALTER TABLE "resources_locales" DROP COLUMN "fees_note";
  ALTER TABLE "resources_locales" DROP COLUMN "how_to_apply";
  ALTER TABLE "resources_locales" DROP COLUMN "documents_to_bring";
  ALTER TABLE "_resources_v" DROP COLUMN "version_organization_id";
  ALTER TABLE "_resources_v" DROP COLUMN "version_email";
  ALTER TABLE "_resources_v" DROP COLUMN "version_website";
  ALTER TABLE "_resources_v" DROP COLUMN "version_address_postal_code";
  ALTER TABLE "_resources_v" DROP COLUMN "version_time_zone";
  ALTER TABLE "_resources_v" DROP COLUMN "version_fees_kind";
  ALTER TABLE "_resources_v" DROP COLUMN "version_last_verified_at";
  ALTER TABLE "_resources_v" DROP COLUMN "version_last_verified_by_id";
  ALTER TABLE "_resources_v_locales" DROP COLUMN "version_address_street";
  ALTER TABLE "_resources_v_locales" DROP COLUMN "version_address_town";
  ALTER TABLE "_resources_v_locales" DROP COLUMN "version_landmark";
  ALTER TABLE "_resources_v_locales" DROP COLUMN "version_eligibility";
  ALTER TABLE "_resources_v_locales" DROP COLUMN "version_fees_note";
  ALTER TABLE "_resources_v_locales" DROP COLUMN "version_how_to_apply";
  ALTER TABLE "_resources_v_locales" DROP COLUMN "version_documents_to_bring";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organizations_id";
  DROP TYPE "public"."enum_resources_phones_kind";
  DROP TYPE "public"."enum_resources_opening_hours_day";
  DROP TYPE "public"."enum_resources_opening_hours_mode";
  DROP TYPE "public"."enum_resources_hours_exceptions_mode";
  DROP TYPE "public"."enum_resources_languages";
  DROP TYPE "public"."enum_resources_accessibility";
  DROP TYPE "public"."enum_resources_fees_kind";
  DROP TYPE "public"."enum__resources_v_version_phones_kind";
  DROP TYPE "public"."enum__resources_v_version_opening_hours_day";
  DROP TYPE "public"."enum__resources_v_version_opening_hours_mode";
  DROP TYPE "public"."enum__resources_v_version_hours_exceptions_mode";
  DROP TYPE "public"."enum__resources_v_version_languages";
  DROP TYPE "public"."enum__resources_v_version_accessibility";
  DROP TYPE "public"."enum__resources_v_version_fees_kind";
  DROP TYPE "public"."enum_organizations_phones_kind";`)
}
