import { type Server, type Socket, createServer } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from './startProcess'

/** A message as the test server took it: the parsed mail, its SMTP envelope and who signed in. */
export interface ReceivedMail {
  mail: ParsedMail
  envelope: { from: string | false; to: string[] }
  user?: string
  raw: string
}

export interface SmtpSinkOptions {
  port?: number
  /** Only this user and password may send (AUTH PLAIN/LOGIN over plain TCP, as a test server may). */
  auth?: { user: string; pass: string }
  /** Advertise STARTTLS (with smtp-server's self-signed certificate). @default false */
  starttls?: boolean
  /** Recipients answered 550 (no such mailbox). */
  refuse?: (address: string) => boolean
}

export interface SmtpSink {
  port: number
  received: ReceivedMail[]
  /** Sessions opened, signed in or not, for "nothing connected" checks. */
  connections: number
  /** Resolves with the first message `match` accepts, or rejects after `timeoutMs`. */
  waitFor: (match: (m: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  close: () => Promise<void>
}

/** A real SMTP server on 127.0.0.1 that keeps what it is sent, parsed with mailparser. */
export const startSmtpSink = async (options: SmtpSinkOptions = {}): Promise<SmtpSink> => {
  const port = options.port ?? (await freePort())
  const received: ReceivedMail[] = []
  const waiting = new Set<() => void>()
  const sink: SmtpSink = {
    port,
    received,
    connections: 0,
    waitFor: (match, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match)
          if (!found) return false
          waiting.delete(check)
          clearTimeout(timer)
          resolve(found)
          return true
        }
        const timer = setTimeout(() => {
          waiting.delete(check)
          reject(new Error(`no matching mail within ${timeoutMs} ms (got ${received.length})`))
        }, timeoutMs)
        if (!check()) waiting.add(check)
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
  const server = new SMTPServer({
    logger: false,
    disabledCommands: options.starttls ? [] : ['STARTTLS'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    onConnect: (_session, callback) => {
      sink.connections++
      callback()
    },
    onRcptTo: (address, _session, callback) => {
      if (options.refuse?.(address.address))
        return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }))
      callback()
    },
    onAuth: (auth, _session, callback) => {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass)
        return callback(null, { user: auth.username })
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks)
        received.push({
          mail: await simpleParser(raw),
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : false,
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          user: session.user as string | undefined,
          raw: raw.toString('utf8'),
        })
        for (const check of [...waiting]) check()
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return sink
}

/** A server that takes connections and never says a word: a hung mail server. */
export const startSilentServer = async (port?: number) => {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
  })
  const listenPort = port ?? (await freePort())
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', () => resolve()))
  return {
    port: listenPort,
    connections: () => sockets.size,
    /** Drops every connection (the client sees it close) and stops listening. */
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
