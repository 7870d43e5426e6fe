import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_files_visibility" AS ENUM('public', 'private');
  ALTER TABLE "files" ADD COLUMN "visibility" "enum_files_visibility" DEFAULT 'public';
  ALTER TABLE "files" ADD COLUMN "owner_id" integer;
  ALTER TABLE "files" ADD COLUMN "withheld" boolean DEFAULT false;
  ALTER TABLE "files" ADD CONSTRAINT "files_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "files" DROP CONSTRAINT IF EXISTS "files_owner_id_users_id_fk";
  
  DROP INDEX IF EXISTS "files_owner_idx";
  ALTER TABLE "files" DROP COLUMN "visibility";
  ALTER TABLE "files" DROP COLUMN "owner_id";
  ALTER TABLE "files" DROP COLUMN "withheld";
  DROP TYPE "public"."enum_files_visibility";`)
}
