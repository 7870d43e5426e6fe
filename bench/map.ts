/**
 * `npm run bench:map`: the map on 100,000 resources, in one run.
 *
 * 1. the cluster endpoint: the cold index build, then p50/p95/p99 over 200
 *    viewports at zooms 5–14 across Khyber Pakhtunkhwa, warm;
 * 2. an export of everything, streamed, with this process's memory growth;
 * 3. the first rendered map in headless Chromium (marker elements in the
 *    DOM): server-side clusters against the baseline of shipping every point
 *    as GeoJSON to supercluster in the browser;
 * 4. with GEO_BACKEND=postgis: viewport selection on both backends (same
 *    answers, timed) and `near`.
 *
 * The database is DATABASE_URL, or the embedded one (stop `npm start` first);
 * seed it with `npm run seed -- --resources 100000` (README, "Maps").
 */
import { chromium } from 'playwright-core'

import { startDatabase } from '../scripts/lib/database'
import { loadConfig } from '../scripts/lib/env'
import { config, resetConfig } from '../utilities/config'
import { KP, servePages } from './map-pages'

loadConfig()
const database = await startDatabase({ log: (msg) => console.log(msg) })
process.env.DATABASE_URL = database.url
// The Payload config reads it through config(), which has read the environment already.
resetConfig()
const { default: payloadConfig } = await import('../payload.config')
const { REST_GET } = await import('@payloadcms/next/routes')
// Background jobs stay off: the REST handlers would start their crons, which only add noise here.
const sanitized = await payloadConfig
const { base, server } = await servePages(
  REST_GET({ ...sanitized, jobs: { ...sanitized.jobs, autoRun: [] } }),
)

const total = ((await (await fetch(`${base}/api/resources?limit=0`)).json()) as { totalDocs: number })
  .totalDocs
console.log(
  `${total.toLocaleString('en')} published resources in ${database.embedded ? 'the embedded' : 'the'} database`,
)
if (total < 90_000)
  console.log('  (fewer than the benchmark is meant for: npm run seed -- --resources 100000)')
console.log('')

