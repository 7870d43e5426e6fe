import path from 'node:path'

import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

import { postgresAdapter, sql } from '@payloadcms/db-postgres'
import pg from 'pg'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import config from '../../payload.config'
import { farFromDistricts } from '../../plugins/geo/import/outliers'
import { boxAround } from '../../plugins/geo/postgis/queries'
import { ensurePostgis } from '../../plugins/geo/postgis/setup'
import { applyMigrations } from '../../scripts/lib/migrate'
import { resetConfig } from '../../utilities/config'
import { createTaxonomy, resourceData, unique } from '../helpers/fixtures'

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

describe('PostGIS set-up on a server without PostGIS', () => {
  it('stops with a message saying what to install', async () => {
    // A pool whose server refuses the extension, as the embedded PostgreSQL does.
    const client = {
      query: async (text: string) => {
        if (text.startsWith('create extension')) {
          throw new Error('extension "postgis" is not available')
        }
        return { rows: [] }
      },
      release: () => undefined,
    }
    const payload = { db: { pool: { connect: async () => client } } } as unknown as Payload
    await expect(ensurePostgis(payload)).rejects.toThrow(
      /GEO_BACKEND=postgis, but PostgreSQL cannot create the postgis extension \(extension "postgis" is not available\)\. Install PostGIS .*postgresql-15-postgis-3/,
    )
  })
})

describe('the box "near" narrows its search to', () => {
  /** Where a great-circle walk of `metres` on `bearing` from a point ends (the sphere `<->` uses). */
  const destination = (lng: number, lat: number, bearing: number, metres: number) => {
    const R = 6_371_008.8
    const [φ1, λ1, θ, δ] = [
      (lat * Math.PI) / 180,
      (lng * Math.PI) / 180,
      (bearing * Math.PI) / 180,
      metres / R,
    ]
    const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ))
    const λ2 =
      λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2))
    return [(((λ2 * 180) / Math.PI + 540) % 360) - 180, (φ2 * 180) / Math.PI] as const
  }

  it('holds every point within the radius, at any latitude and bearing', () => {
    for (const [lng, lat] of [
      [71.5, 34],
      [0, 0],
      [-70, -55],
      [179.9, 10],
      [20, 88.5],
    ] as const) {
      for (const radius of [50, 5000, 200_000]) {
        const [west, south, east, north] = boxAround(lng, lat, radius)
        for (let bearing = 0; bearing < 360; bearing += 5) {
          const [x, y] = destination(lng, lat, bearing, radius)
          expect({
            lng,
            lat,
            radius,
            bearing,
            inside: x >= west && x <= east && y >= south && y <= north,
          }).toEqual({
            lng,
            lat,
            radius,
            bearing,
            inside: true,
          })
        }
      }
    }
  })
})

