import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * What Payload does not keep of a session (collections/users/sessions): where and with what
 * browser it started, when it was last used, and, once ended, a tombstone, so a session that a
 * concurrent login wrote back into users_sessions (Payload #18132: the array is rewritten whole)
 * is removed again on its next use. Keyed by Payload's session id (the JWT's `sid`); no foreign
 * key to users_sessions, whose rows Payload deletes and reinserts on every update of a user.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "session_details" (
  	"sid" varchar(64) PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"last_used_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"ip" varchar(64),
  	"user_agent" varchar(512),
  	"bound_address" varchar(64),
  	"bound_agent" varchar(512),
  	"ended_at" timestamp(3) with time zone
  );
  ALTER TABLE "session_details" ADD CONSTRAINT "session_details_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "session_details_user_idx" ON "session_details" USING btree ("user_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "session_details" CASCADE;`)
}
