import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let taxonomy: Awaited<ReturnType<typeof createTaxonomy>>

/** A district of our own, far from any other test's points (the Southern Ocean). */
const AREA = { lng: 100, lat: -60 }

const publish = async (data: Record<string, unknown>) =>
  (
    await clients.editor.api.post('/resources', {
      ...resourceData(taxonomy),
      summary: 'A test location',
      ...data,
      _status: 'published',
    })
  ).body.doc

const get = async (path: string) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const url = new URL(`http://localhost:3000/api${path}`)
  const res = await REST_GET(config)(new Request(url), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  taxonomy = await createTaxonomy(payload)
  // Three points close together, one 20 km away, a line and a polygon; plus a draft.
  const point = (dLng: number, dLat: number, title: string, extra: Record<string, unknown> = {}) =>
    publish({ title, location: { type: 'Point', coordinates: [AREA.lng + dLng, AREA.lat + dLat] }, ...extra })
  await point(0, 0, 'Clinic <A> & co')
  await point(0.001, 0.001, 'Clinic B')
  await point(0.002, 0, 'Clinic C')
  await point(0.3, 0.1, 'Far well', { status: 'closed' })
  await publish({
    title: 'Water pipeline',
    location: {
      type: 'LineString',
      coordinates: [
        [AREA.lng + 0.1, AREA.lat],
        [AREA.lng + 0.2, AREA.lat + 0.05],
      ],
    },
  })
  await publish({
    title: 'Camp area',
    location: {
      type: 'Polygon',
      coordinates: [
        [
          [AREA.lng - 0.1, AREA.lat - 0.1],
          [AREA.lng - 0.05, AREA.lat - 0.1],
          [AREA.lng - 0.05, AREA.lat - 0.05],
          [AREA.lng - 0.1, AREA.lat - 0.1],
        ],
      ],
    },
  })
  await clients.editor.api.post('/resources?draft=true', {
    ...resourceData(taxonomy),
    title: 'Draft point',
    location: { type: 'Point', coordinates: [AREA.lng, AREA.lat] },
  })
})

const box = `bbox=${AREA.lng - 1},${AREA.lat - 1},${AREA.lng + 1},${AREA.lat + 1}`
const scope = () => `district=${taxonomy.district.id}`

