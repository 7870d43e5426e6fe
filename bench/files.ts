/**
 * `npm run bench:files`: the cost of accepting uploads through the CMS's REST
 * route (multipart parsing, type sniffing, SHA-256, duplicate lookup, store):
 * the time to accept a 10 MB image, and the peak RSS growth while a 100 MB
 * PDF is uploaded (streamed from disk, so the client holds no copy of it). Runs Payload in this process on the database in
 * DATABASE_URL (default: the embedded one, started by `npm start`).
 */
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'

import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

process.env.MAX_UPLOAD_SIZE_MB ??= '200'
const { REST_POST } = await import('@payloadcms/next/routes')
const { default: config } = await import('../payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
const post = REST_POST(config)

const { token } = await payload.login({
  collection: 'users',
  data: { email: process.env.BENCH_EMAIL ?? 'admin@hujra.local', password: process.env.BENCH_PASSWORD ?? '' },
})

const upload = async (bytes: Uint8Array, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'bench' }))
  const request = new Request('http://localhost:3000/api/files', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const response = await post(request, { params: Promise.resolve({ slug: ['files'] }) })
  const body = (await response.json()) as { doc?: { id: number } }
  if (response.status !== 201)
    throw new Error(`upload ${name}: HTTP ${response.status} ${JSON.stringify(body)}`)
  created.push(body.doc!.id)
  return body.doc!.id
}
/** Removed at the end, so runs do not fill the store (or a quota). */
const created: number[] = []
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const dir = await mkdtemp(path.join(tmpdir(), 'hujra-bench-'))

// A 10 MB image: random pixels do not compress, so the PNG stays large.
const side = 1830
const image = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
  .png({ compressionLevel: 0 })
  .toBuffer()
const times: number[] = []
for (let i = 0; i < 5; i += 1) {
  image[image.length - 20] = i // new bytes each time: duplicates are refused
  const started = performance.now()
  await upload(image, `bench-${Date.now()}-${i}.png`, 'image/png')
  times.push(performance.now() - started)
}
// Baseline, same bytes, same run: the least any server must do — sniff the
// type, hash, write the file to disk — with no HTTP, multipart or database.
const floor: number[] = []
for (let i = 0; i < 5; i += 1) {
  const started = performance.now()
  await fileTypeFromBuffer(image)
  createHash('sha256').update(image).digest('hex')
  await writeFile(path.join(dir, `floor-${i}.png`), image)
  floor.push(performance.now() - started)
}
times.sort((a, b) => a - b)
console.log(
  `10 MB image (${(image.length / 2 ** 20).toFixed(1)} MB): accepted in ${median(times).toFixed(0)} ms (median of 5; min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)})   goal ≤ 300 ms`,
)
console.log(
  `  baseline (sniff + SHA-256 + write to disk, no HTTP or database): ${median(floor).toFixed(0)} ms; the upload costs ${(median(times) / median(floor)).toFixed(1)}× that`,
)

// A 100 MB PDF: one page whose content stream carries 100 MB of padding (a valid
// file), written to disk and sent as a streamed multipart body, so the only
// memory measured is the server's.
const pdfPath = path.join(dir, 'big.pdf')
{
  const out = createWriteStream(pdfPath)
  const write = (chunk: Buffer) =>
    new Promise<void>((resolve) => (out.write(chunk) ? resolve() : out.once('drain', resolve)))
  let length = 0
  const offsets: number[] = []
  const add = async (chunk: Buffer) => {
    await write(chunk)
    length += chunk.length
  }
  await add(Buffer.from('%PDF-1.4\n', 'latin1'))
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
  ]
  for (const [i, object] of objects.entries()) {
    offsets.push(length)
    await add(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1'))
  }
  const padding = 100 * 2 ** 20
  offsets.push(length)
  await add(Buffer.from(`4 0 obj\n<< /Length ${padding} >>\nstream\n`, 'latin1'))
  const spaces = Buffer.alloc(2 ** 20, 0x20)
  spaces.write(`% ${Date.now()}`) // new bytes each run: duplicates are refused
  for (let i = 0; i < 100; i += 1) await add(i === 0 ? spaces : Buffer.alloc(2 ** 20, 0x20))
  await add(Buffer.from('\nendstream\nendobj\n', 'latin1'))
  const xref = length
  await add(
    Buffer.from(
      `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  )
  await new Promise((resolve) => out.end(resolve))
}
const pdfSize = (await stat(pdfPath)).size

/** A multipart body whose file part is read from disk as it is sent. */
const streamedForm = (file: string, name: string, type: string) => {
  const boundary = `----hujra-bench-${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: 'bench' })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  async function* parts() {
    yield head
    for await (const chunk of createReadStream(file, { highWaterMark: 2 ** 20 })) yield chunk as Buffer
    yield tail
  }
  return {
    body: Readable.toWeb(Readable.from(parts())),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

globalThis.gc?.()
const before = process.memoryUsage().rss
let peak = before
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
const started = performance.now()
const { body, contentType } = streamedForm(pdfPath, `bench-${Date.now()}.pdf`, 'application/pdf')
const response = await post(
  new Request('http://localhost:3000/api/files', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': contentType },
    body: body as ReadableStream,
    duplex: 'half',
  } as RequestInit),
  { params: Promise.resolve({ slug: ['files'] }) },
)
const answer = (await response.json()) as { doc?: { id: number } }
const outcome =
  response.status === 201
    ? 'accepted'
    : `refused (HTTP ${response.status} ${JSON.stringify(answer).slice(0, 160)})`
if (answer.doc) created.push(answer.doc.id)
clearInterval(sampler)
const growth = peak - before
console.log(
  `${(pdfSize / 2 ** 20).toFixed(0)} MB PDF (streamed from disk): ${outcome} in ${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS growth ${(growth / 2 ** 20).toFixed(0)} MB   goal ≤ 50 MB`,
)

// Baseline, same run: what holding the file in memory (a buffered upload)
// costs this process.
globalThis.gc?.()
const beforeBuffer = process.memoryUsage().rss
const whole = await readFile(pdfPath)
const buffered = process.memoryUsage().rss - beforeBuffer
console.log(
  `  baseline (the same PDF read into memory, as a buffered upload holds it): RSS growth ${(buffered / 2 ** 20).toFixed(0)} MB for ${whole.length} bytes; the streamed upload grew ${((growth / buffered) * 100).toFixed(1)}% of that`,
)

for (const id of created) await payload.delete({ collection: 'files', id, overrideAccess: true })
await rm(dir, { recursive: true, force: true })
await payload.destroy()
process.exit(0)
