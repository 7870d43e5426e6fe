import type { Payload } from 'payload'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { config, resetConfig } from '../../utilities/config'
import { PASSWORD, clientsByRole, createTaxonomy, resourceData, unique, uniquePng } from '../helpers/fixtures'
import { anonymous } from '../helpers/rest'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
})

const upload = (bytes: Uint8Array, name: string, type = 'application/octet-stream') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'test' }))
  return clients.editor.api.postForm('/files', form)
}

const message = (body: { errors?: { message: string }[] }) => body.errors?.[0]?.message ?? ''

const jpeg = () =>
  sharp({
    create: {
      width: 4,
      height: 4,
      channels: 3,
      background: { r: 10, g: Math.floor(Math.random() * 255), b: 30 },
    },
  })
    .jpeg()
    .toBuffer()

describe('safe uploads', () => {
  it('store an accepted file under a generated name, with its sniffed type, size and SHA-256', async () => {
    const png = await uniquePng()
    const res = await upload(png, '../../etc/passwd ✓ تصویر.png', 'application/pdf')
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.png$/)
    // The multipart parser keeps only the last path segment; the stored name is ours either way.
    expect(doc.originalName).toBe('passwd ✓ تصویر.png')
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filesize).toBe(png.length)
    const { createHash } = await import('node:crypto')
    expect(doc.sha256).toBe(createHash('sha256').update(png).digest('hex'))
  })

  it('refuse a JPEG renamed .pdf, naming the file field', async () => {
    const res = await upload(await jpeg(), `report-${unique()}.pdf`, 'application/pdf')
    expect(res.status).toBe(400)
    expect(message(res.body)).toBe('file: the name says .pdf but the contents are image/jpeg (.jpg)')
  })

  it('refuse a polyglot (an image carrying an archive)', async () => {
    const zip = Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1')
    const res = await upload(Buffer.concat([await uniquePng(), zip]), `photo-${unique()}.png`, 'image/png')
    expect(res.status).toBe(400)
    expect(message(res.body)).toContain('polyglot')
  })

  it('refuse types outside the allow-list and contents with no known type', async () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>')
    const text = await upload(html, `page-${unique()}.html`, 'text/html')
    expect(text.status).toBe(415)
    expect(message(text.body)).toBe('file: its type cannot be told from its contents')
    // A real format we do not accept: TIFF.
    const tiff = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#123456' } })
      .tiff()
      .toBuffer()
    const refused = await upload(tiff, `scan-${unique()}.tif`, 'image/tiff')
    expect(refused.status).toBe(415)
    expect(message(refused.body)).toContain('image/tiff is not accepted')
  })

  it('tell the uploader when the bytes are already stored, and store nothing new', async () => {
    const png = await uniquePng()
    const first = await upload(png, `first-${unique()}.png`, 'image/png')
    expect(first.status).toBe(201)
    const before = (await payload.count({ collection: 'files', overrideAccess: true })).totalDocs
    const again = await upload(png, `again-${unique()}.png`, 'image/png')
    expect(again.status).toBe(409)
    expect(message(again.body)).toContain(`already stored as file ${first.body.doc.id}`)
    expect((await payload.count({ collection: 'files', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('stream uploads through a temporary file and leave nothing behind, accepted or refused', async () => {
    const { readdir } = await import('node:fs/promises')
    const dir = payload.config.upload.tempFileDir as string
    const leftovers = async () => (await readdir(dir).catch(() => [] as string[])).length
    expect((await upload(await uniquePng(), `temp-${unique()}.png`, 'image/png')).status).toBe(201)
    expect((await upload(await jpeg(), `temp-${unique()}.pdf`, 'application/pdf')).status).toBe(400)
    expect((await upload(new Uint8Array(26 * 1024 * 1024), `temp-${unique()}.png`, 'image/png')).status).toBe(
      413,
    )
    expect(await leftovers()).toBe(0)
  })

  it('sweep temporary uploads a crashed process left behind, and stale ones in UPLOAD_TEMP_DIR', async () => {
    const { spawnSync } = await import('node:child_process')
    const { mkdir, mkdtemp, readdir, utimes, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { sweepUploadTemp } = await import('../../plugins/files/tempSweep')
    const gone = spawnSync(process.execPath, ['-e', '0']).pid // exited by now
    const crashed = path.join(tmpdir(), `hujra-uploads-${gone}`)
    await mkdir(crashed, { recursive: true })
    await writeFile(path.join(crashed, 'tmp-1'), 'half an upload')
    expect(await sweepUploadTemp()).toContain(`hujra-uploads-${gone}`)
    expect(await readdir(tmpdir())).not.toContain(`hujra-uploads-${gone}`)

    const configured = await mkdtemp(path.join(tmpdir(), 'hujra-upload-dir-'))
    await writeFile(path.join(configured, 'old'), 'x')
    await writeFile(path.join(configured, 'fresh'), 'x')
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(path.join(configured, 'old'), twoHoursAgo, twoHoursAgo)
    process.env.UPLOAD_TEMP_DIR = configured
    resetConfig()
    try {
      await sweepUploadTemp()
    } finally {
      delete process.env.UPLOAD_TEMP_DIR
      resetConfig()
    }
    expect(await readdir(configured)).toEqual(['fresh'])
    const { rm } = await import('node:fs/promises')
    await rm(configured, { recursive: true, force: true })
  })

  it('find a foreign signature across the chunks the bytes are read in, and refuse a damaged PDF', async () => {
    const { checkUpload } = await import('../../plugins/files/checks')
    const png = await uniquePng()
    // A ZIP signature split across the 1 MB chunk boundary.
    const padded = Buffer.concat([
      png,
      Buffer.alloc(1024 * 1024 - png.length - 2),
      Buffer.from('PK\x03\x04', 'latin1'),
    ])
    const file = (data: Buffer, name: string) => ({
      data,
      name,
      mimetype: 'application/octet-stream',
      size: data.length,
    })
    await expect(checkUpload(file(padded, 'big.png'))).rejects.toThrow('it also contains a ZIP archive')
    const truncated = minimalPdf(unique()).subarray(0, 200)
    await expect(checkUpload(file(truncated, 'cut.pdf'))).rejects.toThrow('the PDF is damaged')
    const whole = await checkUpload(file(minimalPdf(unique()), 'whole.pdf'))
    expect(whole).toMatchObject({ ext: 'pdf', mime: 'application/pdf' })
  })

  it('store bytes once when the same file is uploaded twice at the same moment', async () => {
    const png = await uniquePng()
    const before = (await payload.count({ collection: 'files', overrideAccess: true })).totalDocs
    const answers = await Promise.all([
      upload(png, `race-a-${unique()}.png`, 'image/png'),
      upload(png, `race-b-${unique()}.png`, 'image/png'),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409])
    expect((await payload.count({ collection: 'files', overrideAccess: true })).totalDocs).toBe(before + 1)
  })

  it('answer 413 from the Content-Length alone, before reading the body', async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../payload.config')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: clients.editor.user.email, password: PASSWORD },
    })
    // An endless body: reading it would only stop at the parser's own limit, 26 MB later.
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled += 1
        controller.enqueue(new Uint8Array(64 * 1024))
      },
    })
    const response = await REST_POST(config)(
      new Request('http://localhost:3000/api/files', {
        method: 'POST',
        headers: {
          Authorization: `JWT ${token}`,
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(100 * 1024 * 1024),
        },
        body,
        duplex: 'half',
      } as RequestInit),
      { params: Promise.resolve({ slug: ['files'] }) },
    )
    expect(response.status).toBe(413)
    expect(response.headers.get('x-request-id')).toBeTruthy()
    expect(response.headers.get('connection')).toBe('close')
    expect(await response.json()).toEqual({
      errors: [{ message: 'file: larger than the 25 MB limit', field: 'file' }],
      requestId: response.headers.get('x-request-id'),
    })
    expect(pulled).toBeLessThan(4)
  })

  it('answer 413 for a body over the size limit (25 MB by default)', async () => {
    const big = new Uint8Array(26 * 1024 * 1024)
    const res = await upload(big, `big-${unique()}.png`, 'image/png')
    expect(res.status).toBe(413)
  })

  it('serve files with nosniff and a restrictive CSP', async () => {
    const res = await upload(await uniquePng(), `served-${unique()}.png`, 'image/png')
    // The JSON helper cannot read an image: ask the route directly.
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../payload.config')
    const response = await REST_GET(config)(
      new Request(`http://localhost:3000/api/files/file/${res.body.doc.filename}`),
      {
        params: Promise.resolve({ slug: ['files', 'file', res.body.doc.filename] }),
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
  })
})

const download = async (filename: string, token?: string) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await REST_GET(config)(
    new Request(`http://localhost:3000/api/files/file/${filename}`, { headers }),
    { params: Promise.resolve({ slug: ['files', 'file', filename] }) },
  )
  return response.status
}

