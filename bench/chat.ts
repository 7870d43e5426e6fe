/**
 * `npm run bench:chat`: the realtime sidecar under chat load over WebSocket,
 * against a plain Socket.IO server (bench/chat-plain.ts) measured in the
 * same run with the same sockets, rooms and rates.
 *
 * Start the platform first (`npm start` with DATABASE_URL set: the setup
 * writes its users, rooms, memberships and sessions to that database, see
 * bench/chat-setup.ts), then run this in another terminal with the same
 * environment. For each server: --sockets signed-in sockets (bound to
 * 127.0.0.2…127.0.0.250, so per-address limits see 249 addresses) join
 * --rooms rooms, sit idle for --idle s, then send at each of --rates
 * messages/s for --seconds s, round-robin over the sockets. Printed per
 * phase: acknowledgement and delivery p50/p95/p99, lost deliveries (not
 * arrived --drain s after the last send), refused sends by code, sends
 * never acknowledged, messages stored, and CPU per message of the server
 * and of the PostgreSQL backends of the database (from /proc).
 */
import { fork } from 'node:child_process'
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { loadConfig } from '../scripts/lib/env'
import { connectSwarm, LOOPBACK_ADDRESSES, type PhaseResult, runPhase, type Swarm } from './chat-load'
import { setUpWorld } from './chat-setup'
import { cpuMeter, databaseBackends, ownCpuMeter, pidListeningOn, waitMeter } from './cpu'

const { DATABASE_URL, REALTIME_PORT } = loadConfig()
const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '1000' },
    rooms: { type: 'string', default: '10' },
    rates: { type: 'string', default: '50,100,200,500' },
    seconds: { type: 'string', default: '15' },
    drain: { type: 'string', default: '10' },
    settle: { type: 'string', default: '180' },
    idle: { type: 'string', default: '30' },
    pause: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '20' },
    addresses: { type: 'string', default: String(LOOPBACK_ADDRESSES) },
    realtime: { type: 'string', default: `http://127.0.0.1:${REALTIME_PORT}` },
  },
})
const sockets = Number(values.sockets)
const roomCount = Number(values.rooms)
const rates = values.rates!.split(',').map(Number)
const seconds = Number(values.seconds)
const secondsOf = (name: 'drain' | 'settle' | 'idle' | 'pause' | 'warmup') => Number(values[name]) * 1000
if (!(sockets >= 2 * roomCount) || rates.some((rate) => !(rate > 0)) || !(seconds > 0)) {
  throw new Error('Need --sockets ≥ 2 × --rooms, positive --rates and --seconds')
}
if (!DATABASE_URL) {
  throw new Error('bench:chat writes its users to the database `npm start` uses: set DATABASE_URL for both')
}

const realtimePort = Number(new URL(values.realtime!).port || 80)
const sidecarPid = await pidListeningOn(realtimePort)
const db = new pg.Client({ connectionString: DATABASE_URL })
await db.connect()

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
const startedAt = new Date()
console.log(
  `bench:chat ${startedAt.toISOString()}: ${sockets} sockets in ${roomCount} rooms from ${Math.min(Number(values.addresses), LOOPBACK_ADDRESSES)} addresses, ${rates.join('/')} messages/s for ${seconds} s each`,
)
console.log(`load average at start: ${load()}`)

const setupStarted = performance.now()
const world = await setUpWorld(db, { users: sockets, rooms: roomCount })
console.log(
  `setup: ${sockets} users, sessions and tokens, ${roomCount} rooms in ${Math.round(performance.now() - setupStarted)} ms`,
)

const plain = fork(path.join(import.meta.dirname, 'chat-plain.ts'), [], { execArgv: ['--import', 'tsx'] })
const plainPort = await new Promise<number>((resolve, reject) => {
  plain.once('message', (message) => resolve((message as { port: number }).port))
  plain.once('exit', (code) => reject(new Error(`the plain server exited (code ${code})`)))
})

interface Row extends PhaseResult {
  server: string
  serverCpuMs: number
  pgCpuMs: number
  clientCpuMs: number
  /** The server's main thread ready to run but waiting for a core, ms: the machine's load, not the server's work. */
  serverWaitMs: number
  stored?: number
  load1: number
}

