import type { Payload } from 'payload'

import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'

import { resetConfig } from '../../utilities/config'
import { clientsByRole, createTaxonomy, resourceData, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { anonymous } from '../helpers/rest'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
  const taxonomy = await createTaxonomy(payload)
  await clients.editor.api.post('/resources', {
    ...resourceData(taxonomy),
    title: 'Basic Health Unit Gulbahar',
    location: { type: 'Point', coordinates: [151.2, -33.9] },
    _status: 'published',
  })
})

const preview = (body: string | Uint8Array, filename: string, api = clients.editor.api) =>
  api.postRaw(`/geo/import/preview?filename=${filename}`, body, 'application/octet-stream')

const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Basic Health Unit, Gulbahar', description: 'Government BHU', beds: 6 },
      geometry: { type: 'Point', coordinates: [151.201, -33.9005] },
    },
    {
      type: 'Feature',
      properties: { name: 'Water point' },
      geometry: { type: 'Point', coordinates: [71.6, 34.1] },
    },
    {
      type: 'Feature',
      properties: { name: 'Bad latitude' },
      geometry: { type: 'Point', coordinates: [71.6, 134] },
    },
    {
      type: 'Feature',
      properties: { note: 'no name' },
      geometry: { type: 'Point', coordinates: [71.7, 34.1] },
    },
    {
      type: 'Feature',
      properties: { title: 'Open ring' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [71, 34],
            [72, 34],
            [72, 35],
            [71.5, 35.5],
          ],
        ],
      },
    },
  ],
})

describe('POST /api/geo/import/preview', () => {
  it('reports counts, types, field mapping, invalid features with reasons and likely duplicates', async () => {
    // Other files may have made a "Water point" of their own: count the difference.
    const waterPoints = async () =>
      (await payload.count({ collection: 'resources', where: { title: { equals: 'Water point' } } }))
        .totalDocs
    const before = await waterPoints()
    const res = await preview(geojson, 'sites.geojson')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ format: 'geojson', features: 5, valid: 2, geometryTypes: { Point: 2 } })
    expect(res.body.invalid).toEqual([
      { index: 2, title: 'Bad latitude', reason: expect.stringContaining('latitude 134') },
      { index: 3, title: null, reason: 'has no name or title property' },
      { index: 4, title: 'Open ring', reason: expect.stringContaining('not closed') },
    ])
    const mapping = Object.fromEntries(res.body.properties.map((p: any) => [p.name, p.field]))
    expect(mapping).toMatchObject({
      name: 'title',
      description: 'summary',
      beds: 'attributes',
      title: 'title',
    })
    expect(res.body.duplicates).toEqual([
      expect.objectContaining({ index: 0, resourceTitle: 'Basic Health Unit Gulbahar' }),
    ])
    expect(res.body.duplicates[0].distanceM).toBeLessThan(150)
    // Nothing was written.
    expect(await waterPoints()).toBe(before)
  })

  it('reads GPX waypoints and tracks, KML placemarks and KMZ archives', async () => {
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
      <wpt lat="34.0" lon="71.5"><name>Camp A</name></wpt><wpt lat="34.1" lon="71.6"><name>Camp B</name></wpt>
      <trk><name>Route</name><trkseg><trkpt lat="34" lon="71.5"/><trkpt lat="34.1" lon="71.6"/></trkseg></trk></gpx>`
    const g = await preview(gpx, 'walk.gpx')
    expect(g.body).toMatchObject({ format: 'gpx', valid: 3, geometryTypes: { Point: 2, LineString: 1 } })

    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>School &amp; hall</name><Point><coordinates>71.5,34.0</coordinates></Point></Placemark>
      <Placemark><name>Field</name><Polygon><outerBoundaryIs><LinearRing><coordinates>71,34 72,34 72,35 71,34</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
      </Document></kml>`
    const k = await preview(kml, 'sites.kml')
    expect(k.body).toMatchObject({ format: 'kml', valid: 2, geometryTypes: { Point: 1, Polygon: 1 } })
    expect(k.body.sample[0].title).toBe('School & hall')

    const kmz = zipSync({ 'doc.kml': strToU8(kml) })
    const z = await preview(kmz, 'sites.kmz')
    expect(z.body).toMatchObject({ format: 'kmz', valid: 2 })
  })

  it('answers unreadable files with 400, empty ones with 422 and oversized ones with 413', async () => {
    const broken = await preview('<kml><Document><Placemark>', 'broken.kml')
    expect(broken.status).toBe(400)
    expect(broken.body.errors).toEqual([{ message: expect.stringContaining('KML'), field: 'file' }])
    expect((await preview('{"type": "FeatureCollection", "features": [', 'x.geojson')).status).toBe(400)
    expect((await preview('not a zip', 'x.kmz')).status).toBe(400)
    expect((await preview('hello', 'notes.txt')).status).toBe(400)

    const empty = await preview(JSON.stringify({ type: 'FeatureCollection', features: [] }), 'empty.geojson')
    expect(empty.status).toBe(422)
    expect(empty.body.errors).toEqual([{ message: 'The file has no usable features', field: 'file' }])
    expect(empty.body).toMatchObject({ features: 0, valid: 0 })
    expect(empty.body.validFeatures).toBeUndefined()
    const nothing = await clients.editor.api.postRaw('/geo/import/preview', '', 'application/octet-stream')
    expect(nothing.status).toBe(400)
    expect(nothing.body.errors[0].field).toBe('file')

    const previous = process.env.GEO_IMPORT_MAX_MB
    process.env.GEO_IMPORT_MAX_MB = '0.001'
    resetConfig()
    try {
      const big = await preview(geojson + ' '.repeat(2000), 'big.geojson')
      expect(big.status).toBe(413)
      expect(big.body.errors).toEqual([{ message: expect.stringContaining('0.001 MB'), field: 'file' }])
    } finally {
      if (previous === undefined) delete process.env.GEO_IMPORT_MAX_MB
      else process.env.GEO_IMPORT_MAX_MB = previous
      resetConfig()
    }
    // The limit is back to the default.
    expect((await preview(geojson + ' '.repeat(2000), 'big.geojson')).status).toBe(200)
  })

  it('is for editors and admins only', async () => {
    expect((await preview(geojson, 'x.geojson', clients.member.api)).status).toBe(403)
    expect((await preview(geojson, 'x.geojson', clients.moderator.api)).status).toBe(403)
    expect((await preview(geojson, 'x.geojson', anonymous())).status).toBe(401)
    expect((await preview(geojson, 'x.geojson', clients.admin.api)).status).toBe(200)
  })

  it.each([
    ['colour', 'filename=x.geojson&colour=red'],
    ['filename', `filename=${'x'.repeat(300)}.geojson`],
    ['filename', 'filename=a.geojson&filename=b.geojson'],
  ])('400 naming %s', async (field, query) => {
    const res = await clients.editor.api.postRaw(`/geo/import/preview?${query}`, geojson, 'application/json')
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ message: expect.stringContaining(field), field }])
  })
})

