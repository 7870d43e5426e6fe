import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "districts_towns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"centre" jsonb NOT NULL
  );
  
  CREATE TABLE "districts_towns_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  ALTER TABLE "districts_towns" ADD CONSTRAINT "districts_towns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts_towns_locales" ADD CONSTRAINT "districts_towns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts_towns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "districts_towns_order_idx" ON "districts_towns" USING btree ("_order");
  CREATE INDEX "districts_towns_parent_id_idx" ON "districts_towns" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "districts_towns_locales_locale_parent_id_unique" ON "districts_towns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_last_verified_at_idx" ON "resources" USING btree ("last_verified_at");
  CREATE INDEX "_resources_v_version_version_last_verified_at_idx" ON "_resources_v" USING btree ("version_last_verified_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "districts_towns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "districts_towns_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "districts_towns" CASCADE;
  DROP TABLE "districts_towns_locales" CASCADE;
  DROP INDEX IF EXISTS "resources_last_verified_at_idx";
  DROP INDEX IF EXISTS "_resources_v_version_version_last_verified_at_idx";`)
}
