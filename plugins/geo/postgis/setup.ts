import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export const usesPostgis = () => process.env.GEO_BACKEND === 'postgis'

const ready = new WeakMap<Payload, Promise<void>>()

/**
 * With GEO_BACKEND=postgis: a `geom` column on resources, kept in step with
 * the GeoJSON `location` by a trigger, with a GiST index. Not a migration:
 * migrations must also run on the embedded PostgreSQL, which has no PostGIS.
 * Idempotent; runs once per process, on first use.
 */
export const ensurePostgis = (payload: Payload) => {
  let done = ready.get(payload)
  if (!done) {
    done = setUp(payload)
    ready.set(payload, done)
    done.catch(() => ready.delete(payload))
  }
  return done
}

const setUp = async (payload: Payload) => {
  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  try {
    await db.execute(sql`create extension if not exists postgis`)
  } catch (error) {
    throw new Error(
      `GEO_BACKEND=postgis, but PostgreSQL cannot create the postgis extension (${(error as Error).message}). Install PostGIS (Debian: postgresql-15-postgis-3) or unset GEO_BACKEND.`,
      { cause: error },
    )
  }
  // Before the first migration (a fresh database) there is nothing to add a column to yet:
  // setting up is retried on first use instead.
  const { rows } = await db.execute(
    sql`select count(*)::int as n from pg_tables where schemaname = current_schema() and tablename = 'resources'`,
  )
  if (Number(rows[0]?.n) === 0) {
    ready.delete(payload)
    return
  }
  await db.execute(
    sql.raw(`
    alter table resources add column if not exists geom geometry(Geometry, 4326);
    create or replace function hujra_resource_geom() returns trigger language plpgsql as $$
    begin
      new.geom := case when new.location is null then null
                       else ST_SetSRID(ST_GeomFromGeoJSON(new.location::text), 4326) end;
      return new;
    end $$;
    drop trigger if exists hujra_resource_geom on resources;
    create trigger hujra_resource_geom before insert or update of location on resources
      for each row execute function hujra_resource_geom();
    update resources set geom = ST_SetSRID(ST_GeomFromGeoJSON(location::text), 4326)
      where location is not null and geom is null;
    create index if not exists resources_geom_gist on resources using gist (geom);
  `),
  )
}
