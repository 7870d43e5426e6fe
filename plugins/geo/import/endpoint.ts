import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { hasRole } from '../../../access/roles'
import { ImportError, parseUpload } from './parse'
import { previewImport } from './preview'

const maxBytes = () => Number(process.env.GEO_IMPORT_MAX_MB ?? 20) * 1024 * 1024

const problem = (status: number, message: string, path = 'file') =>
  Response.json({ errors: [{ message, data: { errors: [{ path, message }] } }] }, { status })

/** Reads the body up to the limit; stops reading as soon as it is exceeded. */
const readLimited = async (body: ReadableStream<Uint8Array> | null, limit: number) => {
  if (!body) return null
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > limit) return 'too-large' as const
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Checks the caller, reads the uploaded file (the request body) within the
 * size limit and previews it. Either a Response to send as is, or the report.
 */
const readAndPreview = async (req: PayloadRequest) => {
  if (!hasRole(req.user, 'admin', 'editor')) return problem(403, 'Only editors and admins can import.')
  const limit = maxBytes()
  const tooLarge = () => problem(413, `The file is larger than the ${limit / 1024 / 1024} MB limit`)
  // Refuse by the declared size before reading a byte.
  if (Number(req.headers.get('content-length') ?? 0) > limit) return tooLarge()
  const bytes = await readLimited(req.body ?? null, limit)
  if (bytes === 'too-large') return tooLarge()
  if (!bytes || bytes.length === 0) return problem(400, 'Send the file as the request body')
  const filename = req.searchParams.get('filename') ?? ''
  try {
    const { format, features } = parseUpload(filename, bytes)
    const report = await previewImport(req.payload, format, features)
    if (report.valid === 0) {
      return Response.json(
        {
          ...report,
          errors: [
            {
              message: 'The file has no usable features',
              data: { errors: [{ path: 'file', message: 'no usable features' }] },
            },
          ],
        },
        { status: 422 },
      )
    }
    return { report, filename: filename || `upload.${format}` }
  } catch (error) {
    if (error instanceof ImportError) return problem(400, error.message)
    throw error
  }
}

/**
 * `POST /api/geo/import/preview?filename=sites.kml` with the file as the
 * request body (editors and admins): parses GeoJSON, GPX, KML or KMZ and
 * reports what committing it would create. Nothing is written.
 */
export const importPreviewEndpoint: Endpoint = {
  path: '/geo/import/preview',
  method: 'post',
  handler: async (req) => {
    const result = await readAndPreview(req)
    if (result instanceof Response) return result
    // The mapped features themselves are for the commit, not the report.
    const { validFeatures: _features, ...report } = result.report
    return Response.json(report)
  },
}

const commitParams = z.object({
  filename: z.string().max(200).optional(),
  category: z.coerce.number().int().positive(),
  district: z.coerce.number().int().positive().optional(),
  licence: z.string().max(80).optional(),
})

/**
 * `POST /api/geo/import/commit?filename=…&category=3[&district=7&licence=…]`
 * with the same file: queues a job that creates a draft resource per valid
 * feature (district: the given one, or the nearest by centroid) and answers
 * 202 with the import whose progress the admin shows.
 */
export const importCommitEndpoint: Endpoint = {
  path: '/geo/import/commit',
  method: 'post',
  handler: async (req) => {
    const params = commitParams.safeParse(Object.fromEntries(req.searchParams.entries()))
    if (!params.success) {
      const field = params.error.issues[0]!.path.join('.')
      return problem(400, `${field}: ${params.error.issues[0]!.message}`, field)
    }
    const result = await readAndPreview(req)
    if (result instanceof Response) return result
    const { category, district, licence } = params.data
    for (const [collection, id] of [
      ['categories', category],
      ['districts', district],
    ] as const) {
      if (id && !(await req.payload.count({ collection, where: { id: { equals: id } } })).totalDocs) {
        return problem(
          400,
          `No ${collection} document has id ${id}`,
          collection === 'categories' ? 'category' : 'district',
        )
      }
    }
    const valid = result.report.validFeatures
    const record = await req.payload.create({
      collection: 'imports',
      data: {
        filename: result.filename,
        format: result.report.format,
        status: 'queued',
        total: valid.length,
        createdBy: req.user!.id as number,
      },
      overrideAccess: true,
      req,
    })
    const job = await req.payload.jobs.queue({
      task: 'geoImport',
      input: {
        importId: record.id as number,
        category,
        district: district ?? null,
        licence: licence ?? null,
        source: `Import of ${result.filename}`,
        collectedBy: (req.user?.name as string | undefined) ?? req.user?.email ?? null,
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
    return Response.json({ importId: record.id, jobId: job.id, total: valid.length }, { status: 202 })
  },
}
