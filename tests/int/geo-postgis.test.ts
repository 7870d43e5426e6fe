import path from 'node:path'

import type { Payload } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '../../payload.config'
import { exportParamsSchema } from '../../plugins/geo/params'
import { matchingResources } from '../../plugins/geo/points'
import { ensurePostgis } from '../../plugins/geo/postgis/setup'
import { applyMigrations } from '../../scripts/lib/migrate'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { sql } from '@payloadcms/db-postgres'

/**
 * The PostGIS backend against the machine's PostgreSQL (127.0.0.1:5432, with
 * Debian's postgresql-15-postgis-3), in a database of its own: the suite's
 * database may be the embedded server, which has no PostGIS.
 */
const SERVER = process.env.POSTGIS_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

const available = async () => {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    const { rows } = await client.query(`select 1 from pg_available_extensions where name = 'postgis'`)
    return rows.length > 0
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

const hasPostgis = await available()
const name = `hujra_postgis_${unique()}`
let payload: Payload
let previousBackend: string | undefined

const call = async (pathname: string) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const url = new URL(`http://localhost:3000/api${pathname}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await REST_GET(Promise.resolve(payload.config) as never)(new Request(url), {
    params: Promise.resolve({ slug }),
  })
  return { status: response.status, body: await response.json() }
}

describe.skipIf(!hasPostgis)('geo on PostGIS (GEO_BACKEND=postgis)', () => {
  let near: { id: number }
  let far: { id: number }
  let line: { id: number }
  let district: { id: number }

  beforeAll(async () => {
    previousBackend = process.env.GEO_BACKEND
    process.env.GEO_BACKEND = 'postgis'
    const admin = new pg.Client({ connectionString: SERVER })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(SERVER)
    url.pathname = `/${name}`
    const base = await config
    payload = await getPayload({
      key: 'postgis',
      config: {
        ...base,
        // The same config on another database; the adapter's result types are looser than the config's.
        db: postgresAdapter({
          pool: { connectionString: url.toString(), max: 4 },
          push: false,
          migrationDir: path.resolve(import.meta.dirname, '../../migrations'),
        }) as never,
      },
    })
    await applyMigrations(payload)
    // As `npm start` does: migrations first (in the bootstrap), then the CMS sets up PostGIS.
    await ensurePostgis(payload)
    const taxonomy = await createTaxonomy(payload)
    const publish = (title: string, location: object) =>
      payload.create({
        collection: 'resources',
        data: { ...resourceData(taxonomy, { title, location }), _status: 'published' },
        overrideAccess: true,
      })
    near = await publish('Near clinic', { type: 'Point', coordinates: [71.5005, 34.0] })
    far = await publish('Far clinic', { type: 'Point', coordinates: [71.6, 34.0] })
    line = await publish('Canal path', {
      type: 'LineString',
      coordinates: [
        [71.45, 34.05],
        [71.55, 34.05],
      ],
    })
    district = await payload.create({
      collection: 'districts',
      data: {
        name: `Square ${unique()}`,
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [71.45, 33.95],
              [71.52, 33.95],
              [71.52, 34.1],
              [71.45, 34.1],
              [71.45, 33.95],
            ],
          ],
        },
      },
      overrideAccess: true,
    })
  }, 120_000)

  afterAll(async () => {
    if (previousBackend === undefined) delete process.env.GEO_BACKEND
    else process.env.GEO_BACKEND = previousBackend
    await payload?.destroy()
    const admin = new pg.Client({ connectionString: SERVER })
    await admin.connect()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  })

  it('keeps a geometry column with a GiST index in step with the GeoJSON location', async () => {
    const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: any[] }> } })
      .drizzle
    const index = await db.execute(
      sql`select indexdef from pg_indexes where tablename = 'resources' and indexname = 'resources_geom_gist'`,
    )
    expect(index.rows[0]?.indexdef).toContain('USING gist (geom)')
    await payload.update({
      collection: 'resources',
      id: far.id,
      data: { location: { type: 'Point', coordinates: [71.7, 34.2] } },
      overrideAccess: true,
    })
    const { rows } = await db.execute(sql`select ST_AsText(geom) as wkt from resources where id = ${far.id}`)
    expect(rows[0].wkt).toBe('POINT(71.7 34.2)')
  })

  it('answers "near" nearest first, with distances in metres', async () => {
    const res = await call('/geo/near?lng=71.5&lat=34&radius=30000')
    expect(res.status).toBe(200)
    const ids = res.body.features.map((f: { id: number }) => f.id)
    expect(ids[0]).toBe(near.id)
    expect(ids).toContain(far.id)
    expect(res.body.features[0].properties.distanceM).toBeGreaterThan(30)
    expect(res.body.features[0].properties.distanceM).toBeLessThan(60)
    expect((await call('/geo/near?lng=71.5&lat=34&radius=100')).body.features.map((f: any) => f.id)).toEqual([
      near.id,
    ])
  })

  it('answers "within" and "intersects" a district boundary', async () => {
    const within = await call(`/geo/within?district=${district.id}`)
    expect(within.body.features.map((f: { id: number }) => f.id)).toEqual([near.id])
    const intersects = await call(`/geo/within?district=${district.id}&mode=intersects`)
    expect(intersects.body.features.map((f: { id: number }) => f.id).sort()).toEqual(
      [near.id, line.id].sort(),
    )
  })

  it('selects the same resources for a bounding box as the plain backend', async () => {
    const ids = async () => {
      const params = exportParamsSchema.parse({ bbox: '71.4,33.9,71.65,34.1' })
      const query = await matchingResources(payload, params, sql`r.id`)
      const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: any[] }> } })
        .drizzle
      return (await db.execute(query)).rows.map((r) => Number(r.id)).sort()
    }
    const postgis = await ids()
    process.env.GEO_BACKEND = 'bbox'
    const plain = await ids()
    process.env.GEO_BACKEND = 'postgis'
    expect(postgis).toEqual(plain)
    expect(postgis).toEqual(expect.arrayContaining([near.id, line.id]))
  })

  it('refuses bad parameters, naming them', async () => {
    const res = await call('/geo/near?lng=500&lat=34')
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('lng')
    expect((await call('/geo/within?district=abc')).status).toBe(400)
    expect((await call('/geo/near?lng=71&lat=34&extra=1')).status).toBe(400)
  })
})
