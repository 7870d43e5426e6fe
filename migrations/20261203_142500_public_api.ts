import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * The public API's keyset pages (plugins/api-access): each list walks an index on
 * (sort value, id) of the published rows, so a page deep in the list costs what the first
 * costs. Partial on `_status = 'published'`, the only rows it reads. A filtered list of
 * one category, district or status walks the index that leads with that column; a tag
 * filter probes the tags of each row through (tags_id, parent_id).
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "resources_public_created_idx" ON "resources" USING btree ("created_at", "id") WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "resources_public_updated_idx" ON "resources" USING btree ("updated_at", "id") WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "resources_public_category_created_idx" ON "resources" USING btree ("category_id", "created_at", "id") WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "resources_public_district_created_idx" ON "resources" USING btree ("district_id", "created_at", "id") WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "resources_public_status_created_idx" ON "resources" USING btree ("status", "created_at", "id") WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "resources_rels_tags_parent_idx" ON "resources_rels" USING btree ("tags_id", "parent_id") WHERE "path" = 'tags';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "resources_public_created_idx";
  DROP INDEX IF EXISTS "resources_public_updated_idx";
  DROP INDEX IF EXISTS "resources_public_category_created_idx";
  DROP INDEX IF EXISTS "resources_public_district_created_idx";
  DROP INDEX IF EXISTS "resources_public_status_created_idx";
  DROP INDEX IF EXISTS "resources_rels_tags_parent_idx";`)
}