describe('who may download', () => {
  it('withholds a file attached only to an unpublished resource until the resource is published', async () => {
    const file = (await upload(await uniquePng(), `plan-${unique()}.png`, 'image/png')).body.doc
    expect(await download(file.filename)).toBe(200)
    const taxonomy = await createTaxonomy(payload)
    const draft = await payload.create({
      collection: 'resources',
      data: { ...resourceData(taxonomy), attachments: [file.id], _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    expect((await anonymous().get(`/files/${file.id}`)).status).toBe(404)
    expect(await download(file.filename)).toBe(403)
    // Editors still see it, to work on the draft.
    expect((await clients.editor.api.get(`/files/${file.id}`)).status).toBe(200)
    await payload.update({
      collection: 'resources',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect((await anonymous().get(`/files/${file.id}`)).status).toBe(200)
    expect(await download(file.filename)).toBe(200)
  })

  it('serves a private file only to its owner and editors', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await uniquePng())], { type: 'image/png' }),
      `id-card-${unique()}.png`,
    )
    form.append('_payload', JSON.stringify({ alt: 'identity card', visibility: 'private' }))
    const res = await clients.editor.api.postForm('/files', form)
    expect(res.status).toBe(201)
    const file = res.body.doc
    expect(file.owner).toMatchObject({ id: clients.editor.user.id })
    expect((await anonymous().get(`/files/${file.id}`)).status).toBe(404)
    expect(await download(file.filename)).toBe(403)
    expect((await clients.member.api.get(`/files/${file.id}`)).status).toBe(404)
    expect((await clients.admin.api.get(`/files/${file.id}`)).status).toBe(200)
  })
})

