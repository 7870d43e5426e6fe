import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { freePort, interrupt, isAlive, startScript, waitForOk, waitForOutput } from '../helpers/startProcess'
import { json, removeStartDirs, startEnv } from '../helpers/startRun'

/**
 * The one start command, end to end: a fresh data folder, `npm start`, the
 * CMS answering, Ctrl-C, a second start on the same data, and `npm run dev`
 * on it. The other ways people start it are in the start-*.test.ts files,
 * which run beside this one.
 */
let dataDir: string
let env: NodeJS.ProcessEnv
let base: () => string
let port: number

beforeAll(async () => {
  ;({ dataDir, env, base, port } = await startEnv())
})
afterAll(removeStartDirs)

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
      // Long enough to wait for the checkout's build when another start-* file of the run took the
      // build lock first (scripts/lib/buildLock.ts), on two cores shared with the other workers.
      await waitForOk(`${base()}/api/health`, run, 900_000)
      const out = await waitForOutput(run, 'Press Ctrl-C to stop')
      const match = out.match(/password:\s+(\S+)\s+<- generated/)
      expect(match, out).toBeTruthy()
      password = match![1]!
      expect(out).toContain('admin@hujra.local')
      expect(out).toContain(`/admin`)

      // The public site and the realtime sidecar come up with it.
      const site = `http://127.0.0.1:${env.SITE_PORT}`
      const home = await fetch(`${site}/`)
      const homePage = await home.text()
      // One fresh-clone CI run saw the first home page answer 500 (not reproduced since): the
      // page and the processes' output go with a failure, to find why.
      expect(home.status, `${homePage.slice(0, 2000)}\n${run.output().slice(-6000)}`).toBe(200)
      expect(homePage).toMatch(/<html lang="en" dir="ltr">/)
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
  }, 1_200_000)

  it('starts again on the same data in seconds, seeding nothing twice', async () => {
    const run = startScript('start', env)
    try {
      const ms = await waitForOk(`${base()}/api/health`, run, 120_000)
      // 27 s with the files beside it on this 2-core machine, 76 s once in CI when three
      // builds and seeds ran beside it: the ceiling catches a restart that builds or seeds again
      // (minutes), not the machine's load. The figure is printed below.
      expect(ms).toBeLessThan(100_000)
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

      // The jobs runner runs in npm start: a campaign post scheduled a few seconds ahead is
      // published by it (the default queue runs every 10 s), with nobody calling the queue.
      const campaigns = await json(
        `${base()}/api/campaigns?where[slug][equals]=polio-vaccination-week&depth=0`,
      )
      expect(campaigns.docs[0]?.phase).toBe('running')
      const campaign = campaigns.docs[0].id as number
      const post = await json(`${base()}/api/posts`, {
        method: 'POST',
        headers: { ...authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Drops in the bazaar today', campaign }),
      })
      const scheduled = await fetch(`${base()}/api/campaigns/${campaign}/schedule`, {
        method: 'POST',
        headers: { ...authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          post: post.doc.id,
          type: 'publish',
          at: new Date(Date.now() + 2000).toISOString(),
        }),
      })
      expect(scheduled.status).toBe(201)
      expect((await fetch(`${base()}/api/posts/${post.doc.id}`)).status).toBe(404)
      const firedAfter = Date.now()
      await expect
        .poll(async () => (await fetch(`${base()}/api/posts/${post.doc.id}`)).status, {
          timeout: 45_000,
          interval: 500,
        })
        .toBe(200)
      console.log(`scheduled post published by the runner ${Date.now() - firedAfter} ms after it was set`)
    } finally {
      // As a service manager would stop it.
      expect(await interrupt(run, 'SIGTERM')).toContain('Embedded PostgreSQL stopped')
    }
    const pid = postmasterPid()
    expect(pid === undefined || !isAlive(pid)).toBe(true)
  }, 180_000)
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
