import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Hand-edited: a correction belongs to its resource (the column is NOT NULL),
 * so deleting the resource deletes its corrections; the generated "set null"
 * would make the delete fail. The snapshot keeps Payload's default so later
 * generated migrations do not try to change it back.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_categories_attribute_schema_type" AS ENUM('text', 'number', 'boolean', 'list');
  CREATE TYPE "public"."enum_corrections_topic" AS ENUM('phone', 'address', 'hours', 'closed', 'eligibility', 'fees', 'other');
  CREATE TYPE "public"."enum_corrections_locale" AS ENUM('en', 'ur', 'ps');
  CREATE TYPE "public"."enum_corrections_status" AS ENUM('open', 'in-progress', 'resolved', 'dismissed');
  CREATE TABLE "categories_attribute_schema" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_categories_attribute_schema_type" DEFAULT 'text' NOT NULL
  );
  
  CREATE TABLE "categories_attribute_schema_locales" (
  	"label" varchar NOT NULL,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"resource_id" integer NOT NULL,
  	"topic" "enum_corrections_topic" NOT NULL,
  	"summary" varchar,
  	"message" varchar NOT NULL,
  	"contact" varchar,
  	"locale" "enum_corrections_locale",
  	"status" "enum_corrections_status" DEFAULT 'open' NOT NULL,
  	"resolution" varchar,
  	"handled_by_id" integer,
  	"handled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "search_index" ADD COLUMN "translated" boolean DEFAULT true;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "corrections_id" integer;
  ALTER TABLE "categories_attribute_schema" ADD CONSTRAINT "categories_attribute_schema_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_attribute_schema_locales" ADD CONSTRAINT "categories_attribute_schema_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories_attribute_schema"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "categories_attribute_schema_order_idx" ON "categories_attribute_schema" USING btree ("_order");
  CREATE INDEX "categories_attribute_schema_parent_id_idx" ON "categories_attribute_schema" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "categories_attribute_schema_locales_locale_parent_id_unique" ON "categories_attribute_schema_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "corrections_resource_idx" ON "corrections" USING btree ("resource_id");
  CREATE INDEX "corrections_status_idx" ON "corrections" USING btree ("status");
  CREATE INDEX "corrections_handled_by_idx" ON "corrections" USING btree ("handled_by_id");
  CREATE INDEX "corrections_updated_at_idx" ON "corrections" USING btree ("updated_at");
  CREATE INDEX "corrections_created_at_idx" ON "corrections" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_corrections_fk" FOREIGN KEY ("corrections_id") REFERENCES "public"."corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("corrections_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "categories_attribute_schema" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories_attribute_schema_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "corrections" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "categories_attribute_schema" CASCADE;
  DROP TABLE "categories_attribute_schema_locales" CASCADE;
  DROP TABLE "corrections" CASCADE;
  -- The CASCADE above has taken this foreign key already.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_corrections_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_corrections_id_idx";
  ALTER TABLE "search_index" DROP COLUMN "translated";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "corrections_id";
  DROP TYPE "public"."enum_categories_attribute_schema_type";
  DROP TYPE "public"."enum_corrections_topic";
  DROP TYPE "public"."enum_corrections_locale";
  DROP TYPE "public"."enum_corrections_status";`)
}
