import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { isEditor } from '../../../access/isEditor'
import { personOf } from '../../../access/roles'
import { config } from '../../../utilities/config'
import { defineEndpoint } from '../../../utilities/endpoint'
import { badRequest, tooLarge } from '../../../utilities/errors'
import { swapAxes } from '../../../utilities/geojson'
import { ImportError, parseUpload } from './parse'
import { previewImport } from './preview'

/** Reads the body up to the limit; stops reading as soon as it is exceeded. */
const readLimited = async (body: ReadableStream<Uint8Array> | null, limit: number) => {
  if (!body) return null
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > limit) {
      await reader.cancel()
      return 'too-large' as const
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks)
}

/**
 * Reads the uploaded file (the request body) within the size limit and
 * previews it: the report, or a Response (422, nothing usable) to send as is.
 * The file is the raw body, so the endpoints declare no `body:` schema.
 */
const readAndPreview = async (req: PayloadRequest, filename: string) => {
  const limitMb = config().GEO_IMPORT_MAX_MB
  const limit = limitMb * 1024 * 1024
  const refuse = () => tooLarge(`The file is larger than the ${limitMb} MB limit`, 'file')
  // Refuse by the declared size before reading a byte.
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw refuse()
  const bytes = await readLimited(req.body ?? null, limit)
  if (bytes === 'too-large') throw refuse()
  if (!bytes || bytes.length === 0) throw badRequest('file', 'Send the file as the request body')
  let parsed: ReturnType<typeof parseUpload>
  try {
    parsed = parseUpload(filename, bytes)
  } catch (error) {
    if (error instanceof ImportError) throw badRequest('file', error.message)
    throw error
  }
  const report = await previewImport(req.payload, parsed.format, parsed.features)
  if (report.valid === 0) {
    // The report says why nothing is usable (each invalid feature and its reason).
    const { validFeatures: _features, ...rest } = report
    return Response.json(
      { ...rest, errors: [{ message: 'The file has no usable features', field: 'file' }] },
      { status: 422 },
    )
  }
  return { report, filename: filename || `upload.${parsed.format}` }
}

const filename = z.string().max(200).optional()

/**
 * `POST /api/geo/import/preview?filename=sites.kml` with the file as the
 * request body (editors and admins): parses GeoJSON, GPX, KML or KMZ and
 * reports what committing it would create. Nothing is written.
 */
export const importPreviewEndpoint = defineEndpoint({
  method: 'post',
  path: '/geo/import/preview',
  query: z.object({ filename }),
  access: isEditor,
  handler: async ({ req, query }) => {
    const result = await readAndPreview(req, query.filename ?? '')
    if (result instanceof Response) return result
    // The mapped features themselves are for the commit, not the report.
    const { validFeatures: _features, ...report } = result.report
    return report
  },
})

const id = z.coerce.number().int().positive().max(2_147_483_647)

/** `swap=2,5`: feature indexes (as the preview numbers them). */
const indexes = z
  .string()
  .max(2000)
  .regex(/^\d+(,\d+)*$/, 'must be feature indexes separated by commas, e.g. 2,5')
  .transform((s) => new Set(s.split(',').map(Number)))

/**
 * `POST /api/geo/import/commit?filename=…&category=3[&district=7&licence=…]`
 * with the same file: queues a job that creates a draft resource per valid
 * feature (district: the given one, or the nearest by centroid) and answers
 * 202 with the import whose progress the admin shows. The import record and
 * its job are written in one transaction: neither exists without the other.
 * A feature the preview flagged as far outside the districts is imported
 * only when named: `swap=<index,…>` exchanges its longitude and latitude,
 * `keep=<index,…>` takes it as it is; the others are left out and listed.
 */
export const importCommitEndpoint = defineEndpoint({
  method: 'post',
  path: '/geo/import/commit',
  query: z.object({
    filename,
    category: id,
    district: id.optional(),
    licence: z.string().max(80).optional(),
    swap: indexes.optional(),
    keep: indexes.optional(),
  }),
  access: isEditor,
  transaction: true,
  handler: async ({ req, query, user }) => {
    const { category, district, licence } = query
    const result = await readAndPreview(req, query.filename ?? '')
    if (result instanceof Response) return result
    for (const [collection, value, field] of [
      ['categories', category, 'category'],
      ['districts', district, 'district'],
    ] as const) {
      if (
        value &&
        !(await req.payload.count({ collection, where: { id: { equals: value } }, req })).totalDocs
      ) {
        throw badRequest(field, `${field}: no ${collection} document has id ${value}`)
      }
    }
    const flagged = new Map(result.report.warnings.map((w) => [w.index, w]))
    const skipped = result.report.warnings
      .filter((w) => !query.swap?.has(w.index) && !query.keep?.has(w.index))
      .map(({ index, title, reason }) => ({ index, title, reason }))
    const valid = result.report.validFeatures.flatMap((feature) => {
      if (!flagged.has(feature.index) || query.keep?.has(feature.index)) return [feature]
      if (!query.swap?.has(feature.index)) return []
      return [{ ...feature, geometry: swapAxes(feature.geometry as never) as never }]
    })
    if (valid.length === 0) {
      throw badRequest('swap', 'Every usable feature is far outside the districts: name them in swap or keep')
    }
    const record = await req.payload.create({
      collection: 'imports',
      data: {
        filename: result.filename,
        format: result.report.format,
        status: 'queued',
        total: valid.length,
        createdBy: user!.id as number,
      },
      overrideAccess: true,
      req,
    })
    const job = await req.payload.jobs.queue({
      task: 'geoImport',
      input: {
        importId: record.id,
        category,
        district: district ?? null,
        licence: licence ?? null,
        source: `Import of ${result.filename}`,
        collectedBy: personOf(user)?.name ?? personOf(user)?.email ?? null,
        features: valid.map(({ index, title, geometry, properties, summary }) => ({
          index,
          title,
          geometry,
          properties,
          summary,
        })),
      } as never,
      req,
    })
    return Response.json(
      { importId: record.id, jobId: job.id, total: valid.length, skipped },
      { status: 202 },
    )
  },
})
