import type {
  CollectionAfterChangeHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
} from 'payload'

import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'

import { sql } from '@payloadcms/db-postgres'
import { APIError } from 'payload'

import type { File } from '../../payload-types'

import { config } from '../../utilities/config'
import { recordAuditEvent } from '../audit'
import { transactionDb } from '../../utilities/db'

import { canReadFile, withholdAfterChange, withholdAfterDelete } from './access'
import { UploadRefused, checkUpload, maxUploadBytes, maxUploadMb } from './checks'
import { ScannerUnavailable, clamavConfigured, scanWithClamd } from './clamav'
import { filePreviewTask, previewEndpoint, removePreview } from './previews'
import { checkQuota, usageEndpoint } from './quota'
import { fileRetentionTask, retentionEndpoint } from './retention'
import { serveFile, setSecurityHeaders } from './serve'
import { requestSizeLimit, sizeGuardEndpoints } from './sizeGuard'
import { sweepUploadTemp, uploadTempDir } from './tempSweep'
import { staticDir as defaultStaticDir, withStorage } from './storage'
import { scanUpload, type UploadedFile, uploadPath } from './uploadedFile'

/**
 * Checks every upload before Payload stores it (REST, GraphQL and the Local
 * API alike): type sniffed from the bytes, allow-list, extension agreement,
 * polyglots, size; the SHA-256 of the bytes finds duplicates; the stored name
 * is generated, whatever the uploaded name was.
 */
const checkFile =
  (slug: string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const file = req.file as UploadedFile | undefined
    if (!file || (operation !== 'create' && operation !== 'update')) return args
    // Scanned first, whatever its type: an infected upload is refused and leaves an audit event.
    if (clamavConfigured()) await scan(req, file)
    const checked = await checkUpload(file)
    await checkQuota(
      req,
      checked.size,
      operation === 'update' ? (args as { id?: number | string }).id : undefined,
    )
    // Held until this upload's transaction ends: a second upload of the same bytes waits
    // here, then finds the first one committed and is told it is a duplicate.
    await (
      await transactionDb(req)
    ).execute(sql`select pg_advisory_xact_lock(hashtextextended(${'files:' + checked.sha256}, 0))`)
    const existing = await req.payload.find({
      collection: slug as 'files',
      where: { sha256: { equals: checked.sha256 } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const duplicate = existing.docs[0]
    if (duplicate) {
      throw new APIError(
        `file: these bytes are already stored as file ${duplicate.id} (${duplicate.filename}); link that file instead`,
        409,
        { duplicateOf: duplicate.id, url: duplicate.url },
        true,
      )
    }
    req.context.upload = { sha256: checked.sha256, originalName: file.name.slice(0, 255) }
    req.context.uploadTempPath = uploadPath(file)
    file.name = `${randomUUID()}.${checked.ext}`
    file.mimetype = checked.mime
    return args
  }

const scan = async (req: Parameters<CollectionBeforeOperationHook>[0]['req'], file: UploadedFile) => {
  let signature: string | null
  try {
    signature = await scanWithClamd(scanUpload(file))
  } catch (error) {
    if (!(error instanceof ScannerUnavailable)) throw error
    // Fail closed unless told otherwise: an unscanned file is not accepted.
    if (config().CLAMAV_FAIL_OPEN) {
      req.payload.logger.warn(`files: accepted without a virus scan (${error.message})`)
      return
    }
    req.payload.logger.error(`files: upload refused, the virus scanner is unavailable (${error.message})`)
    throw new UploadRefused(
      503,
      'file: the virus scanner is unavailable, so uploads are refused for now; try again later',
    )
  }
  if (!signature) return
  // Detached: the refusal rolls the request's transaction back, and the event must stay.
  await recordAuditEvent(
    req,
    {
      type: 'virus-detected',
      subjectCollection: 'files',
      diff: { signature: { to: signature }, name: { to: file.name.slice(0, 255) }, size: { to: file.size } },
    },
    { detached: true },
  )
  throw new UploadRefused(422, `file: a virus was found (${signature}); the file was not stored`)
}

/**
 * Payload unlinks the temporary upload through `req.file`, but any Local API
 * create that shares the request (the audit event, the preview job) resets
 * `req.file` first, so the file would stay behind: remove it here.
 */
const removeTempFile: CollectionAfterOperationHook = async ({ req, result }) => {
  const tempPath = req.context.uploadTempPath
  if (typeof tempPath === 'string') {
    delete req.context.uploadTempPath
    await rm(tempPath, { force: true })
  }
  return result
}

/** The checked upload's hash and original name go on the document; its preview starts over. */
const recordChecked: CollectionBeforeChangeHook<File> = ({ data, req }) => {
  const upload = req.context.upload as { sha256: string; originalName: string } | undefined
  return upload ? { ...data, ...upload, previewStatus: 'pending', previewError: null } : data
}

/** A new file (or new bytes): its preview is queued in the same transaction. */
const queuePreview: CollectionAfterChangeHook<File> = async ({ doc, req }) => {
  if (req.context.upload) {
    await req.payload.jobs.queue({ task: 'filePreview', queue: 'files', input: { id: doc.id }, req })
  }
  return doc
}

const withChecks = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const staticDir = () => upload.staticDir ?? defaultStaticDir()
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), checkFile(collection.slug)],
      afterOperation: [...(hooks.afterOperation ?? []), removeTempFile],
      afterDelete: [...(hooks.afterDelete ?? []), removePreview],
      beforeChange: [...(hooks.beforeChange ?? []), recordChecked],
      afterChange: [...(hooks.afterChange ?? []), queuePreview],
    },
    upload: {
      ...upload,
      // The plugin enforces its own, stricter allow-list from the bytes. Payload's
      // mimeTypes check would also read a whole PDF into memory to validate it.
      mimeTypes: undefined,
      modifyResponseHeaders: ({ headers }) => setSecurityHeaders(headers),
      // The admin's lists show the background preview (PDFs' first page too) once it is ready.
      adminThumbnail: ({ doc }) =>
        doc.previewStatus === 'ready' ? `/api/${collection.slug}/${String(doc.id)}/preview` : null,
      // First, so the original name and the security headers reach every storage.
      handlers: [serveFile(staticDir), ...(upload.handlers ?? [])],
    },
    access: { ...collection.access, read: canReadFile },
    endpoints: [
      // First: they stand in front of Payload's own create and update routes.
      ...sizeGuardEndpoints(collection.slug),
      ...(collection.endpoints || []),
      usageEndpoint,
      retentionEndpoint,
      previewEndpoint,
    ],
    fields: [
      ...collection.fields,
      {
        name: 'visibility',
        type: 'select',
        defaultValue: 'public',
        options: [
          { label: 'Public', value: 'public' },
          { label: 'Private (its owner and editors)', value: 'private' },
        ],
        admin: { position: 'sidebar' },
      },
      {
        name: 'owner',
        type: 'relationship',
        relationTo: 'users',
        admin: { position: 'sidebar', readOnly: true },
        hooks: {
          // The uploader owns the file; nobody reassigns it through the API.
          beforeChange: [
            ({ operation, req, value }) => (operation === 'create' ? (req.user?.id ?? value ?? null) : value),
          ],
        },
      },
      {
        name: 'withheld',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          position: 'sidebar',
          readOnly: true,
          description:
            'Attached only to unpublished resources: not downloadable by the public until one is published.',
        },
      },
      {
        name: 'archivedAt',
        type: 'date',
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Archived by a retention rule: kept, but no longer served to the public.',
        },
      },
      {
        name: 'previewStatus',
        type: 'select',
        options: ['pending', 'ready', 'failed'],
        admin: { position: 'sidebar', readOnly: true, description: 'The preview is made in the background.' },
      },
      { name: 'previewError', type: 'text', admin: { position: 'sidebar', readOnly: true } },
      {
        name: 'sha256',
        type: 'text',
        index: true,
        admin: { readOnly: true, description: 'SHA-256 of the bytes: the same file is stored once.' },
      },
      { name: 'originalName', type: 'text', maxLength: 255, admin: { readOnly: true } },
    ],
  }
}

