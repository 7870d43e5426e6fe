import type { Payload, TaskConfig } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ImportedFeature } from './preview'

import { poolDb } from '../../../utilities/db'
import { parseGeometry } from '../../../utilities/geojson'

/** What the commit endpoint hands the job: features already validated and mapped. */
export interface ImportJobInput {
  importId: number
  category: number
  district: number | null
  licence: string | null
  source: string
  collectedBy: string | null
  features: (Pick<ImportedFeature, 'index' | 'title' | 'geometry' | 'properties'> & {
    summary: string | null
  })[]
}

const PROGRESS_EVERY = 25

/**
 * Creates one draft resource per imported feature, through the Local API so
 * validation, slugs, audit events and the bounding box all apply, and
 * records progress on the import as it goes. A feature that fails is listed
 * with its reason; the rest still land.
 */
export const geoImportTask: TaskConfig<{
  input: ImportJobInput
  output: { created: number; failed: number }
}> = {
  slug: 'geoImport',
  label: 'Import geodata as draft resources',
  inputSchema: [{ name: 'importId', type: 'number', required: true }],
  outputSchema: [
    { name: 'created', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 0,
  handler: async ({ input, req }) => {
    const { payload } = req
    const districtFor = nearestDistrict(payload)
    const update = (data: Record<string, unknown>) =>
      payload.update({ collection: 'imports', id: input.importId, data, overrideAccess: true, depth: 0 })
    await update({ status: 'running' })
    let created = 0
    const errors: { index: number; title: string; reason: string }[] = []
    for (const feature of input.features) {
      try {
        const { name: _n, title: _t, description: _d, summary: _s, ...attributes } = feature.properties
        await payload.create({
          collection: 'resources',
          draft: true,
          data: {
            title: feature.title,
            summary: feature.summary,
            category: input.category,
            district: input.district ?? (await districtFor(feature.geometry)),
            status: 'unverified',
            location: feature.geometry as never,
            attributes,
            provenance: {
              source: input.source,
              licence: input.licence,
              collectedAt: new Date().toISOString(),
              collectedBy: input.collectedBy,
            },
            _status: 'draft',
          } as never,
          overrideAccess: true,
          depth: 0,
        })
        created += 1
      } catch (error) {
        errors.push({
          index: feature.index,
          title: feature.title,
          reason: (error as Error).message.slice(0, 300),
        })
      }
      if ((created + errors.length) % PROGRESS_EVERY === 0) await update({ created, failed: errors.length })
    }
    await update({ status: 'done', created, failed: errors.length, errors })
    return { output: { created, failed: errors.length } }
  },
}

/** The district whose centroid is nearest a geometry's centre (one query per feature). */
const nearestDistrict = (payload: Payload) => async (geometry: ImportedFeature['geometry']) => {
  const parsed = parseGeometry(geometry)
  if (!parsed.ok) throw new Error(`geometry: ${parsed.reason}`)
  const lng = (parsed.bbox.minLng + parsed.bbox.maxLng) / 2
  const lat = (parsed.bbox.minLat + parsed.bbox.maxLat) / 2
  const { rows } = await poolDb(payload).execute(sql`
      select id from districts where centroid is not null
      order by power((centroid->'coordinates'->>0)::float8 - ${lng}, 2) + power((centroid->'coordinates'->>1)::float8 - ${lat}, 2)
      limit 1`)
  if (!rows[0]) throw new Error('No district to assign: give one, or add district centroids')
  return Number(rows[0].id)
}
