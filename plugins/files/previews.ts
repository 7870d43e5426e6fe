import type { CollectionAfterDeleteHook, Payload, TaskConfig } from 'payload'

import type { File } from '../../payload-types'

import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { setPriority, tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { NotFound } from 'payload'
import sharp from 'sharp'
import { z } from 'zod'

import { defineEndpoint } from '../../utilities/endpoint'
import { notFound } from '../../utilities/errors'
import { idParam } from '../../utilities/idParam'

import { fileStore } from './storage'

const run = promisify(execFile)
export const PREVIEW_WIDTH = 320

/**
 * Previews are background work: a large PDF keeps pdftoppm busy for a second
 * or more (1.5 s for 100 MB here), and at normal priority it takes a core
 * from the uploads and page loads the CMS is serving at the same time.
 */
const PREVIEW_NICENESS = 19

const yieldToRequests = (pid: number | undefined) => {
  try {
    if (pid) setPriority(pid, PREVIEW_NICENESS)
  } catch {
    // Already exited: nothing left to yield.
  }
}

/** The first page of a PDF as PNG bytes, by poppler's pdftoppm (Debian's poppler-utils). */
const firstPdfPage = async (file: string, dir: string) => {
  const rendering = run(
    'pdftoppm',
    ['-png', '-f', '1', '-l', '1', '-scale-to', String(PREVIEW_WIDTH * 2), file, path.join(dir, 'page')],
    { timeout: 30_000 },
  )
  yieldToRequests(rendering.child.pid)
  await rendering
  const page = (await readdir(dir)).find((f) => f.startsWith('page') && f.endsWith('.png'))
  if (!page) throw new Error('pdftoppm produced no page')
  return path.join(dir, page)
}

/** Works on a local copy of the original, wherever it is stored (disk or S3). */
const makePreview = async (payload: Payload, id: number) => {
  const doc = await payload.findByID({ collection: 'files', id, depth: 0, overrideAccess: true })
  const dir = await mkdtemp(path.join(tmpdir(), 'hujra-preview-'))
  try {
    const source = path.join(dir, 'original')
    await fileStore().download(String(doc.filename), source)
    const input = doc.mimeType === 'application/pdf' ? await firstPdfPage(source, dir) : source
    const preview = await sharp(input)
      .resize({ width: PREVIEW_WIDTH, withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer()
    await fileStore().putPreview(id, preview)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Previews are made in the background (queue `files`, every few seconds):
 * an upload never waits for them. A failure is recorded on the file, where
 * editors see it.
 */
export const filePreviewTask: TaskConfig<{ input: { id: number }; output: { status: string } }> = {
  slug: 'filePreview',
  label: 'Make a file preview',
  inputSchema: [{ name: 'id', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: 1,
  handler: async ({ input, req }) => {
    let status: 'ready' | 'failed' = 'ready'
    let previewError: string | null = null
    try {
      await makePreview(req.payload, input.id)
    } catch (error) {
      status = 'failed'
      previewError = (error as Error).message.slice(0, 500)
    }
    await req.payload.update({
      collection: 'files',
      id: input.id,
      data: { previewStatus: status, previewError },
      depth: 0,
      overrideAccess: true,
      context: { previewOnly: true },
    })
    return { output: { status } }
  },
}

/** `GET /api/files/:id/preview`: the preview image, to whoever may read the file. */
export const previewEndpoint = defineEndpoint({
  method: 'get',
  path: '/:id/preview',
  params: z.object({ id: idParam() }),
  handler: async ({ req, params: { id } }) => {
    // Read with the caller's access: a file they may not read is as missing as one that is not there.
    const doc = await req.payload
      .findByID({ collection: 'files', id, depth: 0, user: req.user, overrideAccess: false, req })
      .catch((error: unknown) => {
        if (error instanceof NotFound) return null
        throw error
      })
    if (!doc) throw notFound('Not found', 'id')
    if (doc.previewStatus !== 'ready') throw notFound(`No preview yet (${doc.previewStatus ?? 'none'})`)
    const bytes = await fileStore().getPreview(id)
    if (!bytes) throw notFound('No preview yet (missing)')
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'image/webp',
        'Cache-Control': doc.visibility === 'private' ? 'private, max-age=300' : 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
})

/** A deleted file's preview goes with it. */
export const removePreview: CollectionAfterDeleteHook<File> = async ({ doc }) => {
  await fileStore().deletePreview(doc.id as number)
  return doc
}