interface ServerRun {
  name: string
  connectMs: number
  idleCorePercent: number
  idlePgCorePercent: number
  rows: Row[]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const runId = Date.now().toString(36)
const serverMeter = (pid: number) => cpuMeter(() => [pid])
const pgMeter = cpuMeter(() => databaseBackends(db))
const clientMeter = ownCpuMeter()

const storedWith = async (tag: string) =>
  (
    await db.query<{ n: number }>('select count(*)::int as n from chat_messages where text like $1', [
      `${tag} %`,
    ])
  ).rows[0]!.n

const measureServer = async (
  name: string,
  url: string,
  pid: number,
  persists: boolean,
): Promise<ServerRun> => {
  console.log(`\n${name} (${url}, pid ${pid})`)
  const connectStarted = performance.now()
  const swarm: Swarm = await connectSwarm(url, world.users, {
    concurrency: Number(values.concurrency),
    addresses: Number(values.addresses),
  })
  const connectMs = performance.now() - connectStarted
  console.log(`  ${sockets} sockets connected and joined in ${(connectMs / 1000).toFixed(1)} s`)

  const server = serverMeter(pid)
  const serverWait = waitMeter(pid)
  await Promise.all([server.start(), serverWait.start(), pgMeter.start()])
  await sleep(secondsOf('idle'))
  const [idleServer, idleWait, idlePg] = await Promise.all([server.stop(), serverWait.stop(), pgMeter.stop()])
  const idleCorePercent = (idleServer / secondsOf('idle')) * 100
  const idlePgCorePercent = (idlePg / secondsOf('idle')) * 100
  console.log(
    `  idle ${values.idle} s: server ${idleCorePercent.toFixed(1)}% of a core (and waiting for one ${((idleWait / secondsOf('idle')) * 100).toFixed(1)}% of the time), PostgreSQL ${idlePgCorePercent.toFixed(1)}%`,
  )

  if (secondsOf('warmup') > 0) {
    const warm = await runPhase(swarm, {
      rate: 20,
      seconds: Number(values.warmup),
      drainMs: secondsOf('drain'),
      settleMs: secondsOf('settle'),
      tag: `bench-${runId}-${name}-warmup`,
    })
    console.log(
      `  warm-up: ${warm.sent} messages at 20/s (not counted), delivery p50 ${ms(warm.delivery.p50)} ms`,
    )
  }

  const rows: Row[] = []
  for (const rate of rates) {
    await sleep(secondsOf('pause'))
    const reconnected = await swarm.reconnect()
    if (reconnected > 0)
      console.log(`  (${reconnected} sockets disconnected earlier connected and joined again)`)
    const tag = `bench-${runId}-${name}-${rate}`
    await Promise.all([server.start(), serverWait.start(), pgMeter.start(), clientMeter.start()])
    const result = await runPhase(swarm, {
      rate,
      seconds,
      drainMs: secondsOf('drain'),
      settleMs: secondsOf('settle'),
      tag,
    })
    const [serverCpuMs, serverWaitMs, pgCpuMs, clientCpuMs] = await Promise.all([
      server.stop(),
      serverWait.stop(),
      pgMeter.stop(),
      clientMeter.stop(),
    ])
    const row: Row = {
      ...result,
      server: name,
      serverCpuMs,
      pgCpuMs,
      clientCpuMs,
      serverWaitMs,
      stored: persists ? await storedWith(tag) : undefined,
      load1: loadavg()[0]!,
    }
    rows.push(row)
    console.log(`  ${line(row)}`)
  }
  swarm.close()
  return { name, connectMs, idleCorePercent, idlePgCorePercent, rows }
}

/** Milliseconds, compactly: 0.6, 12, 3.4 s; infinite (never arrived) as "lost". */
const ms = (value: number) => {
  if (value === Infinity) return 'never'
  if (Number.isNaN(value)) return '–'
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`
  return value < 10 ? value.toFixed(1) : value.toFixed(0)
}
const perMessage = (cpuMs: number, row: PhaseResult) => (cpuMs / row.sent).toFixed(2)
const refusals = (row: PhaseResult) =>
  Object.entries(row.refused)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ') || '0'

const reasons = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ') || '0'

const line = (row: Row) =>
  [
    `${String(row.rate).padStart(4)}/s`,
    `sent ${row.sent}`,
    `ack p50/p95/p99 ${ms(row.ack.p50)}/${ms(row.ack.p95)}/${ms(row.ack.p99)} ms`,
    `delivery ${ms(row.delivery.p50)}/${ms(row.delivery.p95)}/${ms(row.delivery.p99)} ms (max ${ms(row.delivery.max)})`,
    `lost ${row.lost} of ${row.expected}${row.late ? ` (${row.late} late)` : ''}`,
    `refused ${refusals(row)}`,
    `no ack ${row.unanswered}${row.settled ? '' : ' (still missing after settling)'}`,
    ...(row.stored === undefined ? [] : [`stored ${row.stored}`]),
    `CPU/msg server ${perMessage(row.serverCpuMs, row)} ms, PostgreSQL ${perMessage(row.pgCpuMs, row)} ms`,
    `server ${((row.serverCpuMs / row.windowMs) * 100).toFixed(0)}% of a core over ${(row.windowMs / 1000).toFixed(1)} s`,
    `server waited for a core ${((row.serverWaitMs / row.windowMs) * 100).toFixed(0)}% of it`,
    `bench client ${((row.clientCpuMs / row.windowMs) * 100).toFixed(0)}%`,
    `sender behind ≤ ${ms(row.behindMs)} ms`,
    `disconnected ${reasons(row.disconnects)}`,
    `load ${row.load1.toFixed(2)}`,
  ].join(' · ')

let runs: ServerRun[]
try {
  runs = [
    await measureServer('plain', `http://127.0.0.1:${plainPort}`, plain.pid!, false),
    await measureServer('sidecar', values.realtime!, sidecarPid, true),
  ]
} finally {
  plain.kill('SIGTERM')
  await db.end()
}

