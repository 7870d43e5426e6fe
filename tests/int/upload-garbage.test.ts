import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const MB = 2 ** 20
const CHUNK = 64 * 1024
const TOTAL = 100 * MB
/** Seen here over 5 runs: 56–74 MB without collectingUploadGarbage, 4–24 MB with it. */
const LIMIT_MB = 40

/** The n-th 64 KB chunk of 100 MB of varied bytes, made when needed, so this process holds none of it. */
const chunkAt = (n: number) => Buffer.alloc(CHUNK, n % 251)
const CHUNKS = TOTAL / CHUNK

const body = () => {
  let n = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (n === CHUNKS) return controller.close()
      controller.enqueue(chunkAt(n++))
    },
  })
}
const expectedSha256 = (() => {
  const hash = createHash('sha256')
  for (let n = 0; n < CHUNKS; n += 1) hash.update(chunkAt(n))
  return hash.digest('hex')
})()

interface Answer {
  bytes: number
  sha256: string
  peakMB: number
}

describe('collectingUploadGarbage: the memory a streamed upload leaves behind', () => {
  let server: ChildProcess
  let base = ''

  beforeAll(async () => {
    // A young generation as large as a warmed-up CMS's, so Buffer garbage is
    // not collected early by chance, as it is in a fresh, small process.
    server = spawn(
      process.execPath,
      ['--expose-gc', '--min-semi-space-size=16', '--import', 'tsx', 'tests/helpers/uploadGarbageServer.ts'],
      { cwd: path.resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string]
    base = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`
  })

  afterAll(() => void server?.kill())

  const upload = async (route: 'plain' | 'collected', contentType = 'multipart/form-data; boundary=x') => {
    const response = await fetch(`${base}/${route}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: body(),
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(200)
    return (await response.json()) as Answer
  }

  it('leaves far less Buffer memory behind than V8 alone would, passing every byte through', async () => {
    // The problem this solves, reproduced: without it the chunks pile up to V8's external-memory limit.
    const plain = await upload('plain')
    expect(plain.sha256).toBe(expectedSha256)
    expect(plain.peakMB).toBeGreaterThan(LIMIT_MB)

    const collected = await upload('collected')
    expect(collected.bytes).toBe(TOTAL)
    expect(collected.sha256).toBe(expectedSha256)
    expect(collected.peakMB).toBeLessThan(LIMIT_MB)
  }, 60_000)

  it('leaves bodies that are not uploads alone', async () => {
    const json = await upload('collected', 'application/octet-stream')
    expect(json.sha256).toBe(expectedSha256)
    expect(json.peakMB).toBeGreaterThan(LIMIT_MB)
  }, 60_000)
})