describe('POST /api/geo/import/commit', () => {
  it('creates a draft resource per valid feature in a job, with progress on the import', async () => {
    const taxonomy = await createTaxonomy(payload)
    await payload.update({
      collection: 'districts',
      id: taxonomy.district.id,
      data: { centroid: { type: 'Point', coordinates: [151.2, -33.9] } },
    })
    const denied = await clients.member.api.postRaw(
      `/geo/import/commit?filename=sites.geojson&category=${taxonomy.category.id}`,
      geojson,
      'application/geo+json',
    )
    expect(denied.status).toBe(403)
    const anonymousCommit = await anonymous().postRaw(
      `/geo/import/commit?filename=sites.geojson&category=${taxonomy.category.id}`,
      geojson,
      'application/geo+json',
    )
    expect(anonymousCommit.status).toBe(401)
    for (const [field, query] of [
      ['category', 'filename=s.geojson'],
      ['category', 'category=abc'],
      ['category', 'category=1.5'],
      ['category', 'category=99999999999999999999'],
      ['district', `category=${taxonomy.category.id}&district=-1`],
      ['licence', `category=${taxonomy.category.id}&licence=${'x'.repeat(100)}`],
      ['colour', `category=${taxonomy.category.id}&colour=red`],
      // Ids that are well-formed but name nothing.
      ['category', 'category=2000000000'],
      ['district', `category=${taxonomy.category.id}&district=2000000000`],
    ]) {
      const res = await clients.editor.api.postRaw(`/geo/import/commit?${query}`, geojson, 'application/json')
      expect({ query, status: res.status, errors: res.body.errors }).toEqual({
        query,
        status: 400,
        errors: [{ message: expect.stringContaining(field), field }],
      })
    }
    const imports = async () => (await payload.count({ collection: 'imports' })).totalDocs
    const importsBefore = await imports()

    // The water point may lie far from every district this run knows (depending on which other
    // files made districts with shapes): kept as it is, on purpose.
    const res = await clients.editor.api.postRaw(
      `/geo/import/commit?filename=sites.geojson&category=${taxonomy.category.id}&licence=CC-BY-4.0&keep=1`,
      geojson,
      'application/geo+json',
    )
    expect(res.status).toBe(202)
    expect(res.body.total).toBe(2)
    expect(await imports()).toBe(importsBefore + 1)
    const queued = await payload.findByID({ collection: 'imports', id: res.body.importId })
    expect(queued).toMatchObject({ status: 'queued', total: 2, filename: 'sites.geojson' })

    await payload.jobs.run({ where: { id: { equals: res.body.jobId } } })
    const done = await payload.findByID({ collection: 'imports', id: res.body.importId })
    expect(done).toMatchObject({ status: 'done', created: 2, failed: 0 })

    const { docs } = await payload.find({
      collection: 'resources',
      where: { 'provenance.source': { equals: 'Import of sites.geojson' } },
      draft: true,
      sort: 'title',
    })
    expect(docs.map((d) => [d.title, d._status, d.status])).toEqual([
      ['Basic Health Unit, Gulbahar', 'draft', 'unverified'],
      ['Water point', 'draft', 'unverified'],
    ])
    // The district nearest the feature; attributes keep the unmapped properties.
    const bhu = docs[0]!
    expect((bhu.district as { id: number }).id).toBe(taxonomy.district.id)
    expect(bhu.attributes).toEqual({ beds: 6 })
    expect(bhu.summary).toBe('Government BHU')
    expect(bhu.provenance?.licence).toBe('CC-BY-4.0')
    // Drafts stay out of public view and search.
    expect((await anonymous().get(`/resources/${bhu.id}`)).status).toBe(404)
  })
})

