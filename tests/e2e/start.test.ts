import { execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { cpSync, existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { chmod, lstat, mkdtemp, realpath, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import {
  freePort,
  interrupt,
  isAlive,
  processesWithEnv,
  startScript,
  waitForOk,
  waitForOutput,
} from '../helpers/startProcess'

/**
 * The one start command, end to end: a fresh data folder, `npm start`, the
 * CMS answering, Ctrl-C, and a second start on the same data.
 */
let dataDir: string
let env: NodeJS.ProcessEnv
let port: number

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'hujra-start-'))
  // Run as root, PostgreSQL runs as the `postgres` user, which must reach its data folder.
  await chmod(dataDir, 0o755)
  port = await freePort()
  // What a fresh clone has: none of the test run's own settings.
  const inherited = { ...process.env }
  for (const key of [
    'NODE_ENV',
    'DATABASE_URL',
    'PAYLOAD_SECRET',
    'SEED_ADMIN_PASSWORD',
    'SEED_ADMIN_EMAIL',
  ]) {
    delete inherited[key]
  }
  env = {
    ...inherited,
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'postgres'),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    PORT: String(port),
    SITE_PORT: String(await freePort()),
    REALTIME_PORT: String(await freePort()),
    SERVER_URL: `http://localhost:${port}`,
  }
})

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const base = () => `http://127.0.0.1:${port}`
const json = async (url: string, init?: RequestInit) => (await fetch(url, init)).json()

const postmasterPid = () => {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid')
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined
}