const fetchFile = async (filename: string, headers: Record<string, string> = {}) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  return REST_GET(config)(new Request(`http://localhost:3000/api/files/file/${filename}`, { headers }), {
    params: Promise.resolve({ slug: ['files', 'file', filename] }),
  })
}

describe('serving', () => {
  it('gives the uploaded name back in an encoded Content-Disposition, and answers byte ranges', async () => {
    const png = await uniquePng()
    const doc = (await upload(png, 'تصویر (1) ✓.png', 'image/png')).body.doc
    const response = await fetchFile(doc.filename)
    expect(response.status).toBe(200)
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^inline; /)
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('تصویر (1) ✓.png').replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    )
    // The plain fallback is ASCII only, so no header injection or mojibake.
    expect(disposition).toMatch(/filename="[\x20-\x7e]*"/)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true)
    const partial = await fetchFile(doc.filename, { Range: 'bytes=0-7' })
    expect(partial.status).toBe(206)
    expect(Buffer.from(await partial.arrayBuffer()).equals(png.subarray(0, 8))).toBe(true)
  })

  it('accept SVG only when allowed, refuse active content in it, and serve it as an attachment', async () => {
    const svg = (body: string) =>
      Buffer.from(
        `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${body}</svg>`,
      )
    const circle = `<circle cx="5" cy="5" r="${Math.random()}"/>`
    expect((await upload(svg(circle), `logo-${unique()}.svg`, 'image/svg+xml')).status).toBe(415)
    const before = process.env.ALLOWED_EXTENSIONS
    process.env.ALLOWED_EXTENSIONS = 'jpg,png,webp,gif,pdf,svg'
    resetConfig()
    try {
      const scripted = await upload(svg('<script>alert(1)</script>'), `x-${unique()}.svg`, 'image/svg+xml')
      expect(scripted.status).toBe(400)
      expect(message(scripted.body)).toBe('file: the SVG contains a script; it is refused')
      const handler = await upload(
        svg(`<rect onload="alert(1)" width="${Math.random()}"/>`),
        `y-${unique()}.svg`,
        'image/svg+xml',
      )
      expect(handler.status).toBe(400)
      const res = await upload(svg(circle), `logo-${unique()}.svg`, 'image/svg+xml')
      expect(res.status).toBe(201)
      expect(res.body.doc.mimeType).toBe('image/svg+xml')
      const served = await fetchFile(res.body.doc.filename)
      expect(served.headers.get('content-disposition')).toMatch(/^attachment; /)
      expect(served.headers.get('content-security-policy')).toContain("default-src 'none'")
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      if (before === undefined) delete process.env.ALLOWED_EXTENSIONS
      else process.env.ALLOWED_EXTENSIONS = before
      resetConfig()
    }
  })
})

