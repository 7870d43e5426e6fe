/**
 * The client side of `npm run bench:chat`: many Socket.IO clients over the
 * `websocket` transport, each bound to one of 249 loopback addresses so a
 * server's per-address limits see many addresses, and an open-loop sender
 * (messages leave on schedule, whatever the acknowledgements do) that
 * measures acknowledgement and delivery latency.
 */
import type { ManagerOptions, SocketOptions, Socket } from 'socket.io-client'

import { io as connect } from 'socket.io-client'

import type { ChatMessage, ClientToServerEvents, Result, ServerToClientEvents } from '../realtime/events'

import { percentiles } from './stats'

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>

/** 127.0.0.2 … 127.0.0.250: Linux routes all of 127.0.0.0/8 to the loopback interface. */
export const LOOPBACK_ADDRESSES = 249
/** Socket `i`'s address among the first `count` of them (1: everyone behind one address, as with carrier-grade NAT). */
export const localAddressOf = (i: number, count = LOOPBACK_ADDRESSES) =>
  `127.0.0.${2 + (i % Math.min(count, LOOPBACK_ADDRESSES))}`

export interface Member {
  socket: Client
  user: number
  room: number
}

/**
 * engine.io-client hands `localAddress` to the `ws` WebSocket it opens in
 * Node (transports/websocket.js picks it from the options), which hands it
 * to `net.connect`; its type does not declare it.
 */
type ClientOptions = Partial<ManagerOptions & SocketOptions> & { localAddress: string }

/** Runs `task` over `items`, at most `limit` at a time, in order of start. */
export const pool = async <T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, i: number) => Promise<R>,
) => {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export interface Swarm {
  members: Member[]
  /** Disconnections so far by reason ("ping timeout", "transport close", "io server disconnect" …). */
  disconnects: () => Record<string, number>
  /** Connects and joins again every member whose socket was disconnected; how many. */
  reconnect: () => Promise<number>
  /** Every `message:created` any member receives. */
  onMessage: (listener: (message: ChatMessage, receivedAt: number) => void) => void
  close: () => void
}

/** Connects one socket per user and joins it to the user's room, `concurrency` handshakes at a time. */
export const connectSwarm = async (
  url: string,
  users: readonly { id: number; token: string; room: number }[],
  { concurrency, addresses = LOOPBACK_ADDRESSES }: { concurrency: number; addresses?: number },
): Promise<Swarm> => {
  let listener: (message: ChatMessage, receivedAt: number) => void = () => undefined
  const disconnects: Record<string, number> = {}
  const down = new Set<number>()
  let closing = false

  const open = async (i: number): Promise<Member> => {
    const user = users[i]!
    const options: ClientOptions = {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 60_000,
      auth: { token: user.token, user: user.id },
      localAddress: localAddressOf(i, addresses),
    }
    const socket: Client = connect(url, options)
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve())
      socket.once('connect_error', (error) =>
        reject(
          new Error(`socket ${i} (${localAddressOf(i, addresses)}) could not connect: ${error.message}`),
        ),
      )
    })
    socket.on('disconnect', (reason) => {
      if (closing) return
      disconnects[reason] = (disconnects[reason] ?? 0) + 1
      down.add(i)
    })
    socket.on('message:created', (message) => listener(message, performance.now()))
    const joined = await socket.timeout(60_000).emitWithAck('room:join', { room: user.room, limit: 1 })
    if (!joined.ok) throw new Error(`socket ${i} could not join room ${user.room}: ${joined.error.message}`)
    return { socket, user: user.id, room: user.room }
  }

  const members = await pool(users, concurrency, (_, i) => open(i))
  return {
    members,
    disconnects: () => ({ ...disconnects }),
    reconnect: async () => {
      const again = [...down]
      down.clear()
      await pool(again, concurrency, async (i) => {
        members[i]!.socket.removeAllListeners()
        members[i] = await open(i)
      })
      return again.length
    },
    onMessage: (next) => void (listener = next),
    close: () => {
      closing = true
      members.forEach((member) => member.socket.disconnect())
    },
  }
}

export interface PhaseOptions {
  /** Messages per second, all senders together. */
  rate: number
  seconds: number
  /** Deliveries counted until this long after the last send; later ones are lost. */
  drainMs: number
  /** Then, before the next phase, wait this long at most for the last acknowledgements. */
  settleMs: number
  /** Unique to the phase: starts every message text, so late arrivals of earlier phases are told apart. */
  tag: string
}

export interface Latencies {
  p50: number
  p95: number
  p99: number
  max: number
}