/** Safe uploads for the given upload collections, and the size limit on every multipart body. */
export const filesPlugin =
  ({ collections }: { collections: string[] }) =>
  (incoming: Config): Config | Promise<Config> =>
    withStorage(collections)({
      ...incoming,
      // Busboy stops reading past the limit and Payload answers 413: a huge body is never buffered whole.
      upload: {
        ...incoming.upload,
        limits: { ...incoming.upload?.limits, fileSize: maxUploadBytes() },
        // The whole multipart body (Payload's own default is 50 MB): the file plus room for the fields.
        requestSizeLimit: requestSizeLimit(),
        abortOnLimit: true,
        responseOnLimit: `file: larger than the ${maxUploadMb()} MB limit`,
        // Uploads stream to a temporary file instead of memory; the checks read it in chunks.
        useTempFiles: true,
        // One folder per process: a check for leftovers sees only its own, and a crashed
        // process's folder is swept at the next start.
        tempFileDir: uploadTempDir(),
      },
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          afterDashboard: [
            ...(incoming.admin?.components?.afterDashboard ?? []),
            '/plugins/files/admin/StorageReport#StorageReport',
          ],
        },
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        // In the background: a slow temporary folder must not hold up the start.
        void sweepUploadTemp().then(
          (removed) =>
            removed.length && payload.logger.info(`files: removed ${removed.length} stale upload folders`),
          (error: Error) => payload.logger.warn(`files: could not sweep stale uploads (${error.message})`),
        )
      },
      jobs: {
        ...incoming.jobs,
        tasks: [...(incoming.jobs?.tasks ?? []), filePreviewTask as never, fileRetentionTask as never],
        // Previews a few seconds after an upload.
        autoRun: [
          ...(Array.isArray(incoming.jobs?.autoRun) ? incoming.jobs.autoRun : []),
          { cron: '*/5 * * * * *', queue: 'files' },
        ],
      },
      collections: (incoming.collections ?? []).map((c) => {
        if (collections.includes(c.slug)) return withChecks(c)
        if (c.slug !== 'resources') return c
        // A resource's attachments follow its publication state.
        const hooks = c.hooks ?? {}
        return {
          ...c,
          hooks: {
            ...hooks,
            afterChange: [...(hooks.afterChange ?? []), withholdAfterChange],
            afterDelete: [...(hooks.afterDelete ?? []), withholdAfterDelete],
          },
        }
      }),
    })
