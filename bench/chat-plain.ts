/**
 * The baseline of `npm run bench:chat`: a plain Socket.IO server speaking
 * the chat's contract (realtime/events.ts) with nothing behind it: a token
 * is required on the handshake but not verified, `room:join` joins,
 * `message:send` numbers the message, broadcasts `message:created` to the
 * room's other sockets and acknowledges. No database, no session checks, no
 * rate limits. A process of its own (started by bench/chat.ts on
 * 127.0.0.1), so its CPU is measured alone; it tells the parent its port over IPC.
 */
import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'

import { Server } from 'socket.io'

import type { ChatMessage, ClientToServerEvents, ServerToClientEvents } from '../realtime/events'

import { roomChannel } from '../realtime/events'

/** realtime/app.ts's MAX_PACKET_BYTES (not imported: app.ts brings Payload with it). */
const MAX_PACKET_BYTES = 16 * 1024

interface Data {
  user: number
}

const httpServer = createServer()
const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, Data>(httpServer, {
  maxHttpBufferSize: MAX_PACKET_BYTES,
})

io.use((socket, next) => {
  const auth = (socket.handshake.auth ?? {}) as { token?: unknown; user?: unknown }
  if (typeof auth.token !== 'string' || !auth.token) return next(new Error('Not signed in'))
  socket.data = { user: typeof auth.user === 'number' ? auth.user : 0 }
  next()
})

let nextId = 1
io.on('connection', (socket) => {
  socket.on('room:join', async ({ room }, ack) => {
    await socket.join(roomChannel(room))
    ack({ ok: true, messages: [], hasMore: false })
  })
  socket.on('message:send', ({ room, text }, ack) => {
    if (!socket.rooms.has(roomChannel(room))) {
      return ack({ ok: false, error: { code: 'forbidden', message: 'Join the room first' } })
    }
    const now = new Date().toISOString()
    const message: ChatMessage = {
      id: nextId++,
      room,
      author: socket.data.user,
      authorName: `#${socket.data.user}`,
      text,
      replyTo: null,
      pinned: false,
      edited: false,
      deletedByModerator: false,
      createdAt: now,
      updatedAt: now,
    }
    socket.to(roomChannel(room)).emit('message:created', message)
    ack({ ok: true, id: message.id, message })
  })
})

httpServer.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'ready', port: (httpServer.address() as AddressInfo).port })
})

const stop = () => io.close(() => process.exit(0))
process.on('disconnect', stop)
process.on('SIGTERM', stop)