describe.skipIf(!hasPostgis)('geo on PostGIS (GEO_BACKEND=postgis)', () => {
  const name = `hujra_postgis_${unique()}`
  let payload: Payload
  let previousBackend: string | undefined
  const ids: Record<'near' | 'far' | 'closed' | 'draft' | 'line' | 'square', number> = {
    near: 0,
    far: 0,
    closed: 0,
    draft: 0,
    line: 0,
    square: 0,
  }
  let district: number
  let bareDistrict: number

  const execute = (query: SQL) => payload.db.drizzle.execute<Record<string, unknown>>(query)
  /** GEO_BACKEND for what follows; the memoized configuration is read again. */
  const setBackend = (value: string | undefined) => {
    if (value === undefined) delete process.env.GEO_BACKEND
    else process.env.GEO_BACKEND = value
    resetConfig()
  }

  const call = async (pathname: string) => {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const url = new URL(`http://localhost:3000/api${pathname}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await REST_GET(Promise.resolve(payload.config) as never)(new Request(url), {
      params: Promise.resolve({ slug }),
    })
    return { status: response.status, body: await response.json() }
  }
  const idsOf = (body: { features: { id: number }[] }) => body.features.map((f) => f.id)
  const geometry = (value: object) => encodeURIComponent(JSON.stringify(value))

  beforeAll(async () => {
    previousBackend = process.env.GEO_BACKEND
    setBackend('postgis')
    const admin = new pg.Client({ connectionString: SERVER })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(SERVER)
    url.pathname = `/${name}`
    const base = await config
    // This file's only Payload (the default cache key, which Payload's REST handlers reuse): the
    // platform's config pointed at this database.
    payload = await getPayload({
      config: {
        ...base,
        // The adapter's result type is looser than the sanitized config's.
        db: postgresAdapter({
          pool: { connectionString: url.toString(), max: 4 },
          push: false,
          migrationDir: path.resolve(import.meta.dirname, '../../migrations'),
        }) as never,
      },
    })
    // As `npm start` does: migrations first, then the CMS sets PostGIS up (its onInit ran before
    // the tables existed, so it left the work for now).
    await applyMigrations(payload)
    await ensurePostgis(payload)
    const taxonomy = await createTaxonomy(payload)
    const save = async (
      key: keyof typeof ids,
      title: string,
      location: object,
      extra: Record<string, unknown> = {},
    ) => {
      const doc = await payload.create({
        collection: 'resources',
        data: { ...resourceData(taxonomy, { title, location }), _status: 'published', ...extra },
        overrideAccess: true,
      })
      ids[key] = doc.id
    }
    await save('near', 'Near clinic', { type: 'Point', coordinates: [71.5005, 34.0] })
    await save('far', 'Far clinic', { type: 'Point', coordinates: [71.6, 34.0] })
    await save(
      'closed',
      'Closed clinic',
      { type: 'Point', coordinates: [71.501, 34.0] },
      { status: 'closed' },
    )
    await save('draft', 'Draft clinic', { type: 'Point', coordinates: [71.5001, 34.0] }, { _status: 'draft' })
    await save('line', 'Canal path', {
      type: 'LineString',
      coordinates: [
        [71.45, 34.05],
        [71.55, 34.05],
      ],
    })
    await save('square', 'Market square', {
      type: 'Polygon',
      coordinates: [
        [
          [71.3, 33.8],
          [71.32, 33.8],
          [71.32, 33.82],
          [71.3, 33.82],
          [71.3, 33.8],
        ],
      ],
    })
    const created = await payload.create({
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
    district = created.id
    bareDistrict = (
      await payload.create({
        collection: 'districts',
        data: { name: `Bare ${unique()}` },
        overrideAccess: true,
      })
    ).id
  }, 120_000)

  afterAll(async () => {
    setBackend(previousBackend)
    if (payload) {
      const { pool } = payload.db
      await payload.destroy()
      // Payload's destroy() leaves the pool open, and its adapter keeps one client checked out
      // for good (so end() never settles): close the idle ones quietly before the database is
      // dropped, which ends that last connection.
      void pool.end()
    }
    const admin = new pg.Client({ connectionString: SERVER })
    await admin.connect()
    await vi.waitFor(async () => {
      const { rows } = await admin.query(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      )
      expect(rows[0].n).toBeLessThanOrEqual(1)
    })
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  })

  it('adds a geometry column with GiST indexes, idempotently, kept in step with the GeoJSON location', async () => {
    // Set-up runs again (another instance starting): nothing changes, nothing fails.
    await ensurePostgis({ db: payload.db } as Payload)
    const column = await execute(sql`select format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = 'resources'::regclass and attname = 'geom'`)
    expect(column.rows).toEqual([{ type: 'geometry(Geometry,4326)' }])
    const indexes = await execute(
      sql`select indexname, indexdef from pg_indexes where tablename = 'resources' and indexdef like '%gist%' order by 1`,
    )
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['resources_geog_gist', 'resources_geom_gist'])
    expect(indexes.rows[1]!.indexdef).toContain('USING gist (geom)')

    const moved = await payload.create({
      collection: 'resources',
      data: { ...resourceData(await createTaxonomy(payload)), _status: 'published' },
      overrideAccess: true,
    })
    // GPX and KML carry elevations: the geometry column keeps two dimensions.
    await payload.update({
      collection: 'resources',
      id: moved.id,
      data: { location: { type: 'Point', coordinates: [71.7, 34.2, 350] } },
      overrideAccess: true,
    })
    const { rows } = await execute(sql`select ST_AsText(geom) as wkt from resources where id = ${moved.id}`)
    expect(rows[0]!.wkt).toBe('POINT(71.7 34.2)')
    await payload.delete({ collection: 'resources', id: moved.id, overrideAccess: true })
  })

  it('answers "near" nearest first, with distances in metres, published only, with the map\'s filters', async () => {
    const res = await call('/geo/near?lng=71.5&lat=34&radius=30000')
    expect(res.status).toBe(200)
    expect(idsOf(res.body).slice(0, 2)).toEqual([ids.near, ids.closed])
    expect(idsOf(res.body)).toContain(ids.far)
    expect(idsOf(res.body)).not.toContain(ids.draft)
    const distances = res.body.features.map(
      (f: { properties: { distanceM: number } }) => f.properties.distanceM,
    )
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    // 0.0005° of longitude at 34° N is about 46 m.
    expect(distances[0]).toBeGreaterThan(40)
    expect(distances[0]).toBeLessThan(52)
    expect(idsOf((await call('/geo/near?lng=71.5&lat=34&radius=100')).body)).toEqual([ids.near, ids.closed])
    expect(idsOf((await call('/geo/near?lng=71.5&lat=34&radius=100&status=closed')).body)).toEqual([
      ids.closed,
    ])
  })

  it('answers "within" a polygon and a district boundary', async () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [71.25, 33.75],
          [71.52, 33.75],
          [71.52, 34.02],
          [71.25, 34.02],
          [71.25, 33.75],
        ],
      ],
    }
    const drawn = await call(`/geo/within?geometry=${geometry(polygon)}`)
    expect(drawn.status).toBe(200)
    expect(idsOf(drawn.body).sort()).toEqual([ids.near, ids.closed, ids.square].sort())
    const inDistrict = await call(`/geo/within?boundary=${district}&status=active`)
    expect(idsOf(inDistrict.body)).toEqual([ids.near])
  })

  it('answers "intersects" a line and a district boundary', async () => {
    // A road from the canal path's middle south-west across the market square.
    const road = {
      type: 'LineString',
      coordinates: [
        [71.5, 34.1],
        [71.5, 34.0],
        [71.31, 33.81],
      ],
    }
    const crossed = await call(`/geo/within?mode=intersects&geometry=${geometry(road)}`)
    expect(crossed.status).toBe(200)
    expect(idsOf(crossed.body).sort()).toEqual([ids.line, ids.square].sort())
    const touching = await call(`/geo/within?boundary=${district}&mode=intersects`)
    expect(idsOf(touching.body).sort()).toEqual([ids.near, ids.closed, ids.line].sort())
  })

  it('exports the same resources for a bounding box as the plain backend', async () => {
    const box = async () =>
      idsOf((await call('/geo/export?format=geojson&bbox=71.4,33.9,71.65,34.1')).body).sort()
    const postgis = await box()
    setBackend('bbox')
    const plain = await box()
    setBackend('postgis')
    expect(postgis).toEqual(plain)
    expect(postgis).toEqual([ids.near, ids.far, ids.closed, ids.line].sort())
  })

  it('flags imported points far outside the districts by distance, as the plain backend does by box', async () => {
    const feature = (index: number, point: [number, number]) => ({
      index,
      title: `Feature ${index}`,
      geometry: { type: 'Point' as const, coordinates: point },
      properties: {},
      summary: null,
      point,
    })
    const features = [
      feature(0, [71.5, 34.0]), // inside the square district
      feature(1, [34.0, 71.5]), // the same, written [latitude, longitude]
      feature(2, [71.9, 34.0]), // about 35 km east of its edge: near enough
      feature(3, [73.0, 34.0]), // about 135 km east, and its swap is no better
    ]
    const expected = [
      {
        index: 1,
        title: 'Feature 1',
        reason: 'far outside the districts — are latitude and longitude swapped?',
        swapped: [71.5, 34.0],
      },
      { index: 3, title: 'Feature 3', reason: expect.stringContaining('far outside'), swapped: null },
    ]
    expect(await farFromDistricts(payload, features)).toEqual(expected)
    setBackend('bbox')
    try {
      expect(await farFromDistricts(payload, features)).toEqual(expected)
    } finally {
      setBackend('postgis')
    }
  })

  it('refuses bad parameters, naming them', async () => {
    const cases: [string, string][] = [
      ['/geo/near?lng=500&lat=34', 'lng'],
      ['/geo/near?lat=34', 'lng'],
      ['/geo/near?lng=71&lat=34&radius=-5', 'radius'],
      ['/geo/near?lng=71&lat=34&extra=1', 'extra'],
      ['/geo/within?boundary=abc', 'boundary'],
      ['/geo/within', 'boundary'],
      [
        `/geo/within?boundary=${district}&geometry=${geometry({ type: 'Point', coordinates: [71, 34] })}`,
        'boundary',
      ],
      ['/geo/within?geometry=%7Bnot%20json', 'geometry'],
      [
        `/geo/within?geometry=${geometry({
          type: 'Polygon',
          coordinates: [
            [
              [71, 34],
              [72, 34],
              [72, 35],
              [71, 35],
            ],
          ],
        })}`,
        'geometry',
      ],
      [`/geo/within?boundary=${district}&mode=touches`, 'mode'],
    ]
    for (const [pathname, parameter] of cases) {
      const res = await call(pathname)
      expect({ pathname, status: res.status, field: res.body.errors[0].field }).toEqual({
        pathname,
        status: 400,
        field: parameter,
      })
    }
    const bare = await call(`/geo/within?boundary=${bareDistrict}`)
    expect(bare.status).toBe(404)
    expect(bare.body.errors).toEqual([{ message: expect.stringContaining('boundary'), field: 'boundary' }])
  })

  it('answers 501 on the plain backend', async () => {
    setBackend('bbox')
    try {
      expect((await call('/geo/near?lng=71.5&lat=34')).status).toBe(501)
      expect((await call(`/geo/within?boundary=${district}`)).status).toBe(501)
    } finally {
      setBackend('postgis')
    }
  })
})
