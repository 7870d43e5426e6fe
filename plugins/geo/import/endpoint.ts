import type { Endpoint } from 'payload'

import { hasRole } from '../../../access/roles'
import { ImportError, parseUpload } from './parse'
import { previewImport } from './preview'

const maxBytes = () => Number(process.env.GEO_IMPORT_MAX_MB ?? 20) * 1024 * 1024

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message, data: { errors: [{ path: 'file', message }] } }] }, { status })

/** Reads the body up to the limit; stops reading (and says so) as soon as it is exceeded. */
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
 * `POST /api/geo/import/preview?filename=sites.kml` with the file as the
 * request body (editors and admins): parses GeoJSON, GPX, KML or KMZ and
 * reports what committing it would create. Nothing is written.
 */
export const importPreviewEndpoint: Endpoint = {
  path: '/geo/import/preview',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return problem(403, 'Only editors and admins can import.')
    const limit = maxBytes()
    // Refuse by the declared size before reading a byte.
    if (Number(req.headers.get('content-length') ?? 0) > limit) {
      return problem(413, `The file is larger than the ${limit / 1024 / 1024} MB limit`)
    }
    const bytes = await readLimited(req.body ?? null, limit)
    if (bytes === 'too-large')
      return problem(413, `The file is larger than the ${limit / 1024 / 1024} MB limit`)
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
      return Response.json(report)
    } catch (error) {
      if (error instanceof ImportError) return problem(400, error.message)
      throw error
    }
  },
}