describe('GET /api/geo/clusters', () => {
  it('clusters nearby points at low zoom with the right counts, and splits them when zoomed in', async () => {
    const low = await anonymous().get(`/geo/clusters?${box}&zoom=5&${scope()}`)
    expect(low.status).toBe(200)
    expect(low.body.total).toBe(6)
    const counts = low.body.features.map((f: any) => f.properties.point_count ?? 1)
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(6)
    const cluster = low.body.features.find((f: any) => f.properties.cluster)
    expect(cluster.properties.expansionZoom).toBeGreaterThan(5)

    const high = await anonymous().get(`/geo/clusters?${box}&zoom=17&${scope()}`)
    const titles = high.body.features.map((f: any) => f.properties.title).sort()
    expect(titles).toEqual([
      'Camp area',
      'Clinic <A> & co',
      'Clinic B',
      'Clinic C',
      'Far well',
      'Water pipeline',
    ])
    expect(titles).not.toContain('Draft point')
  })

  it('says what a cluster holds by category and district, and how to reach a single point', async () => {
    const low = await anonymous().get(`/geo/clusters?${box}&zoom=5&${scope()}`)
    const clusters = low.body.features.filter((f: any) => f.properties.cluster)
    for (const c of clusters) {
      expect(c.properties.categories).toEqual([[taxonomy.category.id, c.properties.point_count]])
      expect(c.properties.districts).toEqual([[taxonomy.district.id, c.properties.point_count]])
    }
    const reachable = await publish({
      title: `Reachable ${unique()}`,
      location: { type: 'Point', coordinates: [AREA.lng - 0.5, AREA.lat + 0.5] },
      phones: [
        { number: '+92 000 7654321', kind: 'whatsapp' },
        { number: '+92 000 1111111', kind: 'voice' },
      ],
      timeZone: 'Asia/Karachi',
      openingHours: [{ day: 'mon', mode: 'open', ranges: [{ opens: '09:00', closes: '17:00' }] }],
    })
    const high = await anonymous().get(`/geo/clusters?${box}&zoom=17&${scope()}`)
    const byTitle = new Map(high.body.features.map((f: any) => [f.properties.title, f.properties]))
    expect(byTitle.get(reachable.title)).toMatchObject({
      category: taxonomy.category.id,
      district: taxonomy.district.id,
      // The first phone only, and the hours the open-now line needs; no shape for a point.
      phone: { number: '+92 000 7654321', kind: 'whatsapp' },
      hours: {
        timeZone: 'Asia/Karachi',
        openingHours: [{ day: 'mon', mode: 'open', ranges: [{ opens: '09:00', closes: '17:00' }] }],
        hoursExceptions: null,
      },
      shape: null,
    })
    expect(byTitle.get('Clinic B')).toMatchObject({ phone: null, hours: null, shape: null })
    expect((byTitle.get('Water pipeline') as any).shape.type).toBe('LineString')
  })

  it('follows the search: query, facets and the viewport', async () => {
    const clinics = await anonymous().get(`/geo/clusters?${box}&zoom=17&${scope()}&q=clinic`)
    expect(clinics.body.total).toBe(3)
    const closed = await anonymous().get(`/geo/clusters?${box}&zoom=17&${scope()}&status=closed`)
    expect(closed.body.features.map((f: any) => f.properties.title)).toEqual(['Far well'])
    const west = `bbox=${AREA.lng - 1},${AREA.lat - 1},${AREA.lng + 0.05},${AREA.lat + 1}`
    const view = await anonymous().get(`/geo/clusters?${west}&zoom=17&${scope()}`)
    expect(view.body.features.map((f: any) => f.properties.title)).not.toContain('Far well')
  })

  it('sees new content at once', async () => {
    const before = (await anonymous().get(`/geo/clusters?${box}&zoom=3&${scope()}`)).body.total
    await publish({
      title: `New ${unique()}`,
      location: { type: 'Point', coordinates: [AREA.lng, AREA.lat + 0.5] },
    })
    expect((await anonymous().get(`/geo/clusters?${box}&zoom=3&${scope()}`)).body.total).toBe(before + 1)
  })

  it.each([
    ['bbox', 'bbox=10,20,5,30'],
    ['bbox', 'bbox=0,0,200,10'],
    ['bbox', 'bbox=1,2,3'],
    ['zoom', 'zoom=40'],
    ['zoom', 'zoom=1.5'],
    ['category', 'category=x'],
    ['category', 'category=3,1.5'],
    ['from', 'from=yesterday'],
    ['radius', 'radius=3'],
    ['zoom', 'zoom=3&zoom=4'],
  ])('400 naming %s (%s)', async (field, query) => {
    const res = await anonymous().get(`/geo/clusters?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ message: expect.stringContaining(field), field }])
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('keeps its cache header', async () => {
    const res = await anonymous().get(`/geo/clusters?${box}&zoom=5&${scope()}`)
    expect(res.headers.get('cache-control')).toBe('public, max-age=30')
  })
})

describe('GET /api/geo/export', () => {
  it('streams GeoJSON of the filtered view with every geometry, never drafts', async () => {
    const res = await get(`/geo/export?format=geojson&${scope()}&${box}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/geo+json')
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="hujra-resources-.*\.geojson"/,
    )
    const body = JSON.parse(res.text)
    expect(body.type).toBe('FeatureCollection')
    const types = body.features.map((f: any) => f.geometry.type).sort()
    expect(types).toContain('LineString')
    expect(types).toContain('Polygon')
    expect(body.features.map((f: any) => f.properties.title)).not.toContain('Draft point')
    expect(body.features[0].properties.district).toBe(taxonomy.district.name)
  })

  it('writes KML with escaped text and GPX with waypoints before tracks', async () => {
    const k = await get(`/geo/export?format=kml&${scope()}&q=clinic`)
    expect(k.headers.get('content-type')).toContain('kml')
    expect(k.text.match(/<Placemark /g)).toHaveLength(3)
    expect(k.text).toContain('<name>Clinic &lt;A&gt; &amp; co</name>')
    expect(k.text).toMatch(/<\/Document><\/kml>\n$/)

    const g = await get(`/geo/export?format=gpx&${scope()}`)
    expect(g.text).toContain('<gpx version="1.1"')
    const lastWpt = g.text.lastIndexOf('<wpt ')
    const firstTrk = g.text.indexOf('<trk>')
    expect(lastWpt).toBeGreaterThan(0)
    expect(firstTrk).toBeGreaterThan(lastWpt)
  })

  it('writes CSV with a header and one row per resource', async () => {
    const res = await get(`/geo/export?format=csv&${scope()}&status=closed`)
    const lines = res.text.trim().split('\n')
    expect(lines[0]).toBe('id,title,slug,status,category,district,longitude,latitude,geometry,summary')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('Far well')
  })

  it.each([
    ['format', 'format=shp'],
    ['bbox', 'bbox=1,2,3,x'],
    ['status', 'status=open'],
    ['zoom', 'zoom=3'],
  ])('400 naming %s (%s)', async (field, query) => {
    const res = await anonymous().get(`/geo/export?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ message: expect.stringContaining(field), field }])
  })

  it('is never cached', async () => {
    const res = await get(`/geo/export?format=csv&${scope()}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})

describe('GET /api/geo/near and /api/geo/within on the plain backend', () => {
  // Parameters are checked first, so a caller learns what is wrong before that PostGIS is missing.
  it.each([
    ['lng', '/geo/near?lng=500&lat=34'],
    ['lat', '/geo/near?lng=71&lat=north'],
    ['radius', '/geo/near?lng=71&lat=34&radius=-5'],
    ['extra', '/geo/near?lng=71&lat=34&extra=1'],
    ['boundary', '/geo/within?boundary=abc'],
    ['mode', '/geo/within?boundary=1&mode=touches'],
    ['geometry', '/geo/within?geometry=%7Bnot%20json'],
    ['extra', '/geo/within?boundary=1&extra=1'],
  ])('400 naming %s (%s)', async (field, pathname) => {
    const res = await anonymous().get(pathname)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ message: expect.stringContaining(field), field }])
  })

  it('answers 501 to a valid query', async () => {
    const near = await anonymous().get('/geo/near?lng=71.5&lat=34')
    expect(near.status).toBe(501)
    expect(near.body.errors[0].message).toContain('GEO_BACKEND=postgis')
    expect((await anonymous().get('/geo/within?boundary=1')).status).toBe(501)
  })
})