// A fixed pseudo-random sequence, so every run asks for the same viewports.
let seed = 42
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
const pointInKP = () => [KP[0] + random() * (KP[2] - KP[0]), KP[1] + random() * (KP[3] - KP[1])] as const
/** About what a 1000×700 px map shows at this zoom, somewhere in the province. */
const viewport = (zoom: number) => {
  const width = (360 / 2 ** zoom) * 4
  const height = width * 0.7
  const [lng, lat] = pointInKP()
  return [lng - width / 2, lat - height / 2, lng + width / 2, lat + height / 2]
    .map((n) => n.toFixed(4))
    .join(',')
}
const time = async (url: string) => {
  const started = performance.now()
  const response = await fetch(url)
  const body = await response.arrayBuffer()
  if (!response.ok)
    throw new Error(`${url}: ${response.status} ${Buffer.from(body).toString().slice(0, 200)}`)
  return { ms: performance.now() - started, body }
}
const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
  return `p50 ${at(50).toFixed(2)} ms   p95 ${at(95).toFixed(2)} ms   p99 ${at(99).toFixed(2)} ms`
}
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`

// 1. Cluster endpoint latency.
const whole = `${base}/api/geo/clusters?zoom=7&bbox=${KP.join(',')}`
const cold = await time(whole)
const latencies: number[] = []
for (let i = 0; i < 200; i += 1) {
  const zoom = 5 + (i % 10)
  latencies.push((await time(`${base}/api/geo/clusters?zoom=${zoom}&bbox=${viewport(zoom)}`)).ms)
}
console.log('1. cluster endpoint (HTTP, in-process CMS)')
console.log(`   cold: index build + first answer   ${cold.ms.toFixed(0)} ms`)
console.log(`   warm, 200 viewports, zoom 5–14     ${percentiles(latencies)}   (goal p95 ≤ 20 ms)\n`)

// 2. An export of everything, streamed (measured before Chromium shares the machine).
const exportAll = async (format: string) => {
  globalThis.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const response = await fetch(`${base}/api/geo/export?format=${format}`)
  let bytes = 0
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length
  clearInterval(sampler)
  return { bytes, ms: performance.now() - started, growth: peak - before }
}
console.log('2. export of every resource (streamed from a cursor; RSS of this process, which serves it)')
const exports: Record<string, number> = {}
for (const format of ['geojson', 'csv']) {
  const e = await exportAll(format)
  exports[format] = e.bytes
  console.log(
    `   ${format.padEnd(8)} ${mb(e.bytes)} in ${(e.ms / 1000).toFixed(1)} s, peak RSS growth ${mb(e.growth)}`,
  )
}
console.log('')

// 3. First rendered map.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const firstRender = async (name: 'server' | 'client') => {
  const tab = await browser.newPage()
  const started = performance.now()
  await tab.goto(`${base}/${name}.html`)
  await tab.waitForSelector('.leaflet-marker-icon', { timeout: 300_000 })
  const ms = performance.now() - started
  const markers = await tab.locator('.leaflet-marker-icon').count()
  await tab.close()
  return { ms, markers }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
await firstRender('server') // warms the browser, the page's assets and the cluster index alike
const runs = { server: [] as number[], client: [] as number[] }
let markers = { server: 0, client: 0 }
for (let i = 0; i < 3; i += 1) {
  for (const name of ['server', 'client'] as const) {
    const run = await firstRender(name)
    runs[name].push(run.ms)
    markers = { ...markers, [name]: run.markers }
  }
}
await browser.close()
const [server1, client1] = [median(runs.server), median(runs.client)]
console.log('3. first rendered map in headless Chromium (whole province, markers in the DOM; median of 3)')
console.log(
  `   server-side clusters        ${server1.toFixed(0).padStart(6)} ms  ${markers.server} markers, ${(cold.body.byteLength / 1024).toFixed(0)} kB   (goal ≤ 1,500 ms)`,
)
console.log(
  `   every point to the browser  ${client1.toFixed(0).padStart(6)} ms  ${markers.client} markers, ${mb(exports.geojson!)}`,
)
console.log(`   server-side is ${(client1 / server1).toFixed(1)}× faster to first render\n`)

// 4. The PostGIS backend, when configured: the same viewports on both backends, and `near`.
if (config().GEO_BACKEND === 'postgis') {
  const ids = (body: ArrayBuffer) =>
    (JSON.parse(Buffer.from(body).toString()) as { features: { properties: { id: number } }[] }).features
      .map((f) => f.properties.id)
      .sort((a, b) => a - b)
      .join()
  const timings = { postgis: [] as number[], bbox: [] as number[] }
  let same = 0
  for (let i = 0; i < 50; i += 1) {
    const url = `${base}/api/geo/export?format=geojson&bbox=${viewport(10 + (i % 4))}`
    const withPostgis = await time(url)
    // The same server on the other backend: the variable switched, and read again.
    process.env.GEO_BACKEND = 'bbox'
    resetConfig()
    const plain = await time(url)
    process.env.GEO_BACKEND = 'postgis'
    resetConfig()
    timings.postgis.push(withPostgis.ms)
    timings.bbox.push(plain.ms)
    if (ids(withPostgis.body) === ids(plain.body)) same += 1
  }
  const near: number[] = []
  for (let i = 0; i < 100; i += 1) {
    const [lng, lat] = pointInKP()
    const radius = [1000, 2000, 5000, 10_000, 50_000][i % 5]
    near.push((await time(`${base}/api/geo/near?lng=${lng}&lat=${lat}&radius=${radius}&limit=50`)).ms)
  }
  console.log('4. PostGIS backend (HTTP)')
  console.log(`   viewport export, zoom 10–13, PostGIS  ${percentiles(timings.postgis)}`)
  console.log(`   the same viewports, plain PostgreSQL  ${percentiles(timings.bbox)}`)
  console.log(`   same resources on both backends in ${same} of 50 viewports`)
  console.log(`   near, 100 points, radius 1–50 km      ${percentiles(near)}`)
}

server.close()
await database.stop()
process.exit(0)