/** A one-page PDF (a blue square), written out with a correct cross-reference table. */
const minimalPdf = (marker: string) => {
  const content = `0 0 1 rg 20 20 160 160 re f % ${marker}`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const preview = async (id: number, client = clients.editor.api) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  void client
  return REST_GET(config)(new Request(`http://localhost:3000/api/files/${id}/preview`), {
    params: Promise.resolve({ slug: ['files', String(id), 'preview'] }),
  })
}

describe('previews', () => {
  it('are made in the background for images and the first page of PDFs, with their status on the file', async () => {
    const image = (await upload(await uniquePng(), `photo-${unique()}.png`, 'image/png')).body.doc
    const pdf = (await upload(minimalPdf(unique()), `leaflet-${unique()}.pdf`, 'application/pdf')).body.doc
    // The upload did not wait for them.
    expect(image.previewStatus).toBe('pending')
    expect(image.thumbnailURL ?? null).toBeNull()
    expect(pdf.previewStatus).toBe('pending')
    expect((await preview(image.id)).status).toBe(404)
    await payload.jobs.run({ queue: 'files', limit: 100 })
    for (const doc of [image, pdf]) {
      const stored = await payload.findByID({ collection: 'files', id: doc.id, overrideAccess: true })
      expect(stored.previewStatus, stored.previewError ?? '').toBe('ready')
      // The admin's thumbnail is the preview.
      expect(stored.thumbnailURL).toBe(`/api/files/${doc.id}/preview`)
      const response = await preview(doc.id)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/webp')
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect(meta.format).toBe('webp')
      expect(meta.width).toBeLessThanOrEqual(320)
    }
    // The PDF's preview shows its page: mostly blue.
    const stats = await sharp(Buffer.from(await (await preview(pdf.id)).arrayBuffer())).stats()
    expect(stats.channels[2]!.mean).toBeGreaterThan(stats.channels[0]!.mean)
  })

  it('record a failure where editors see it (here: the stored bytes went missing)', async () => {
    // Payload itself refuses a damaged PDF at upload ("Invalid PDF file"), so take a good image away.
    const res = await upload(await uniquePng(), `lost-${unique()}.png`, 'image/png')
    expect(res.status).toBe(201)
    const { rm } = await import('node:fs/promises')
    const path = await import('node:path')
    await rm(path.resolve(config().FILES_DIR, res.body.doc.filename))
    await payload.jobs.run({ queue: 'files', limit: 100 })
    const stored = await payload.findByID({ collection: 'files', id: res.body.doc.id, overrideAccess: true })
    expect(stored.previewStatus).toBe('failed')
    expect(stored.previewError).toContain('ENOENT')
  })
})

