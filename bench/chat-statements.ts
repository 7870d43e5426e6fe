/**
 * How many SQL statements and transactions one `message:send` costs the
 * realtime sidecar (issue 21, point 5):
 * `node --import tsx bench/chat-statements.ts`.
 *
 * The sidecar is built in this process as realtime/index.ts builds it
 * (`createApplication` with the CMS's Payload), with node-postgres's
 * `Client.prototype.query` wrapped to count every statement any part of it
 * sends (Payload, Drizzle, the sidecar's own SQL; BEGIN and COMMIT count).
 * PostgreSQL's own counters for the database (`pg_stat_database`: commits,
 * rollbacks, rows inserted) are read beside them. Two phases over the same
 * sockets: sends one at a time (each waits for its acknowledgement: no two
 * can share a batch), and a burst of sends at once (what group commit
 * shares), with the acknowledgement times of each phase, the sidecar
 * unloaded. pg_stat_statements is not loaded on this server, hence the
 * client-side count.
 *
 * Uses the chat benchmark's users and rooms (bench/chat-setup.ts) in
 * DATABASE_URL: give it the benchmark's database, with nothing else running
 * on it (the CMS's own statements would count in PostgreSQL's figures).
 * Options: --sockets (20), --sends (200).
 */
import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'

import pg from 'pg'
import { io as connect, type Socket } from 'socket.io-client'

import { loadConfig } from '../scripts/lib/env'
import { setUpWorld } from './chat-setup'
import { percentiles } from './stats'

let statements = 0
let transactions = 0
const originalQuery = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as { text?: unknown } | string
  const text = typeof first === 'string' ? first : typeof first?.text === 'string' ? first.text : ''
  statements += 1
  if (/^\s*begin/i.test(text)) transactions += 1
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args)
} as never

const { values } = parseArgs({
  options: { sockets: { type: 'string', default: '20' }, sends: { type: 'string', default: '200' } },
})
const socketCount = Number(values.sockets)
const sends = Number(values.sends)

const settings = loadConfig()
if (!settings.DATABASE_URL) throw new Error('DATABASE_URL is not set')
const databaseUrl = settings.DATABASE_URL

const { getPayload } = await import('payload')
const { default: payloadConfig } = await import('../payload.config')
const { createApplication } = await import('../realtime/app')
const { RateLimiterMemory } = await import('rate-limiter-flexible')

const db = new pg.Client({ connectionString: databaseUrl })
await db.connect()
const world = await setUpWorld(db, { users: socketCount, rooms: 2 })

const payload = await getPayload({ config: payloadConfig })
const generous = () => new RateLimiterMemory({ points: 1_000_000, duration: 1 })
const httpServer = createServer()
const server = createApplication(
  httpServer,
  { payload },
  {
    allowedOrigins: [],
    limiters: { user: generous(), ip: generous(), connect: generous() },
    sessionSweepMs: 3_600_000,
  },
)
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`

type Ack = { ok: boolean; error?: unknown }
const sockets: Socket[] = []
for (const user of world.users) {
  const socket = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: { token: user.token },
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', reject)
  })
  const joined = (await socket.emitWithAck('room:join', { room: user.room, limit: 1 })) as Ack
  if (!joined.ok) throw new Error(`room:join refused: ${JSON.stringify(joined.error)}`)
  sockets.push(socket)
}

const databaseCounters = async () => {
  const { rows } = await db.query<{ commits: string; rollbacks: string; inserted: string }>(
    `select xact_commit as commits, xact_rollback as rollbacks, tup_inserted as inserted
     from pg_stat_database where datname = current_database()`,
  )
  return {
    commits: Number(rows[0]!.commits),
    rollbacks: Number(rows[0]!.rollbacks),
    inserted: Number(rows[0]!.inserted),
  }
}

/** PostgreSQL's statistics reach pg_stat_database when a backend reports them (at most every second, or when idle). */
const settledCounters = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1500))
  await db.query('select pg_stat_clear_snapshot()')
  return databaseCounters()
}

let ackTimes: number[] = []
const send = async (i: number) => {
  const socket = sockets[i % sockets.length]!
  const user = world.users[i % sockets.length]!
  const sentAt = performance.now()
  const ack = (await socket.emitWithAck('message:send', { room: user.room, text: `statements ${i}` })) as Ack
  ackTimes.push(performance.now() - sentAt)
  if (!ack.ok) throw new Error(`message:send refused: ${JSON.stringify(ack.error)}`)
}

const measure = async (label: string, run: () => Promise<void>) => {
  const before = { statements, transactions, db: await settledCounters() }
  ackTimes = []
  await run()
  const ack = percentiles(ackTimes)
  const after = { statements, transactions, db: await settledCounters() }
  // This client's own statements (the counter reads) go through the wrapped query too: 2 per reading.
  const own = 2
  const perSend = (n: number) => (n / sends).toFixed(2)
  console.log(
    `${label}: ${sends} sends, ${perSend(after.statements - before.statements - own)} statements and ` +
      `${perSend(after.transactions - before.transactions)} BEGINs per send (client-side); PostgreSQL: ` +
      `${perSend(after.db.commits - before.db.commits - own)} commits, ` +
      `${perSend(after.db.rollbacks - before.db.rollbacks)} rollbacks, ` +
      `${perSend(after.db.inserted - before.db.inserted)} rows inserted per send; ` +
      `ack p50/p95/p99 ${ack.p50.toFixed(1)}/${ack.p95.toFixed(1)}/${ack.p99.toFixed(1)} ms (load ${loadavg()[0]!.toFixed(2)})`,
  )
}

console.log(`database ${new URL(databaseUrl).pathname.slice(1)}, ${socketCount} sockets in 2 rooms`)
await measure('one at a time', async () => {
  for (let i = 0; i < sends; i++) await send(i)
})
await measure('all at once', async () => {
  await Promise.all(Array.from({ length: sends }, (_, i) => send(i)))
})

for (const socket of sockets) socket.disconnect()
await new Promise<void>((resolve) => server.close(() => resolve()))
await db.end()
await payload.destroy()
process.exit(0)
