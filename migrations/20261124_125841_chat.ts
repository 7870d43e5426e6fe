import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_chat_rooms_visibility" AS ENUM('public', 'members-only', 'secret');
  CREATE TYPE "public"."enum_chat_members_role" AS ENUM('owner', 'moderator', 'member');
  CREATE TYPE "public"."enum_reports_type" AS ENUM('spam', 'abuse', 'harassment', 'other');
  CREATE TYPE "public"."enum_reports_target_kind" AS ENUM('message', 'user');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('open', 'in-progress', 'resolved', 'dismissed');
  CREATE TABLE "chat_rooms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"visibility" "enum_chat_rooms_visibility" DEFAULT 'public' NOT NULL,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "chat_members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"room_id" integer NOT NULL,
  	"user_id" integer NOT NULL,
  	"role" "enum_chat_members_role" DEFAULT 'member' NOT NULL,
  	"muted_until" timestamp(3) with time zone,
  	"joined_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "chat_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"room_id" integer NOT NULL,
  	"author_id" integer,
  	"text" varchar NOT NULL,
  	"reply_to_id" integer,
  	"pinned" boolean DEFAULT false,
  	"edited" boolean DEFAULT false,
  	"deleted_by_moderator" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "chat_invites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"room_id" integer NOT NULL,
  	"created_by_id" integer,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"one_time" boolean DEFAULT false,
  	"used_at" timestamp(3) with time zone,
  	"used_by_id" integer,
  	"revoked" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_reports_type" NOT NULL,
  	"reporter_id" integer,
  	"room_id" integer,
  	"target_kind" "enum_reports_target_kind" NOT NULL,
  	"target_id" varchar NOT NULL,
  	"reason" varchar,
  	"status" "enum_reports_status" DEFAULT 'open' NOT NULL,
  	"handled_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "chat_rooms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "chat_members_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "chat_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "chat_invites_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "chat_rooms" ADD CONSTRAINT "chat_rooms_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_members" ADD CONSTRAINT "chat_members_room_id_chat_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."chat_rooms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_members" ADD CONSTRAINT "chat_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_room_id_chat_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."chat_rooms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_reply_to_id_chat_messages_id_fk" FOREIGN KEY ("reply_to_id") REFERENCES "public"."chat_messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_invites" ADD CONSTRAINT "chat_invites_room_id_chat_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."chat_rooms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_invites" ADD CONSTRAINT "chat_invites_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chat_invites" ADD CONSTRAINT "chat_invites_used_by_id_users_id_fk" FOREIGN KEY ("used_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_room_id_chat_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."chat_rooms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "chat_rooms_slug_idx" ON "chat_rooms" USING btree ("slug");
  CREATE INDEX "chat_rooms_visibility_idx" ON "chat_rooms" USING btree ("visibility");
  CREATE INDEX "chat_rooms_created_by_idx" ON "chat_rooms" USING btree ("created_by_id");
  CREATE INDEX "chat_rooms_updated_at_idx" ON "chat_rooms" USING btree ("updated_at");
  CREATE INDEX "chat_rooms_created_at_idx" ON "chat_rooms" USING btree ("created_at");
  CREATE INDEX "chat_members_room_idx" ON "chat_members" USING btree ("room_id");
  CREATE INDEX "chat_members_user_idx" ON "chat_members" USING btree ("user_id");
  CREATE INDEX "chat_members_updated_at_idx" ON "chat_members" USING btree ("updated_at");
  CREATE INDEX "chat_members_created_at_idx" ON "chat_members" USING btree ("created_at");
  CREATE UNIQUE INDEX "room_user_idx" ON "chat_members" USING btree ("room_id","user_id");
  CREATE INDEX "chat_messages_room_idx" ON "chat_messages" USING btree ("room_id");
  CREATE INDEX "chat_messages_author_idx" ON "chat_messages" USING btree ("author_id");
  CREATE INDEX "chat_messages_reply_to_idx" ON "chat_messages" USING btree ("reply_to_id");
  CREATE INDEX "chat_messages_updated_at_idx" ON "chat_messages" USING btree ("updated_at");
  CREATE INDEX "chat_messages_created_at_idx" ON "chat_messages" USING btree ("created_at");
  CREATE INDEX "room_createdAt_idx" ON "chat_messages" USING btree ("room_id","created_at");
  CREATE INDEX "chat_invites_room_idx" ON "chat_invites" USING btree ("room_id");
  CREATE INDEX "chat_invites_created_by_idx" ON "chat_invites" USING btree ("created_by_id");
  CREATE INDEX "chat_invites_used_by_idx" ON "chat_invites" USING btree ("used_by_id");
  CREATE INDEX "chat_invites_updated_at_idx" ON "chat_invites" USING btree ("updated_at");
  CREATE INDEX "chat_invites_created_at_idx" ON "chat_invites" USING btree ("created_at");
  CREATE INDEX "reports_reporter_idx" ON "reports" USING btree ("reporter_id");
  CREATE INDEX "reports_room_idx" ON "reports" USING btree ("room_id");
  CREATE INDEX "reports_handled_by_idx" ON "reports" USING btree ("handled_by_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chat_rooms_fk" FOREIGN KEY ("chat_rooms_id") REFERENCES "public"."chat_rooms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chat_members_fk" FOREIGN KEY ("chat_members_id") REFERENCES "public"."chat_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chat_messages_fk" FOREIGN KEY ("chat_messages_id") REFERENCES "public"."chat_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chat_invites_fk" FOREIGN KEY ("chat_invites_id") REFERENCES "public"."chat_invites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_chat_rooms_id_idx" ON "payload_locked_documents_rels" USING btree ("chat_rooms_id");
  CREATE INDEX "payload_locked_documents_rels_chat_members_id_idx" ON "payload_locked_documents_rels" USING btree ("chat_members_id");
  CREATE INDEX "payload_locked_documents_rels_chat_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("chat_messages_id");
  CREATE INDEX "payload_locked_documents_rels_chat_invites_id_idx" ON "payload_locked_documents_rels" USING btree ("chat_invites_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "chat_rooms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "chat_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "chat_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "chat_invites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "chat_rooms" CASCADE;
  DROP TABLE "chat_members" CASCADE;
  DROP TABLE "chat_messages" CASCADE;
  DROP TABLE "chat_invites" CASCADE;
  DROP TABLE "reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_chat_rooms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_chat_members_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_chat_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_chat_invites_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_reports_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_chat_rooms_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_chat_members_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_chat_messages_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_chat_invites_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "chat_rooms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "chat_members_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "chat_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "chat_invites_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  DROP TYPE "public"."enum_chat_rooms_visibility";
  DROP TYPE "public"."enum_chat_members_role";
  DROP TYPE "public"."enum_reports_type";
  DROP TYPE "public"."enum_reports_target_kind";
  DROP TYPE "public"."enum_reports_status";`)
}
