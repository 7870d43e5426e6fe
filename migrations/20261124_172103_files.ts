import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "files" ADD COLUMN "sha256" varchar;
  ALTER TABLE "files" ADD COLUMN "original_name" varchar;
  CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "files_sha256_idx";
  ALTER TABLE "files" DROP COLUMN "sha256";
  ALTER TABLE "files" DROP COLUMN "original_name";`)
}
