import type { Payload } from 'payload'

import { config } from '../../../utilities/config'

export const usesPostgis = () => config().GEO_BACKEND === 'postgis'

/** Serialises set-up across CMS instances starting at once (`create extension` races otherwise). */
const LOCK_KEY = 4_617_001

/** The adapter's pool (its own copy of the `pg` types). */
type Pool = Payload['db']['pool']

const ready = new WeakMap<Payload, Promise<void>>()

/**
 * With GEO_BACKEND=postgis: the postgis extension and a `geom` column on
 * resources, kept in step with the GeoJSON `location` by a trigger, with GiST
 * indexes on it as geometry (viewports, within, intersects) and as geography
 * (`near`, in metres). Not a migration: migrations must also run on the
 * embedded PostgreSQL, which has no PostGIS. Idempotent; runs once per
 * process (at start, and again on first use if the tables did not exist yet).
 */
export const ensurePostgis = (payload: Payload) => {
  let done = ready.get(payload)
  if (!done) {
    done = setUp(payload.db.pool).then((complete) => {
      if (!complete) ready.delete(payload)
    })
    ready.set(payload, done)
    done.catch(() => ready.delete(payload))
  }
  return done
}

// The trigger flattens to 2D: GPX and KML carry elevations, and a 3D geometry does not fit a
// `geometry(Geometry, 4326)` column (PostgreSQL would refuse the editor's save).
const SCHEMA = `
  alter table resources add column if not exists geom geometry(Geometry, 4326);
  create or replace function hujra_resource_geom() returns trigger language plpgsql as $$
  begin
    new.geom := case when new.location is null then null
                     else ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(new.location::text), 4326)) end;
    return new;
  end $$;
  create or replace trigger hujra_resource_geom before insert or update of location on resources
    for each row execute function hujra_resource_geom();
`

/** Geometry for viewports, within and intersects; geography for `near`, in metres. */
const INDEXES = `
  create index if not exists resources_geom_gist on resources using gist (geom);
  create index if not exists resources_geog_gist on resources using gist ((geom::geography));
`

/** Rows written before the trigger existed (the first start on PostGIS). */
const BACKFILL = `
  update resources set geom = ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(location::text), 4326))
    where location is not null and geom is null`

/** Resolves false when the resources table does not exist yet (before the first migration). */
const setUp = async (pool: Pool): Promise<boolean> => {
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query('select pg_advisory_xact_lock($1)', [LOCK_KEY])
    await createExtension(client)
    const { rows } = await client.query(`select to_regclass('resources') is not null as exists`)
    if (rows[0]?.exists) {
      await client.query(SCHEMA)
      const backfilled = (await client.query(BACKFILL)).rowCount ?? 0
      await client.query(INDEXES)
      // Fresh statistics for `geom` at once, or the planner guesses at viewport and near queries
      // until autovacuum gets round to it.
      if (backfilled > 0) await client.query('analyze resources')
    }
    await client.query('commit')
    return Boolean(rows[0]?.exists)
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

const createExtension = async (client: { query: (text: string) => Promise<unknown> }) => {
  try {
    await client.query('create extension if not exists postgis')
  } catch (error) {
    throw new Error(
      `GEO_BACKEND=postgis, but PostgreSQL cannot create the postgis extension (${(error as Error).message}). ` +
        'Install PostGIS on the database server (Debian: postgresql-15-postgis-3) and create the extension ' +
        'as a superuser if this role may not (`create extension postgis`), or unset GEO_BACKEND.',
      { cause: error },
    )
  }
}
