import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_settings_two_factor_required_roles" AS ENUM('admin', 'editor', 'moderator', 'member');
  CREATE TABLE "settings_two_factor_required_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_settings_two_factor_required_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "verification_expires_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "_verified" boolean;
  ALTER TABLE "users" ADD COLUMN "_verificationtoken" varchar;
  ALTER TABLE "settings_two_factor_required_roles" ADD CONSTRAINT "settings_two_factor_required_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "settings_two_factor_required_roles_order_idx" ON "settings_two_factor_required_roles" USING btree ("order");
  CREATE INDEX "settings_two_factor_required_roles_parent_idx" ON "settings_two_factor_required_roles" USING btree ("parent_id");`)

  // Accounts from before email verification count as verified: Payload's JWT strategy treats an
  // empty _verified as unverified and would end their sessions (auth/strategies/jwt.js).
  await db.execute(sql`UPDATE "users" SET "_verified" = true;`)

  // Hand-written from here: tables Payload does not know, reached only through their own code.
  // Two-factor data (collections/users/twoFactor/store.ts): one conditional statement per change,
  // so a login writing the user row back cannot undo a used recovery code or an enrolment.
  await db.execute(sql`
  CREATE TABLE "two_factor_credentials" (
  	"user_id" integer PRIMARY KEY NOT NULL REFERENCES "public"."users"("id") ON DELETE cascade,
  	"secret" text,
  	"enabled_at" timestamp(3) with time zone,
  	"last_step" bigint,
  	"pending_secret" text,
  	"pending_at" timestamp(3) with time zone
  );
  CREATE TABLE "two_factor_recovery_codes" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL REFERENCES "public"."users"("id") ON DELETE cascade,
  	"code_hash" varchar NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE UNIQUE INDEX "two_factor_recovery_codes_user_code_idx" ON "two_factor_recovery_codes" USING btree ("user_id", "code_hash");
  CREATE TABLE "two_factor_challenges" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"token_hash" varchar NOT NULL UNIQUE,
  	-- No foreign key: a GraphQL sign-in writes its challenge outside the login's transaction,
  	-- which holds the user's row; a key check would wait on it. Rows expire and are swept.
  	"user_id" integer NOT NULL,
  	"step" varchar NOT NULL CHECK ("step" IN ('verify', 'enrol')),
  	"address" varchar NOT NULL,
  	"user_agent_hash" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX "two_factor_challenges_expires_idx" ON "two_factor_challenges" USING btree ("expires_at");
  CREATE INDEX "two_factor_challenges_user_idx" ON "two_factor_challenges" USING btree ("user_id");
  CREATE TABLE "two_factor_sessions" (
  	"user_id" integer NOT NULL REFERENCES "public"."users"("id") ON DELETE cascade,
  	"sid" varchar NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	PRIMARY KEY ("user_id", "sid")
  );`)

  // What Payload does not keep of a session (collections/users/sessions): where and with what
  // browser it started, when it was last used, and a tombstone once ended, so a session a
  // concurrent login wrote back into users_sessions (Payload #18132) is removed again on use.
  // No foreign key to users_sessions, whose rows Payload deletes and reinserts on every update.
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

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "session_details";
   DROP TABLE "two_factor_sessions";
   DROP TABLE "two_factor_challenges";
   DROP TABLE "two_factor_recovery_codes";
   DROP TABLE "two_factor_credentials";`)
  await db.execute(sql`
   DROP TABLE "settings_two_factor_required_roles" CASCADE;
  ALTER TABLE "users" DROP COLUMN "verification_expires_at";
  ALTER TABLE "users" DROP COLUMN "_verified";
  ALTER TABLE "users" DROP COLUMN "_verificationtoken";
  DROP TYPE "public"."enum_settings_two_factor_required_roles";`)
}