describe('POST /api/geo/import/commit in one transaction', () => {
  it('leaves no import behind when its job cannot be queued', async () => {
    const taxonomy = await createTaxonomy(payload)
    // The import record takes the file's name, but PostgreSQL's jsonb refuses the NUL in a
    // property the job's input carries: the job fails after the import was written.
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Pump', note: 'bad\u0000byte' },
          geometry: { type: 'Point', coordinates: [71.6, 34.1] },
        },
      ],
    })
    expect(file).toContain('\\u0000')
    const imports = async () =>
      (await payload.count({ collection: 'imports', where: { filename: { equals: 'nul.geojson' } } }))
        .totalDocs
    const res = await clients.editor.api.postRaw(
      `/geo/import/commit?filename=nul.geojson&category=${taxonomy.category.id}`,
      file,
      'application/octet-stream',
    )
    expect(res.status).toBe(400)
    expect(await imports()).toBe(0)
  })
})

describe('what Google Earth and GPS tools really export', () => {
  /** A district of our own around Mardan, so "far outside the districts" has something to mean. */
  let mardan: Awaited<ReturnType<typeof createTaxonomy>>
  beforeAll(async () => {
    mardan = await createTaxonomy(payload)
    await payload.update({
      collection: 'districts',
      id: mardan.district.id,
      data: {
        centroid: { type: 'Point', coordinates: [72.04, 34.2] },
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [71.8, 34.0],
              [72.4, 34.0],
              [72.4, 34.5],
              [71.8, 34.5],
              [71.8, 34.0],
            ],
          ],
        },
      },
    })
  })

  const kml = (placemarks: string) =>
    `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`
  const multiPoints = `<Placemark><name>Camps in Takht Bhai</name><MultiGeometry>
      <Point><coordinates>72.05,34.21</coordinates></Point>
      <Point><coordinates>72.07,34.23</coordinates></Point></MultiGeometry></Placemark>`
  const mixed = `<Placemark><name>Well and its pipe</name><MultiGeometry>
      <Point><coordinates>72.1,34.3</coordinates></Point>
      <LineString><coordinates>72.1,34.3 72.12,34.31</coordinates></LineString></MultiGeometry></Placemark>`

  const commit = async (file: string, filename: string, extra = '') => {
    const res = await clients.editor.api.postRaw(
      `/geo/import/commit?filename=${filename}&category=${mardan.category.id}&district=${mardan.district.id}${extra}`,
      file,
      'application/vnd.google-earth.kml+xml',
    )
    expect(res.status).toBe(202)
    await payload.jobs.run({ where: { id: { equals: res.body.jobId } } })
    const { docs } = await payload.find({
      collection: 'resources',
      where: { 'provenance.source': { equals: `Import of ${filename}` } },
      draft: true,
      sort: 'title',
    })
    return { res, docs }
  }

  it('merges a MultiGeometry of points into one MultiPoint and stores it', async () => {
    const res = await preview(kml(multiPoints), 'camps.kml')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ valid: 1, geometryTypes: { MultiPoint: 1 }, invalid: [], warnings: [] })
    const filename = `camps-${unique()}.kml`
    const { docs } = await commit(kml(multiPoints), filename)
    expect(docs.map((d) => d.location)).toEqual([
      {
        type: 'MultiPoint',
        coordinates: [
          [72.05, 34.21],
          [72.07, 34.23],
        ],
      },
    ])
  })

  it('keeps a mixed MultiGeometry as a GeometryCollection, stored and exported back', async () => {
    const res = await preview(kml(mixed), 'well.kml')
    expect(res.body).toMatchObject({ valid: 1, geometryTypes: { GeometryCollection: 1 } })
    const filename = `well-${unique()}.kml`
    const { docs } = await commit(kml(mixed), filename)
    const collection = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [72.1, 34.3] },
        {
          type: 'LineString',
          coordinates: [
            [72.1, 34.3],
            [72.12, 34.31],
          ],
        },
      ],
    }
    expect(docs.map((d) => d.location)).toEqual([collection])
    // Its bounding box is that of all its parts, so viewports find it.
    expect(docs[0]!.bbox).toEqual({ minLng: 72.1, minLat: 34.3, maxLng: 72.12, maxLat: 34.31 })
    await payload.update({
      collection: 'resources',
      id: docs[0]!.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../payload.config')
    const exported = async (format: string) => {
      const url = new URL(
        `http://localhost:3000/api/geo/export?format=${format}&district=${mardan.district.id}`,
      )
      const response = await REST_GET(config)(new Request(url), {
        params: Promise.resolve({ slug: ['geo', 'export'] }),
      })
      expect(response.status).toBe(200)
      return response.text()
    }
    const geo = JSON.parse(await exported('geojson'))
    expect(geo.features.find((f: any) => f.id === docs[0]!.id).geometry).toEqual(collection)
    const back = await exported('kml')
    expect(back).toContain(
      '<MultiGeometry><Point><coordinates>72.1,34.3</coordinates></Point><LineString><coordinates>72.1,34.3 72.12,34.31</coordinates></LineString></MultiGeometry>',
    )
    // What we export, we import again as the same collection.
    const again = await preview(back, 'again.kml')
    expect(again.body.geometryTypes.GeometryCollection).toBeGreaterThanOrEqual(1)
    const gpx = await exported('gpx')
    expect(gpx).toMatch(/<wpt lat="34.3" lon="72.1"><name>Well and its pipe<\/name><\/wpt>/)
    expect(gpx).toMatch(/<trk><name>Well and its pipe<\/name><trkseg>/)
  })

  it('flags a point with latitude and longitude swapped, offers the swap, and imports it only when asked', async () => {
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        // Mardan written [latitude, longitude]: longitude 34.2, latitude 72.04, in the Arctic.
        {
          type: 'Feature',
          properties: { name: 'Swapped BHU' },
          geometry: { type: 'Point', coordinates: [34.2, 72.04] },
        },
        {
          type: 'Feature',
          properties: { name: 'Right BHU' },
          geometry: { type: 'Point', coordinates: [72.04, 34.2] },
        },
      ],
    })
    const res = await preview(file, 'bhus.geojson')
    expect(res.status).toBe(200)
    expect(res.body.warnings).toEqual([
      {
        index: 0,
        title: 'Swapped BHU',
        reason: 'far outside the districts — are latitude and longitude swapped?',
        swapped: [72.04, 34.2],
      },
    ])
    const plain = `bhus-${unique()}.geojson`
    const left = await commit(file, plain)
    expect(left.res.body.skipped).toEqual([expect.objectContaining({ index: 0, title: 'Swapped BHU' })])
    expect(left.docs.map((d) => d.title)).toEqual(['Right BHU'])
    const swapped = `bhus-${unique()}.geojson`
    const fixed = await commit(file, swapped, '&swap=0')
    expect(fixed.res.body.skipped).toEqual([])
    expect(fixed.docs.map((d) => [d.title, d.location])).toEqual([
      ['Right BHU', { type: 'Point', coordinates: [72.04, 34.2] }],
      ['Swapped BHU', { type: 'Point', coordinates: [72.04, 34.2] }],
    ])
    const bad = await clients.editor.api.postRaw(
      `/geo/import/commit?filename=x.geojson&category=${mardan.category.id}&swap=first`,
      file,
      'application/json',
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual([{ message: expect.stringContaining('swap'), field: 'swap' }])
  })
})
