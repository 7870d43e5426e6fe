import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { lstat, mkdtemp, realpath, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { interrupt, startScript, waitForOk, waitForOutput } from '../helpers/startProcess'
import { ensureCheckoutBuilt, freshStart, json, killLeftovers, removeStartDirs } from '../helpers/startRun'

/** `npm start` as root from a checkout in root's own 0700 home, as many first tries on a server are. */
let base: () => string
const cleanup: string[] = []
beforeAll(async () => {
  // The copy reuses this checkout's build: it must be made (or waited for) first.
  await ensureCheckoutBuilt()
}, 900_000)
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true })
  await removeStartDirs()
})

describe('npm start as people really start it: as root', () => {
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

      const { marker, env: runEnv, base: at } = await freshStart({ SEED_DEMO_RESOURCES: '20' })
      base = at
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