describe('npm start on embedded defaults', () => {
  let resourceCount: number
  let password: string

  it('comes up on a fresh clone: migrates, seeds, prints the login, serves admin, REST and GraphQL', async () => {
    const run = startScript('start', env)
    try {
      await waitForOk(`${base()}/api/health`, run, 420_000)
      const out = await waitForOutput(run, 'Press Ctrl-C to stop')
      const match = out.match(/password:\s+(\S+)\s+<- generated/)
      expect(match, out).toBeTruthy()
      password = match![1]!
      expect(out).toContain('admin@hujra.local')
      expect(out).toContain(`/admin`)

      // The public site and the realtime sidecar come up with it.
      const site = `http://127.0.0.1:${env.SITE_PORT}`
      const home = await fetch(`${site}/`)
      expect(home.status).toBe(200)
      expect(await home.text()).toMatch(/<html lang="en" dir="ltr">/)
      expect(await (await fetch(`${site}/ur`)).text()).toMatch(/<html lang="ur" dir="rtl">/)
      expect((await fetch(`${site}/no-such-page`)).status).toBe(404)
      // The catalogue: a filtered list in the URL, a profile, and 404 for an unknown slug.
      const total = (html: string) => Number(html.match(/data-total="(\d+)"/)?.[1])
      const all = total(await (await fetch(`${site}/resources`)).text())
      expect(all).toBe((await json(`${base()}/api/resources?limit=1`)).totalDocs)
      const closed = await (await fetch(`${site}/ur/resources?status=closed`)).text()
      expect(closed).toMatch(/<html lang="ur" dir="rtl">/)
      expect(total(closed)).toBeGreaterThan(0)
      expect(total(closed)).toBeLessThan(all)
      const { docs: firstDocs } = await json(`${base()}/api/resources?limit=1&depth=0`)
      const profile = await fetch(`${site}/resources/${encodeURIComponent(firstDocs[0].slug)}`)
      expect(profile.status).toBe(200)
      expect(await profile.text()).toContain(String(firstDocs[0].title).split(/[&'"<>]/)[0])
      expect((await fetch(`${site}/ps/resources/no-such-resource`)).status).toBe(404)

      // With the CMS unreachable the site answers 503 with a readable page, not a stack trace.
      const orphanPort = await freePort()
      const orphan = spawn(process.execPath, ['site/dist/server/entry.mjs'], {
        env: {
          ...env,
          PORT: String(orphanPort),
          HOST: '127.0.0.1',
          CMS_URL: `http://127.0.0.1:${await freePort()}`,
        },
        stdio: 'ignore',
      })
      try {
        let down: Response | undefined
        for (let i = 0; i < 50 && !down; i++) {
          down = await fetch(`http://127.0.0.1:${orphanPort}/ur/resources`).catch(() => undefined)
          if (!down) await new Promise((r) => setTimeout(r, 200))
        }
        expect(down!.status).toBe(503)
        const page = await down!.text()
        expect(page).toContain('<html lang="ur" dir="rtl">')
        expect(page).not.toMatch(/Error|at .*\.(js|mjs|ts):\d+/)
      } finally {
        orphan.kill()
      }
      expect(out).toContain(`ws://localhost:${env.REALTIME_PORT}`)

      const admin = await fetch(`${base()}/admin/login`)
      expect(admin.status).toBe(200)
      expect(await admin.text()).toContain('<html')

      const list = await json(`${base()}/api/resources?limit=1`)
      expect(list.totalDocs).toBeGreaterThan(250)
      resourceCount = list.totalDocs

      const gql = await json(`${base()}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ Districts(limit: 100) { totalDocs docs { name } } }' }),
      })
      expect(gql.data.Districts.totalDocs).toBeGreaterThanOrEqual(30)

      const login = await fetch(`${base()}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@hujra.local', password }),
      })
      expect(login.status).toBe(200)

      // The admin UI itself renders and signs in, in a real browser.
      // Through SERVER_URL's host: Payload accepts the session cookie only from its CSRF allow-list.
      const adminOrigin = `http://localhost:${port}`
      const browser = await launchChromium()
      try {
        const page = await browser.newPage()
        await page.goto(`${adminOrigin}/admin/login`)
        await page.fill('input[name="email"]', 'admin@hujra.local')
        await page.fill('input[name="password"]', password)
        await page.click('button[type="submit"]')
        await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
        await page.getByTestId('search-index-status').waitFor({ timeout: 30_000 })
        expect(await page.getByText('Resources', { exact: true }).count()).toBeGreaterThan(0)

        // Editors draw a resource's location on the map; it is saved as GeoJSON.
        const { docs } = await json(`${base()}/api/resources?limit=1&depth=0`)
        const resource = docs[0]
        await page.goto(`${adminOrigin}/admin/collections/resources/${resource.id}`)
        const map = page.getByTestId('location-map')
        await map.waitFor({ timeout: 60_000 })
        await map.scrollIntoViewIfNeeded()
        const geojson = page.getByLabel('GeoJSON geometry')
        expect(JSON.parse(await geojson.inputValue())).toEqual(resource.location)
        await map.getByRole('button', { name: 'Place a point', exact: true }).click()
        const box = (await map.boundingBox())!
        // Leaflet needs the pointer to arrive before the click that places the marker.
        await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2)
        await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2)
        await page.mouse.down()
        await page.mouse.up()
        await expect.poll(async () => JSON.parse((await geojson.inputValue()) || 'null')?.type).toBe('Point')
        const drawnPoint = JSON.parse(await geojson.inputValue())
        expect(drawnPoint.coordinates).not.toEqual(resource.location.coordinates)
        // Let the form take the new value (and the draft autosave, every 2 s, settle) before publishing.
        await page.waitForTimeout(3000)
        await page.getByRole('button', { name: /publish changes/i }).click()
        await expect
          .poll(async () => (await json(`${base()}/api/resources/${resource.id}?depth=0`)).location, {
            timeout: 15_000,
          })
          .toEqual(drawnPoint)
      } finally {
        await browser.close()
      }
    } finally {
      const out = await interrupt(run)
      expect(out).toContain('Embedded PostgreSQL stopped')
      expect(out).not.toMatch(/exited unexpectedly|Could not stop/)
    }
    const pid = postmasterPid()
    expect(pid === undefined || !isAlive(pid)).toBe(true)
    await expect(fetch(`${base()}/api/health`)).rejects.toThrow()
  }, 600_000)

  it('starts again on the same data in seconds, seeding nothing twice', async () => {
    const run = startScript('start', env)
    try {
      const ms = await waitForOk(`${base()}/api/health`, run, 120_000)
      expect(ms).toBeLessThan(30_000)
      const out = await waitForOutput(run, 'Press Ctrl-C to stop')
      expect(out).not.toMatch(/password:\s+\S+\s+<- generated/)
      expect(out).toContain('nothing seeded')
      const list = await json(`${base()}/api/resources?limit=1`)
      expect(list.totalDocs).toBe(resourceCount)
      console.log(`second start: healthy after ${ms} ms`)

      // A refused upload says why in the production build too (minified error classes once
      // turned it into "An unknown error occurred.").
      const { token } = await json(`${base()}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@hujra.local', password }),
      })
      const authorization = { Authorization: `JWT ${token}` }
      const upload = (bytes: Buffer, type: string, name: string) => {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
        return fetch(`${base()}/api/files`, { method: 'POST', headers: authorization, body: form })
      }
      const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#226' } })
        .jpeg()
        .toBuffer()
      const refused = await upload(jpeg, 'application/pdf', 'report.pdf')
      expect(refused.status).toBe(400)
      expect(await refused.json()).toMatchObject({
        errors: [{ message: 'file: the name says .pdf but the contents are image/jpeg (.jpg)' }],
      })

      // An accepted upload through the built route, large enough (over 8 MB) that it
      // collects its garbage as it streams (plugins/files/uploadGarbage.ts), comes back whole.
      const noise = randomBytes(1800 * 1800 * 3)
      const png = await sharp(noise, { raw: { width: 1800, height: 1800, channels: 3 } })
        .png({ compressionLevel: 1 })
        .toBuffer()
      expect(png.length).toBeGreaterThan(8 * 2 ** 20)
      const accepted = await upload(png, 'image/png', 'noise.png')
      expect(accepted.status).toBe(201)
      const { doc } = (await accepted.json()) as { doc: { id: number; url: string; sha256: string } }
      expect(doc.sha256).toBe(createHash('sha256').update(png).digest('hex'))
      const stored = await fetch(new URL(doc.url, base()), { headers: authorization })
      expect(Buffer.from(await stored.arrayBuffer()).equals(png)).toBe(true)
      await fetch(`${base()}/api/files/${doc.id}`, { method: 'DELETE', headers: authorization })
    } finally {
      // As a service manager would stop it.
      expect(await interrupt(run, 'SIGTERM')).toContain('Embedded PostgreSQL stopped')
    }
    const pid = postmasterPid()
    expect(pid === undefined || !isAlive(pid)).toBe(true)
  }, 180_000)
})

describe('npm start as people really start it', () => {
  const cleanup: string[] = []
  afterAll(async () => {
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true })
  })

  /**
   * A start of its own: a fresh data folder and PostgreSQL port, and a marker
   * in the environment that every process it starts inherits, so the test can
   * find them all afterwards (whatever process group they are in).
   */
  const fresh = async (extra: Record<string, string> = {}) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hujra-start-'))
    await chmod(dir, 0o755)
    cleanup.push(dir)
    const marker = randomBytes(8).toString('hex')
    const pgPort = await freePort()
    return {
      dir,
      pgPort,
      marker: `HUJRA_TEST_RUN=${marker}`,
      env: <NodeJS.ProcessEnv>{
        ...env,
        HUJRA_TEST_RUN: marker,
        DATA_DIR: dir,
        EMBEDDED_POSTGRES_DIR: path.join(dir, 'postgres'),
        EMBEDDED_POSTGRES_PORT: String(pgPort),
        ...extra,
      },
    }
  }
  const killLeftovers = (marker: string) => {
    for (const { pid } of processesWithEnv(marker)) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Gone.
      }
    }
  }
  const count = async (url: string, table: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(`select count(*)::int as n from ${table}`)).rows[0].n as number
    } finally {
      await client.end()
    }
  }

  it.each(['PORT=abc', 'MAX_UPLOAD_SIZE_MB=-1', 'SEARCH_BACKEND=elastic'])(
    'a bad value (%s) stops it before anything else: one line naming the variable, exit code 1',
    async (assignment) => {
      const [name, value] = assignment.split('=') as [string, string]
      const run = startScript('start', { ...env, [name]: value })
      expect(await run.exited).toBe(1)
      // npm's own header lines ("> hujra@… start") aside, what is printed is the one line.
      const lines = run
        .output()
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('> '))
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^Configuration error: ${name} must `))])
      expect(lines[0]).toContain(JSON.stringify(value))
    },
    60_000,
  )

  it("SIGTERM during the first start's seeding stops the bootstrap, then PostgreSQL", async () => {
    const { dir, marker, env: runEnv } = await fresh({ SEED_DEMO_RESOURCES: '100000' })
    const run = startScript('start', runEnv)
    try {
      await waitForOutput(run, 'Seeding demo content', 120_000)
      expect(processesWithEnv(marker).some((p) => p.command.includes('scripts/bootstrap.ts'))).toBe(true)
      const out = await interrupt(run, 'SIGTERM')
      expect(out).toContain('Embedded PostgreSQL stopped')
      expect(out).not.toMatch(/Could not start|exited unexpectedly/)
      // Nothing it started is left: no bootstrap seeding on, no PostgreSQL.
      expect(processesWithEnv(marker)).toEqual([])
      const pidFile = path.join(dir, 'postgres', 'postmaster.pid')
      expect(existsSync(pidFile)).toBe(false)
    } finally {
      killLeftovers(marker)
    }
  }, 180_000)

  it('SIGTERM during seeding into DATABASE_URL leaves nothing writing to that database', async () => {
    const server = process.env.EXTERNAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
    const name = `hujra_start_sigterm_${Date.now().toString(36)}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`create database ${name}`)
    const url = new URL(server)
    url.pathname = `/${name}`
    const { marker, env: runEnv } = await fresh({
      DATABASE_URL: url.toString(),
      SEED_DEMO_RESOURCES: '100000',
    })
    const run = startScript('start', runEnv)
    try {
      await waitForOutput(run, 'Seeding demo content', 120_000)
      await interrupt(run, 'SIGTERM')
      expect(processesWithEnv(marker)).toEqual([])
      const tables = ['resources', 'districts', 'categories', 'tags', 'posts']
      const before = await Promise.all(tables.map((t) => count(url.toString(), t)))
      await new Promise((r) => setTimeout(r, 3000))
      expect(await Promise.all(tables.map((t) => count(url.toString(), t)))).toEqual(before)
    } finally {
      killLeftovers(marker)
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }, 180_000)

  it('on content without accounts (as npm run seed leaves it) creates the admin, adds no demo content, serves in seconds', async () => {
    const { pgPort, marker, env: runEnv } = await fresh({ SEED_ADMIN_PASSWORD: 'content-admin-password' })
    const url = `postgres://postgres:postgres@127.0.0.1:${pgPort}/hujra`
    // Enough that the old reindex-everything path shows; the check itself must not grow with it.
    const seed = startScript('seed', runEnv, { args: ['--resources', '3000'] })
    expect(await seed.exited, seed.output()).toBe(0)
    // The seed command stops its PostgreSQL; count with it running again under npm start.
    const run = startScript('start', runEnv)
    try {
      const ms = await waitForOk(`${base()}/api/health`, run, 120_000)
      const out = await waitForOutput(run, 'Press Ctrl-C to stop')
      expect(out).toContain('already holds content: no demo content seeded')
      expect(out).not.toContain('Seeding demo content')
      expect(out).toContain('password: (SEED_ADMIN_PASSWORD)')
      expect(await count(url, 'resources')).toBe(3000)
      expect(await count(url, 'users')).toBe(1)
      const login = await fetch(`${base()}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@hujra.local', password: 'content-admin-password' }),
      })
      expect(login.status).toBe(200)
      console.log(`content without accounts: healthy after ${ms} ms`)
      expect(ms).toBeLessThan(30_000)
    } finally {
      expect(await interrupt(run)).toContain('Embedded PostgreSQL stopped')
      killLeftovers(marker)
    }
  }, 300_000)

  it.skipIf(os.userInfo().uid !== 0)(
    'works as root from a checkout under a 0700 folder (the repo with its node_modules in /root/hujra)',
    async () => {
      // What root has: a home only root may enter, the checkout in it, `npm start` on defaults.
      const home = await mkdtemp(path.join(os.tmpdir(), 'hujra-root-home-'))
      cleanup.push(home)
      expect((await stat(home)).mode & 0o777).toBe(0o700)
      const checkout = path.join(home, 'hujra')
      execFileSync('mkdir', [checkout])
      for (const entry of readdirSync(process.cwd())) {
        if (['.git', '.data', '.next', 'node_modules'].includes(entry)) continue
        execFileSync('cp', ['-a', entry, checkout])
      }
      // node_modules as hard links: the same files at paths under the 0700 folder, without
      // copying 1.2 GB. The build is copied (not linked, so nothing written there reaches this
      // checkout's), so the start reuses it instead of building again.
      execFileSync('cp', ['-al', 'node_modules', checkout])
      const cache = path.resolve('.next', 'cache')
      cpSync('.next', path.join(checkout, '.next'), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (source) => !path.resolve(source).startsWith(cache),
      })

      const { marker, env: runEnv } = await fresh({ SEED_DEMO_RESOURCES: '20' })
      delete runEnv.DATA_DIR
      delete runEnv.EMBEDDED_POSTGRES_DIR
      const run = startScript('start', runEnv, { cwd: checkout })
      const link = path.join(checkout, '.data', 'postgres')
      try {
        await waitForOk(`${base()}/api/health`, run, 300_000)
        const out = await waitForOutput(run, 'Press Ctrl-C to stop')
        expect(out).not.toMatch(/EACCES|\n\s+at /)
        expect(out).toMatch(/password:\s+\S+\s+<- generated/)

        // The cluster lives where the postgres user can reach it, linked from the checkout's
        // default place, and runs from binaries outside the 0700 folder.
        expect((await lstat(link)).isSymbolicLink()).toBe(true)
        const cluster = await realpath(link)
        expect(cluster.startsWith('/var/lib/hujra/clusters/')).toBe(true)
        const pid = Number(readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0])
        expect(readlinkSync(`/proc/${pid}/exe`)).toMatch(/^\/var\/lib\/hujra\/embedded-postgres\//)
        // Nothing of the user's own folders was opened up.
        expect((await stat(home)).mode & 0o777).toBe(0o700)
        expect((await json(`${base()}/api/resources?limit=1`)).totalDocs).toBeGreaterThan(0)
      } finally {
        expect(await interrupt(run)).toContain('Embedded PostgreSQL stopped')
        killLeftovers(marker)
        // The cluster outside the checkout goes with it.
        const cluster = await realpath(link).catch(() => undefined)
        if (cluster?.startsWith('/var/lib/hujra/clusters/'))
          await rm(cluster, { recursive: true, force: true })
      }
    },
    420_000,
  )
})

describe('npm start against an external PostgreSQL (DATABASE_URL)', () => {
  const server = process.env.EXTERNAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `hujra_start_${Date.now().toString(36)}`

  it('uses that database and leaves the embedded one alone', async () => {
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`create database ${name}`)
    const url = new URL(server)
    url.pathname = `/${name}`
    const run = startScript('start', {
      ...env,
      DATABASE_URL: url.toString(),
      EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'must-not-exist'),
      SEED_ADMIN_PASSWORD: 'an-admin-password-from-env',
      SEED_DEMO_RESOURCES: '20',
    })
    try {
      await waitForOk(`${base()}/api/health`, run, 180_000)
      expect(run.output()).toContain('password: (SEED_ADMIN_PASSWORD)')
      const direct = new pg.Client({ connectionString: url.toString() })
      await direct.connect()
      const count = await direct.query('select count(*)::int as n from resources')
      await direct.end()
      expect(count.rows[0].n).toBe(20)
      expect(existsSync(path.join(dataDir, 'must-not-exist'))).toBe(false)
    } finally {
      expect(await interrupt(run)).toContain('Stopping…')
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }, 240_000)
})

describe('npm run dev', () => {
  it('serves the CMS with hot reload on the same data, and stops cleanly', async () => {
    const run = startScript('dev', env)
    try {
      await waitForOk(`${base()}/api/health`, run, 180_000)
      const out = await waitForOutput(run, 'Press Ctrl-C to stop')
      expect(out).toContain('Hujra is running (development)')
      expect(out).toContain('nothing seeded')
      expect(out).not.toContain('Building the CMS')
    } finally {
      expect(await interrupt(run)).toContain('Embedded PostgreSQL stopped')
    }
  }, 240_000)
})
