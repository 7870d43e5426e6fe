/**
 * `npm run bench:site`: load on the public site's list and detail pages and
 * on the CMS REST requests behind them, at 50 connections, in one run.
 *
 * Start the platform first (`npm start`), then run this in another terminal.
 * --cms and --site override the addresses; --duration the seconds per target.
 */
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { loadConfig } from '../scripts/lib/env'

const { CMS_URL, SITE_URL } = loadConfig()
const { values } = parseArgs({
  options: {
    cms: { type: 'string', default: CMS_URL },
    site: { type: 'string', default: SITE_URL },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const browser = { 'accept-encoding': 'br, gzip', accept: 'text/html' }

const first = (await (await fetch(`${values.cms}/api/resources?limit=1&depth=0&sort=title`)).json()) as {
  docs: { slug: string }[]
  totalDocs: number
}
const pages = Math.max(1, Math.ceil(first.totalDocs / 20))
const slug = first.docs[0]?.slug
if (!slug)
  throw new Error('The CMS has no published resources: start the platform with its demo content first')

const listQuery = new URLSearchParams({ limit: '20', depth: '1', page: '1', sort: 'title', locale: 'all' })
const detailQuery = new URLSearchParams({
  locale: 'all',
  depth: '1',
  limit: '1',
  'where[slug][equals]': slug,
})

interface Target {
  name: string
  url: string
  headers?: Record<string, string>
  /**
   * Walk the list's pages, one per request: the page cache keys a page only by the parameters it
   * reads (an unknown `?bench=N` is the same page), so `page` is what makes each request a miss
   * until every page has been seen once (5,000 pages at 100,000 resources; a few at the demo's 300).
   */
  bust?: boolean
}

const targets: Target[] = [
  {
    name: 'CMS REST: resource list (what /resources reads)',
    url: `${values.cms}/api/resources?${listQuery}`,
  },
  {
    name: 'CMS REST: one resource (what a profile reads)',
    url: `${values.cms}/api/resources?${detailQuery}`,
  },
  { name: 'site /resources (cached)', url: `${values.site}/resources`, headers: browser },
  { name: `site /resources/${slug} (cached)`, url: `${values.site}/resources/${slug}`, headers: browser },
  {
    name: `site /resources?page=1…${pages}, each page once before any repeats`,
    url: `${values.site}/resources`,
    headers: browser,
    bust: true,
  },
]

interface Row {
  name: string
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
}

const run = async (target: Target): Promise<Row> => {
  await fetch(target.url, { headers: target.headers }) // warm up
  let n = 0
  const result = await autocannon({
    url: target.url,
    connections,
    duration,
    headers: target.headers,
    requests: target.bust
      ? [
          {
            setupRequest: (request) => ({
              ...request,
              path: `${new URL(target.url).pathname}?page=${((n += 1) % pages) + 1}`,
            }),
          },
        ]
      : undefined,
  })
  return {
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: percentile95(result),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

// autocannon reports p90 and p97.5, not p95: interpolate between them.
const percentile95 = (result: autocannon.Result) => {
  const { p90, p97_5: p975 } = result.latency
  return p90 + ((p975 - p90) * (95 - 90)) / (97.5 - 90)
}

console.log(`${connections} connections, ${duration} s per target\n`)
const rows: Row[] = []
for (const target of targets) {
  const row = await run(target)
  rows.push(row)
  console.log(
    `${row.name.padEnd(58)} ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms  p99 ${row.p99.toFixed(1).padStart(6)} ms  errors ${row.errors}`,
  )
}

const [cmsList, cmsDetail, siteList, siteDetail] = rows
console.log('')
console.log(
  `cached list page vs the CMS list request:    ${(siteList.rps / cmsList.rps).toFixed(1)}× the throughput`,
)
console.log(
  `cached profile page vs the CMS detail request: ${(siteDetail.rps / cmsDetail.rps).toFixed(1)}× the throughput`,
)
console.log(`list page p95 ${siteList.p95.toFixed(1)} ms (goal ≤ 50 ms)`)
