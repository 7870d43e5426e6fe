/**
 * `npm run bench:search`: the search endpoint over HTTP against `npm start`,
 * query kind by query kind, with Payload's REST `where[title][like]` for the
 * same words measured in the same run as the baseline.
 *
 * Seed a database of its own with 100,000 resources first (README, "Search"),
 * start the platform on it, then run this in another terminal. Requests are
 * sequential after a warm-up, so the figures are the latency one reader
 * sees, not throughput. --cms overrides the CMS address; --requests the
 * number of timed requests per kind.
 */
import { parseArgs } from 'node:util'

import { loadConfig } from '../scripts/lib/env'
import { percentiles } from './stats'

const { CMS_URL } = loadConfig()
const { values } = parseArgs({
  options: {
    cms: { type: 'string', default: CMS_URL },
    requests: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '10' },
  },
})
const base = values.cms!.replace(/\/$/, '')
const requests = Number(values.requests)
const warmup = Number(values.warmup)

const getJson = async (path: string) => {
  const response = await fetch(`${base}${path}`)
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

const idOf = async (collection: string, slug: string) => {
  const found = await getJson(`/api/${collection}?depth=0&limit=1&where[slug][equals]=${slug}`)
  const id = (found.docs as { id: number }[])[0]?.id
  if (!id) throw new Error(`No ${collection} with slug ${slug}: is the demo content seeded?`)
  return id
}

const total = (await getJson('/api/resources?limit=1&depth=0')).totalDocs as number
console.log(`${total.toLocaleString('en')} published resources behind ${base}`)
if (total < 90_000) console.log('  (fewer than the benchmark is meant for: seed 100,000; README, "Search")')
const education = await idOf('categories', 'education')
console.log('')

interface Kind {
  name: string
  /** The search request; `i` lets a kind make every request a cache miss. */
  search: (i: number) => string
  /** Payload's REST list for the same words (none for a query-less browse). */
  baseline?: string
}

const search = (params: Record<string, string>) => `/api/search?${new URLSearchParams(params)}`
const like = (words: string, locale = 'en') =>
  `/api/resources?${new URLSearchParams({ 'where[title][like]': words, limit: '20', depth: '0', locale })}`

const kinds: Kind[] = [
  { name: 'frequent word: health', search: () => search({ q: 'health' }), baseline: like('health') },
  { name: 'rare word: dialysis', search: () => search({ q: 'dialysis' }), baseline: like('dialysis') },
  { name: 'two words: girls school', search: () => search({ q: 'girls school' }), baseline: like('girls school') },
  {
    name: 'phrase: basic health unit',
    search: () => search({ q: 'basic health unit' }),
    baseline: like('basic health unit'),
  },
  { name: 'misspelling: helth clinik', search: () => search({ q: 'helth clinik' }), baseline: like('helth clinik') },
  {
    name: 'school + category + status',
    search: () => search({ q: 'school', category: String(education), status: 'active' }),
    baseline: `${like('school')}&where[category][equals]=${education}&where[status][equals]=active`,
  },
  {
    // The browse answer is cached for 30 s by its parameters: each request asks for another page.
    name: 'browse, facets, uncached',
    search: (i) => search({ q: '', page: String((i % 1000) + 1) }),
  },
  { name: 'Urdu: ہسپتال (ur page)', search: () => search({ q: 'ہسپتال', locale: 'ur' }), baseline: like('ہسپتال', 'ur') },
  { name: 'Pashto: روغتون (ps page)', search: () => search({ q: 'روغتون', locale: 'ps' }), baseline: like('روغتون', 'ps') },
  {
    name: 'cross-language: سکول (en page)',
    search: () => search({ q: 'سکول', locale: 'en' }),
    baseline: like('سکول', 'ur'),
  },
]

const time = async (path: string) => {
  const started = performance.now()
  const response = await fetch(`${base}${path}`)
  const body = (await response.json()) as { totalDocs?: number }
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return { ms: performance.now() - started, hits: body.totalDocs ?? 0 }
}

const measure = async (request: (i: number) => string) => {
  for (let i = 0; i < warmup; i++) await time(request(requests + i))
  const samples: number[] = []
  let hits = 0
  for (let i = 0; i < requests; i++) {
    const { ms, hits: found } = await time(request(i))
    samples.push(ms)
    hits = found
  }
  return { ...percentiles(samples), hits }
}

const ms = (n: number) => n.toFixed(1).padStart(7)
const rows: { name: string; p95: number }[] = []
console.log(
  `${'kind'.padEnd(32)} ${'hits'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)}   Payload REST like: p50 / p95 (hits)   ratio p95`,
)
for (const kind of kinds) {
  const ours = await measure(kind.search)
  rows.push({ name: kind.name, p95: ours.p95 })
  let comparison = ''
  if (kind.baseline) {
    const theirs = await measure(() => kind.baseline!)
    comparison = `${ms(theirs.p50)} / ${ms(theirs.p95)} (${theirs.hits})`.padEnd(36) + `${(theirs.p95 / ours.p95).toFixed(1)}×`
  }
  console.log(
    `${kind.name.padEnd(32)} ${String(ours.hits).padStart(7)} ${ms(ours.p50)} ${ms(ours.p95)} ${ms(ours.p99)}   ${comparison}`,
  )
}
const fastest = Math.min(...rows.map((r) => r.p95))
const slowest = rows.reduce((a, b) => (b.p95 > a.p95 ? b : a))
console.log('')
console.log(
  `slowest kind by p95: ${slowest.name} (${slowest.p95.toFixed(1)} ms), ${(slowest.p95 / fastest).toFixed(1)}× the fastest (goal: every kind p95 ≤ 30 ms, none over 10× the fastest)`,
)
console.log('(ratio p95 = Payload REST like p95 ÷ Hujra search p95: above 1, search is faster)')