describe('quotas and usage', () => {
  it('refuse an upload past the quota admins set, and report usage to admins only', async () => {
    expect((await clients.admin.api.post('/globals/settings', { uploads: { quotaMb: 1 } })).status).toBe(200)
    try {
      const { randomBytes } = await import('node:crypto')
      const big = await sharp(randomBytes(800 * 800 * 3), { raw: { width: 800, height: 800, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer()
      const refused = await upload(big, `big-${unique()}.png`, 'image/png')
      expect(refused.status).toBe(413)
      expect(message(refused.body)).toContain('your storage quota of 1 MB would be exceeded')
      const small = await upload(await uniquePng(), `small-${unique()}.png`, 'image/png')
      expect(small.status).toBe(201)
      // New bytes for an existing file count too, less the bytes they replace.
      const replace = async (bytes: Uint8Array) => {
        const { REST_PATCH } = await import('@payloadcms/next/routes')
        const { default: config } = await import('../../payload.config')
        const { token } = await payload.login({
          collection: 'users',
          data: { email: clients.editor.user.email, password: PASSWORD },
        })
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `new-${unique()}.png`)
        form.append('_payload', JSON.stringify({}))
        const id = String(small.body.doc.id)
        const response = await REST_PATCH(config)(
          new Request(`http://localhost:3000/api/files/${id}`, {
            method: 'PATCH',
            headers: { Authorization: `JWT ${token}` },
            body: form,
          }),
          { params: Promise.resolve({ slug: ['files', id] }) },
        )
        return {
          status: response.status,
          body: (await response.json()) as { errors?: { message: string }[] },
        }
      }
      const tooBig = await replace(big)
      expect(tooBig.status).toBe(413)
      expect(message(tooBig.body)).toContain('your storage quota of 1 MB would be exceeded')
      expect((await replace(await uniquePng())).status).toBe(200)
    } finally {
      await clients.admin.api.post('/globals/settings', { uploads: { quotaMb: null } })
    }
    // The admins' dashboard panel shows the same figures; others see nothing.
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { StorageReport } = await import('../../plugins/files/admin/StorageReport')
    const panel = renderToStaticMarkup(
      await StorageReport({ payload, user: { ...clients.admin.user, collection: 'users' } }),
    )
    expect(panel).toContain('Usage by user')
    expect(panel).toContain(clients.editor.user.email)
    expect(await StorageReport({ payload, user: { ...clients.editor.user, collection: 'users' } })).toBeNull()
    const usage = await clients.admin.api.get('/files/usage')
    expect(usage.status).toBe(200)
    expect(usage.body.total.files).toBeGreaterThan(0)
    expect(usage.body.largest[0].bytes).toBeGreaterThanOrEqual(usage.body.largest.at(-1).bytes)
    expect(
      usage.body.users.find((u: { user: number }) => u.user === clients.editor.user.id).files,
    ).toBeGreaterThan(0)
    expect((await clients.editor.api.get('/files/usage')).status).toBe(403)
  })
})

describe('retention', () => {
  const age = async (id: number, days: number) => {
    const { sql } = await import('@payloadcms/db-postgres')
    await payload.db.drizzle.execute(
      sql`update files set created_at = now() - make_interval(days => ${days}) where id = ${id}`,
    )
  }
  const settings = (uploads: Record<string, unknown>) =>
    clients.admin.api.post('/globals/settings', { uploads })

  it('reports first (dry run), then archives and deletes by age and category as admins set', async () => {
    const [oldImage, oldPdf, ancient, recent] = [
      (await upload(await uniquePng(), `old-${unique()}.png`, 'image/png')).body.doc,
      (await upload(minimalPdf(unique()), `old-${unique()}.pdf`, 'application/pdf')).body.doc,
      (await upload(await uniquePng(), `ancient-${unique()}.png`, 'image/png')).body.doc,
      (await upload(await uniquePng(), `recent-${unique()}.png`, 'image/png')).body.doc,
    ]
    await age(oldImage.id, 40)
    await age(oldPdf.id, 40)
    await age(ancient.id, 400)
    // Files content still uses are left alone, however old.
    const [attached, hero] = [
      (await upload(await uniquePng(), `attached-${unique()}.png`, 'image/png')).body.doc,
      (await upload(await uniquePng(), `hero-${unique()}.png`, 'image/png')).body.doc,
    ]
    await age(attached.id, 400)
    await age(hero.id, 40)
    const resource = await payload.create({
      collection: 'resources',
      data: {
        ...resourceData(await createTaxonomy(payload)),
        attachments: [attached.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    const post = await payload.create({
      collection: 'posts',
      data: { title: `Post ${unique()}`, heroImage: hero.id, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const rules = [
      { olderThanDays: 30, category: 'image', action: 'archive' },
      { olderThanDays: 365, action: 'delete' },
    ]
    expect((await settings({ quotaMb: 500, retention: rules })).status).toBe(200)
    try {
      const plan = await clients.admin.api.get('/files/retention')
      expect(plan.status).toBe(200)
      const byId = new Map(plan.body.files.map((f: { id: number; action: string }) => [f.id, f.action]))
      expect(byId.get(oldImage.id)).toBe('archive')
      expect(byId.get(ancient.id)).toBe('delete') // the strongest rule wins
      expect(byId.has(oldPdf.id)).toBe(false) // the archive rule is for images
      expect(byId.has(recent.id)).toBe(false)
      expect(byId.has(attached.id)).toBe(false)
      expect(byId.has(hero.id)).toBe(false)
      const kept = new Map(plan.body.keptFiles.map((f: { id: number; usedBy: string[] }) => [f.id, f.usedBy]))
      expect(kept.get(attached.id)).toEqual([`resources/${resource.id}`])
      expect(kept.get(hero.id)).toEqual([`posts/${post.id}`])
      expect(plan.body.kept).toBeGreaterThanOrEqual(2)
      expect((await clients.editor.api.get('/files/retention')).status).toBe(403)

      // The scheduled job in the default dry-run mode changes nothing and leaves its report.
      await payload.jobs.queue({ task: 'fileRetention', queue: 'files', input: {} })
      await payload.jobs.run({ queue: 'files', limit: 100 })
      let stored = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
      const dryRun = stored.uploads?.lastRetentionRun as { dryRun: boolean; deleted: number }
      expect(dryRun).toMatchObject({ dryRun: true })
      expect(dryRun.deleted).toBeGreaterThanOrEqual(1)
      expect((await anonymous().get(`/files/${oldImage.id}`)).status).toBe(200)
      expect(await payload.count({ collection: 'files', where: { id: { equals: ancient.id } } })).toEqual({
        totalDocs: 1,
      })
      // Saving the report kept the rules and the quota.
      expect(stored.uploads?.retention).toHaveLength(2)
      expect(stored.uploads?.quotaMb).toBe(500)

      expect((await settings({ retentionMode: 'apply' })).status).toBe(200)
      await payload.jobs.queue({ task: 'fileRetention', queue: 'files', input: {} })
      await payload.jobs.run({ queue: 'files', limit: 100 })
      stored = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
      expect(stored.uploads?.lastRetentionRun).toMatchObject({ dryRun: false, failures: [] })
      const archived = await payload.findByID({ collection: 'files', id: oldImage.id, overrideAccess: true })
      expect(archived.archivedAt).toBeTruthy()
      // Archived: kept for editors, gone for the public.
      expect((await anonymous().get(`/files/${oldImage.id}`)).status).toBe(404)
      expect((await clients.editor.api.get(`/files/${oldImage.id}`)).status).toBe(200)
      expect(
        (await payload.count({ collection: 'files', where: { id: { equals: ancient.id } } })).totalDocs,
      ).toBe(0)
      const { existsSync } = await import('node:fs')
      const path = await import('node:path')
      expect(existsSync(path.resolve(config().FILES_DIR, ancient.filename))).toBe(false)
      for (const kept of [oldPdf, recent, attached, hero]) {
        const doc = await payload.findByID({ collection: 'files', id: kept.id, overrideAccess: true })
        expect(doc.archivedAt ?? null).toBeNull()
      }
      // The published resource still lists its attachment, and the public can open it.
      const page = await anonymous().get(`/resources/${resource.id}?depth=1`)
      expect(page.body.attachments.map((a: { id: number }) => a.id)).toEqual([attached.id])
      // The deletion is in the audit log.
      const audit = await payload.find({
        collection: 'audit-events',
        where: {
          and: [{ subjectCollection: { equals: 'files' } }, { subjectId: { equals: String(ancient.id) } }],
        },
        overrideAccess: true,
      })
      expect(audit.docs.map((e) => e.type)).toContain('delete')
    } finally {
      await settings({ quotaMb: null, retention: [], retentionMode: 'dry-run' })
    }
  })
})
