import type { ChildProcess } from 'node:child_process'
import type { Payload } from 'payload'

import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientsByRole, unique, uniquePng } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { freePort } from '../helpers/startProcess'

/**
 * Uploads against a real clamd from Debian (clamav-daemon), started here with
 * a signature database (MD5s) that detects the EICAR test file.
 */
const CLAMD = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((p) => existsSync(p))
// The standard EICAR anti-virus test string, assembled so this file is not itself flagged.
const EICAR = Buffer.from(
  ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''),
  'latin1',
)
/**
 * Random bytes spanning several INSTREAM chunks, listed in the test database
 * by their MD5: clamd finds them only if every chunk reaches it whole and in order.
 */
const LARGE_SAMPLE = randomBytes(2.5 * 2 ** 20)

let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>
let clamd: ChildProcess | undefined
let dir: string
let port: number

const listening = async (deadline: number) => {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('clamd did not start')
}

const upload = (bytes: Uint8Array, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'scan' }))
  return clients.editor.api.postForm('/files', form)
}

describe.skipIf(!CLAMD)('uploads scanned by clamd (CLAMAV_HOST)', () => {
  beforeAll(async () => {
    payload = await getTestPayload()
    clients = await clientsByRole(payload)
    dir = await mkdtemp(path.join(tmpdir(), 'hujra-clamd-'))
    port = await freePort()
    const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex')
    await writeFile(
      path.join(dir, 'eicar.hdb'),
      `${md5(EICAR)}:${EICAR.length}:Hujra.Test.EICAR\n` +
        `${md5(LARGE_SAMPLE)}:${LARGE_SAMPLE.length}:Hujra.Test.Large\n`,
    )
    await writeFile(
      path.join(dir, 'clamd.conf'),
      [
        `DatabaseDirectory ${dir}`,
        `TCPSocket ${port}`,
        `LocalSocket ${dir}/clamd.sock`,
        'TCPAddr 127.0.0.1',
        'Foreground yes',
        `PidFile ${dir}/clamd.pid`,
      ].join('\n'),
    )
    clamd = spawn(CLAMD!, ['-c', path.join(dir, 'clamd.conf')], { stdio: 'ignore' })
    await listening(Date.now() + 60_000)
    process.env.CLAMAV_HOST = '127.0.0.1'
    process.env.CLAMAV_PORT = String(port)
  }, 90_000)

  afterAll(async () => {
    delete process.env.CLAMAV_HOST
    delete process.env.CLAMAV_PORT
    delete process.env.CLAMAV_FAIL_OPEN
    clamd?.kill('SIGTERM')
    await rm(dir, { recursive: true, force: true })
  })

  it('accepts a clean file', async () => {
    expect((await upload(await uniquePng(), `clean-${unique()}.png`, 'image/png')).status).toBe(201)
  })

  it('refuses an infected file with 422 and records an audit event', async () => {
    const name = `invoice-${unique()}.pdf`
    const res = await upload(EICAR, name, 'application/pdf')
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toBe(
      'file: a virus was found (Hujra.Test.EICAR.UNOFFICIAL); the file was not stored',
    )
    const events = await payload.find({
      collection: 'audit-events',
      where: { type: { equals: 'virus-detected' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(events.docs.some((e) => JSON.stringify(e.diff).includes(name))).toBe(true)
  })

  it('sends a large file to clamd whole, chunk after chunk', async () => {
    const res = await upload(LARGE_SAMPLE, `large-${unique()}.pdf`, 'application/pdf')
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toContain('(Hujra.Test.Large.UNOFFICIAL)')
  })

  it('scans through a unix socket (CLAMAV_SOCKET), and a large clean file in chunks', async () => {
    process.env.CLAMAV_SOCKET = path.join(dir, 'clamd.sock')
    // The socket wins: a closed TCP port would otherwise refuse every upload.
    process.env.CLAMAV_PORT = '1'
    try {
      const infected = await upload(EICAR, `socket-${unique()}.pdf`, 'application/pdf')
      expect(infected.status).toBe(422)
      // Several INSTREAM chunks, all clean: random pixels in an uncompressed PNG (about 3 MB).
      const { randomBytes } = await import('node:crypto')
      const sharp = (await import('sharp')).default
      const big = await sharp(randomBytes(1000 * 1000 * 3), {
        raw: { width: 1000, height: 1000, channels: 3 },
      })
        .png({ compressionLevel: 0 })
        .toBuffer()
      expect((await upload(big, `big-${unique()}.png`, 'image/png')).status).toBe(201)
    } finally {
      delete process.env.CLAMAV_SOCKET
      process.env.CLAMAV_PORT = String(port)
    }
  })

  it('refuses uploads while clamd is down (fail closed), unless CLAMAV_FAIL_OPEN=true', async () => {
    clamd?.kill('SIGTERM')
    await new Promise((resolve) => clamd?.once('exit', resolve))
    const res = await upload(await uniquePng(), `while-down-${unique()}.png`, 'image/png')
    expect(res.status).toBe(503)
    expect(res.body.errors[0].message).toContain('the virus scanner is unavailable')
    process.env.CLAMAV_FAIL_OPEN = 'true'
    expect((await upload(await uniquePng(), `open-${unique()}.png`, 'image/png')).status).toBe(201)
  })
})
