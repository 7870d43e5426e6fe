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

import { resetConfig } from '../../utilities/config'
import { clientsByRole, PASSWORD, unique, uniquePng } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { ApiClient } from '../helpers/rest'
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
    resetConfig()
  }, 90_000)

  afterAll(async () => {
    delete process.env.CLAMAV_HOST
    delete process.env.CLAMAV_PORT
    delete process.env.CLAMAV_FAIL_OPEN
    delete process.env.CLAMAV_ENABLED
    resetConfig()
    clamd?.kill('SIGTERM')
    await rm(dir, { recursive: true, force: true })
  })

  it('accepts a clean file', async () => {
    expect((await upload(await uniquePng(), `clean-${unique()}.png`, 'image/png')).status).toBe(201)
  })

  it('refuses an infected file with 422 and records an audit event with the request id and IP', async () => {
    const name = `invoice-${unique()}.pdf`
    const requestId = `virus-${unique()}`
    const traced = await new ApiClient(undefined, {
      'X-Request-Id': requestId,
      'X-Forwarded-For': '203.0.113.7',
    }).login(clients.editor.user.email, PASSWORD)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(EICAR)], { type: 'application/pdf' }), name)
    form.append('_payload', JSON.stringify({ alt: 'scan' }))
    const res = await traced.postForm('/files', form)
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
    const event = events.docs.find((e) => JSON.stringify(e.diff).includes(name))
    // Kept although the upload's transaction was rolled back, and traceable to the request.
    expect(event).toMatchObject({
      requestId,
      ip: '203.0.113.7',
      actor: clients.editor.user.id,
      actorEmail: clients.editor.user.email,
      subjectCollection: 'files',
    })
  })

  it('scans only when CLAMAV_ENABLED allows it; enabled without an address, clamd is 127.0.0.1:CLAMAV_PORT', async () => {
    const host = process.env.CLAMAV_HOST
    try {
      process.env.CLAMAV_ENABLED = 'false'
      resetConfig()
      // Not scanned: refused only for what it is not (a PDF), not as a virus.
      expect((await upload(EICAR, `off-${unique()}.pdf`, 'application/pdf')).status).toBe(415)
      delete process.env.CLAMAV_HOST
      process.env.CLAMAV_ENABLED = 'true'
      resetConfig()
      expect((await upload(EICAR, `default-host-${unique()}.pdf`, 'application/pdf')).status).toBe(422)
    } finally {
      process.env.CLAMAV_HOST = host
      delete process.env.CLAMAV_ENABLED
      resetConfig()
    }
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
    resetConfig()
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
      resetConfig()
    }
  })

  it('refuses uploads while clamd is down (fail closed), unless CLAMAV_FAIL_OPEN=true', async () => {
    clamd?.kill('SIGTERM')
    await new Promise((resolve) => clamd?.once('exit', resolve))
    const res = await upload(await uniquePng(), `while-down-${unique()}.png`, 'image/png')
    expect(res.status).toBe(503)
    expect(res.body.errors[0].message).toContain('the virus scanner is unavailable')
    process.env.CLAMAV_FAIL_OPEN = 'true'
    resetConfig()
    expect((await upload(await uniquePng(), `open-${unique()}.png`, 'image/png')).status).toBe(201)
  })
})
