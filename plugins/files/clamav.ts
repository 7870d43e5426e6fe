import type { Readable } from 'node:stream'

import net from 'node:net'

/** Set when uploads must pass clamd: CLAMAV_HOST (+ CLAMAV_PORT, default 3310) or CLAMAV_SOCKET. */
export const clamavConfigured = () => Boolean(process.env.CLAMAV_HOST || process.env.CLAMAV_SOCKET)

const connectClamd = () =>
  process.env.CLAMAV_SOCKET
    ? net.connect(process.env.CLAMAV_SOCKET)
    : net.connect(Number(process.env.CLAMAV_PORT ?? 3310), process.env.CLAMAV_HOST)

export class ScannerUnavailable extends Error {}

const CHUNK = 64 * 1024

/** Writes and waits for the socket to drain, so a large file is never queued in memory. */
const send = (socket: net.Socket, bytes: Buffer) =>
  new Promise<void>((resolve) => {
    if (socket.write(bytes)) return resolve()
    const done = () => {
      socket.off('drain', done)
      socket.off('close', done)
      resolve()
    }
    socket.on('drain', done)
    socket.on('close', done)
  })

/**
 * Streams bytes to clamd with INSTREAM (length-prefixed chunks, then a zero
 * length) and reads its verdict: null when clean, the signature name when
 * infected. A scanner that cannot be reached or does not answer in time
 * throws ScannerUnavailable.
 */
export const scanWithClamd = (source: Readable): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const timeoutMs = Number(process.env.CLAMAV_TIMEOUT_MS ?? 15_000)
    const socket = connectClamd()
    let reply = ''
    let failed = false
    const fail = (message: string) => {
      if (failed) return
      failed = true
      source.destroy()
      socket.destroy()
      reject(new ScannerUnavailable(message))
    }
    socket.setTimeout(timeoutMs, () => fail(`clamd did not answer within ${timeoutMs} ms`))
    socket.on('error', (error) => fail(`clamd: ${error.message}`))
    socket.on('connect', async () => {
      try {
        await send(socket, Buffer.from('zINSTREAM\0', 'latin1'))
        for await (const piece of source as AsyncIterable<Buffer>) {
          // clamd takes chunks up to its StreamMaxLength; small ones keep each write bounded.
          for (let offset = 0; offset < piece.length && !failed; offset += CHUNK) {
            const chunk = piece.subarray(offset, offset + CHUNK)
            const length = Buffer.alloc(4)
            length.writeUInt32BE(chunk.length)
            await send(socket, Buffer.concat([length, chunk]))
          }
          if (failed || socket.destroyed) return
        }
        await send(socket, Buffer.alloc(4))
      } catch (error) {
        // clamd closes the stream early when a file passes its StreamMaxLength.
        if (!failed && reply === '') fail(`clamd: ${(error as Error).message}`)
      }
    })
    socket.on('data', (chunk) => (reply += chunk.toString('utf8')))
    socket.on('end', () => {
      if (failed) return
      const verdict = reply.replace(/\0/g, '').trim()
      if (verdict.endsWith('OK')) return resolve(null)
      const found = /^stream: (.+) FOUND$/.exec(verdict)
      if (found) return resolve(found[1]!)
      reject(new ScannerUnavailable(`clamd answered: ${verdict || '(nothing)'}`))
    })
  })