export interface PhaseResult {
  rate: number
  sent: number
  /** Acknowledged with ok: true. */
  accepted: number
  /** Acknowledged with ok: false, by error code. */
  refused: Record<string, number>
  /** Not acknowledged by the end of the drain. */
  unanswered: number
  /** Send → acknowledgement, over every send (unanswered ones count as infinite). */
  ack: Latencies
  /** Send → arrival at each other member's socket, over every expected delivery (lost ones infinite). */
  delivery: Latencies
  expected: number
  delivered: number
  lost: number
  /** Lost deliveries that still arrived while settling. */
  late: number
  /** The sender's worst lag behind its schedule (the client itself too busy), ms. */
  behindMs: number
  /** Start of sending → end of settling, ms: the CPU window. */
  windowMs: number
  /** How long settling took; `settled` false when acknowledgements were still missing at its end. */
  settleMs: number
  settled: boolean
  /** Sockets disconnected during the phase, by reason. */
  disconnects: Record<string, number>
}

const summary = (values: number[]): Latencies => {
  if (values.length === 0) return { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN }
  return { ...percentiles(values), max: values.reduce((a, b) => (b > a ? b : a), -Infinity) }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until `done()` or `ms` pass; true when done. */
const waitFor = async (done: () => boolean, ms: number) => {
  const until = performance.now() + ms
  while (!done()) {
    if (performance.now() >= until) return false
    await sleep(20)
  }
  return true
}

/**
 * One phase: `rate × seconds` messages, round-robin over the members (so
 * over the rooms, and no user or address sends more than its share), each
 * sent on schedule without waiting for earlier acknowledgements.
 */
export const runPhase = async (swarm: Swarm, options: PhaseOptions): Promise<PhaseResult> => {
  const { members } = swarm
  const total = Math.round(options.rate * options.seconds)
  const roomSize = new Map<number, number>()
  for (const member of members) roomSize.set(member.room, (roomSize.get(member.room) ?? 0) + 1)

  const sentAt = new Float64Array(total).fill(Number.NaN)
  const ackMs = new Float64Array(total).fill(Number.NaN)
  const delivered = new Uint16Array(total)
  const refusedCode: (string | undefined)[] = new Array(total)
  const deliveries: number[] = []
  let answered = 0
  let deliveredCount = 0
  let expected = 0
  let counting = true
  let late = 0
  const prefix = `${options.tag} `

  swarm.onMessage((message, receivedAt) => {
    if (!message.text.startsWith(prefix)) return
    const k = Number(message.text.slice(prefix.length))
    if (!(k >= 0 && k < total)) return
    if (!counting) {
      late += 1
      return
    }
    delivered[k]! += 1
    deliveredCount += 1
    deliveries.push(receivedAt - sentAt[k]!)
  })

  const send = (k: number) => {
    const member = members[k % members.length]!
    expected += roomSize.get(member.room)! - 1
    sentAt[k] = performance.now()
    member.socket.emit(
      'message:send',
      { room: member.room, text: `${prefix}${k}` },
      (result: Result<{ id: number; message: ChatMessage }>) => {
        if (!Number.isNaN(ackMs[k]!)) return
        ackMs[k] = performance.now() - sentAt[k]!
        answered += 1
        if (!result.ok) {
          refusedCode[k] = result.error.code
          // A refused message is never broadcast: its deliveries are not expected.
          expected -= roomSize.get(member.room)! - 1
        }
      },
    )
  }

  const disconnectsBefore = swarm.disconnects()
  const started = performance.now()
  let behindMs = 0
  let k = 0
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now()
      const due = Math.min(total, Math.floor(((now - started) * options.rate) / 1000) + 1)
      while (k < due) {
        behindMs = Math.max(behindMs, performance.now() - (started + (k * 1000) / options.rate))
        send(k++)
      }
      if (k >= total) return resolve()
      setTimeout(tick, 1)
    }
    tick()
  })

  await waitFor(() => answered === total && deliveredCount >= expected, options.drainMs)
  counting = false
  const unanswered = total - answered

  const settleStarted = performance.now()
  const settled = await waitFor(() => answered === total, options.settleMs)
  const ended = performance.now()

  const refused: Record<string, number> = {}
  for (const code of refusedCode) if (code) refused[code] = (refused[code] ?? 0) + 1
  const acks = Array.from(ackMs, (ms) => (Number.isNaN(ms) ? Infinity : ms))
  // Expected: the other members of the room of every send not refused by the end of settling.
  const lost = Math.max(0, expected - deliveredCount)
  return {
    rate: options.rate,
    sent: total,
    accepted: answered - Object.values(refused).reduce((a, b) => a + b, 0),
    refused,
    unanswered,
    ack: summary(acks),
    delivery: summary([...deliveries, ...new Array<number>(lost).fill(Infinity)]),
    expected,
    delivered: deliveredCount,
    lost,
    late,
    behindMs,
    windowMs: ended - started,
    settleMs: ended - settleStarted,
    settled,
    disconnects: Object.fromEntries(
      Object.entries(swarm.disconnects())
        .map(([reason, n]) => [reason, n - (disconnectsBefore[reason] ?? 0)] as const)
        .filter(([, n]) => n > 0),
    ),
  }
}
