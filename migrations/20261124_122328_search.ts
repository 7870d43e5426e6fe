import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_index_doc_collection" AS ENUM('resources', 'posts');
  CREATE TYPE "public"."enum_search_index_locale" AS ENUM('en', 'ur', 'ps');
  CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_collection" "enum_search_index_doc_collection" NOT NULL,
  	"doc_id" numeric NOT NULL,
  	"locale" "enum_search_index_locale" NOT NULL,
  	"slug" varchar,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"category" numeric,
  	"district" numeric,
  	"tags" jsonb,
  	"status" varchar,
  	"published_at" timestamp(3) with time zone,
  	"doc_updated_at" timestamp(3) with time zone,
  	"norm_title" varchar,
  	"norm_summary" varchar,
  	"norm_body" varchar,
  	"norm_terms" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_synonyms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_synonyms_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_index_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_synonyms_id" integer;
  ALTER TABLE "search_synonyms_texts" ADD CONSTRAINT "search_synonyms_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_index_doc_collection_idx" ON "search_index" USING btree ("doc_collection");
  CREATE INDEX "search_index_doc_id_idx" ON "search_index" USING btree ("doc_id");
  CREATE INDEX "search_index_category_idx" ON "search_index" USING btree ("category");
  CREATE INDEX "search_index_district_idx" ON "search_index" USING btree ("district");
  CREATE INDEX "search_index_status_idx" ON "search_index" USING btree ("status");
  CREATE INDEX "search_index_published_at_idx" ON "search_index" USING btree ("published_at");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE UNIQUE INDEX "docCollection_docId_locale_idx" ON "search_index" USING btree ("doc_collection","doc_id","locale");
  CREATE INDEX "search_synonyms_updated_at_idx" ON "search_synonyms" USING btree ("updated_at");
  CREATE INDEX "search_synonyms_created_at_idx" ON "search_synonyms" USING btree ("created_at");
  CREATE INDEX "search_synonyms_texts_order_parent" ON "search_synonyms_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_synonyms_fk" FOREIGN KEY ("search_synonyms_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_locked_documents_rels_search_synonyms_id_idx" ON "payload_locked_documents_rels" USING btree ("search_synonyms_id");`)

  // Hand-written: full-text column, its GIN index, and the vocabulary that
  // typo tolerance searches by trigram similarity. Drizzle's snapshot does not
  // know these objects, and schema push is off, so nothing drops them.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE OR REPLACE FUNCTION hujra_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
  CREATE OR REPLACE FUNCTION hujra_search_config(anyenum) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN $1::text = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END $$;
  ALTER TABLE "search_index" ADD COLUMN "fts" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(hujra_search_config("locale"), hujra_unaccent(coalesce("norm_title", ''))), 'A') ||
    setweight(to_tsvector(hujra_search_config("locale"), hujra_unaccent(coalesce("norm_summary", ''))), 'B') ||
    setweight(to_tsvector(hujra_search_config("locale"), hujra_unaccent(coalesce("norm_body", ''))), 'C') ||
    setweight(to_tsvector(hujra_search_config("locale"), hujra_unaccent(coalesce("norm_terms", ''))), 'D')
  ) STORED;
  CREATE INDEX "search_index_fts_idx" ON "search_index" USING gin ("fts");
  CREATE INDEX "search_index_tags_idx" ON "search_index" USING gin ("tags" jsonb_path_ops);
  CREATE INDEX "search_index_browse_idx" ON "search_index" ("locale", "doc_updated_at" DESC, "id");
  CREATE TABLE "search_terms" ("term" text PRIMARY KEY);
  CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "search_terms";
  ALTER TABLE "search_index" DROP COLUMN IF EXISTS "fts";
  DROP FUNCTION IF EXISTS hujra_search_config(anyenum);
  DROP FUNCTION IF EXISTS hujra_unaccent(text);
   ALTER TABLE "search_index" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_synonyms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_synonyms_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "search_synonyms" CASCADE;
  DROP TABLE "search_synonyms_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_search_index_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_search_synonyms_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_search_index_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_search_synonyms_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_index_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_synonyms_id";
  DROP TYPE "public"."enum_search_index_doc_collection";
  DROP TYPE "public"."enum_search_index_locale";`)
}