const [base, ours] = runs as [ServerRun, ServerRun]
const pad = (text: string, width: number) => text.padStart(width)
console.log(`\n${'='.repeat(20)} summary (${startedAt.toISOString()}, load average now ${load()})`)
console.log(
  `${'server'.padEnd(8)}${pad('rate', 6)}${pad('ack p50', 9)}${pad('p95', 9)}${pad('p99', 9)}${pad('deliv p50', 11)}${pad('p95', 9)}${pad('p99', 9)}${pad('lost', 9)}${pad('refused', 9)}${pad('no ack', 8)}${pad('stored', 8)}${pad('CPU/msg', 9)}${pad('PG/msg', 8)}${pad('wait', 6)}${pad('disc.', 7)}${pad('load', 7)}`,
)
for (const run of runs) {
  for (const row of run.rows) {
    const refusedTotal = Object.values(row.refused).reduce((a, b) => a + b, 0)
    console.log(
      `${run.name.padEnd(8)}${pad(`${row.rate}/s`, 6)}${pad(ms(row.ack.p50), 9)}${pad(ms(row.ack.p95), 9)}${pad(ms(row.ack.p99), 9)}${pad(ms(row.delivery.p50), 11)}${pad(ms(row.delivery.p95), 9)}${pad(ms(row.delivery.p99), 9)}${pad(String(row.lost), 9)}${pad(String(refusedTotal), 9)}${pad(String(row.unanswered), 8)}${pad(row.stored === undefined ? '–' : String(row.stored), 8)}${pad(perMessage(row.serverCpuMs, row), 9)}${pad(perMessage(row.pgCpuMs, row), 8)}${pad(`${((row.serverWaitMs / row.windowMs) * 100).toFixed(0)}%`, 6)}${pad(String(Object.values(row.disconnects).reduce((a, b) => a + b, 0)), 7)}${pad(row.load1.toFixed(2), 7)}`,
    )
  }
}
console.log(
  '(ms; "never": a p-th percentile falls on sends never acknowledged or deliveries lost; CPU in ms per message sent; wait: the server ready to run but waiting for a core, share of the phase; disc.: sockets disconnected during the phase)',
)
for (const run of runs) {
  console.log(
    `${run.name}: ${sockets} sockets connected in ${(run.connectMs / 1000).toFixed(1)} s; idle, ${run.idleCorePercent.toFixed(1)}% of a core (PostgreSQL ${run.idlePgCorePercent.toFixed(1)}%)`,
  )
}
console.log('\nsidecar ÷ plain, same rate:')
for (const row of ours.rows) {
  const other = base.rows.find((r) => r.rate === row.rate)!
  const ratio = (a: number, b: number) =>
    a === Infinity ? '∞' : Number.isFinite(a / b) ? `${(a / b).toFixed(1)}×` : '–'
  console.log(
    `  ${String(row.rate).padStart(4)}/s: ack p50 ${ratio(row.ack.p50, other.ack.p50)}, delivery p99 ${ratio(row.delivery.p99, other.delivery.p99)}, CPU per message ${ratio(row.serverCpuMs, other.serverCpuMs)}`,
  )
}
const goal = ours.rows.find((row) => row.rate === 200)
if (goal) {
  const met = goal.delivery.p99 <= 50 && goal.lost === 0 && goal.unanswered === 0
  console.log(
    `\ngoal (p99 delivery ≤ 50 ms at 200 messages/s, nothing lost): ${met ? 'met' : 'not met'}: p99 ${ms(goal.delivery.p99)} ms, ${goal.lost} lost, ${goal.unanswered} unacknowledged`,
  )
}
process.exit(0)
