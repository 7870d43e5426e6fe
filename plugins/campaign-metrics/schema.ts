/**
 * The campaign metrics tables: plain SQL, not Payload collections, and not
 * declared for drizzle (every query is raw SQL through the kernel's `ctx.db`
 * or the pool). Counters are written by concurrent readers with
 * `INSERT … ON CONFLICT DO UPDATE`, which a collection cannot express, and
 * must never touch the campaign document (versions, hooks, row contention).
 *
 * `campaign_id` references `campaigns(id)` ON DELETE CASCADE: a deleted
 * campaign takes its figures with it.
 *
 * The migration that creates them holds a copy of these statements; this is
 * the one place to read, and to paste from when the migrations are redone.
 */

/**
 * `visitor_salts`: one random 16-byte salt per UTC day; today's and
 * yesterday's are kept, older ones deleted (lazily, and by the daily task).
 * `campaign_visitors`: who was already counted today, as a salted hash only;
 * deleted with the salts, since once the salt is gone the hash is noise.
 * `campaign_reactions_users`: a signed-in reader's reaction, one ever per
 * campaign (withdrawing deletes the row).
 * `campaign_metrics_daily`: what stays — counts per campaign and UTC day.
 */
export const CAMPAIGN_METRICS_UP_SQL = `
CREATE TABLE "visitor_salts" (
  "day" date PRIMARY KEY NOT NULL,
  "salt" bytea NOT NULL CHECK (octet_length("salt") = 16),
  "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
CREATE TABLE "campaign_visitors" (
  "campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
  "day" date NOT NULL,
  "kind" varchar NOT NULL CHECK ("kind" IN ('view', 'reaction')),
  "visitor" bytea NOT NULL CHECK (octet_length("visitor") = 16),
  PRIMARY KEY ("campaign_id", "day", "kind", "visitor")
);
CREATE INDEX "campaign_visitors_day_idx" ON "campaign_visitors" USING btree ("day");
CREATE TABLE "campaign_reactions_users" (
  "campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
  "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  PRIMARY KEY ("campaign_id", "user_id")
);
CREATE TABLE "campaign_metrics_daily" (
  "campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
  "day" date NOT NULL,
  "views" integer DEFAULT 0 NOT NULL CHECK ("views" >= 0),
  "reactions" integer DEFAULT 0 NOT NULL CHECK ("reactions" >= 0),
  "submissions" integer DEFAULT 0 NOT NULL CHECK ("submissions" >= 0),
  PRIMARY KEY ("campaign_id", "day")
);
`

export const CAMPAIGN_METRICS_DOWN_SQL = `
DROP TABLE "campaign_metrics_daily";
DROP TABLE "campaign_reactions_users";
DROP TABLE "campaign_visitors";
DROP TABLE "visitor_salts";
`
