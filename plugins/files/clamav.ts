import net from 'node:net'

import { config } from '../../utilities/config'

/**
 * Whether uploads must pass clamd: CLAMAV_ENABLED when set (false turns it off
 * even with an address), otherwise whether CLAMAV_HOST or CLAMAV_SOCKET is.
 */
export const clamavConfigured = () => config().clamavEnabled

/** CLAMAV_SOCKET, else CLAMAV_HOST:CLAMAV_PORT; enabled with neither, clamd's usual 127.0.0.1. */
const connectClamd = () => {
  const { CLAMAV_SOCKET, CLAMAV_HOST, CLAMAV_PORT } = config()
  return CLAMAV_SOCKET ? net.connect(CLAMAV_SOCKET) : net.connect(CLAMAV_PORT, CLAMAV_HOST ?? '127.0.0.1')
}

export class ScannerUnavailable extends Error {}

/**
 * Resolves once the socket has taken the bytes, so the caller may reuse the
 * buffer they came from (the scan reads the upload into one reused buffer).
 */
const send = (socket: net.Socket, bytes: Buffer) =>
  new Promise<void>((resolve, reject) => socket.write(bytes, (error) => (error ? reject(error) : resolve())))

/**
 * Streams bytes to clamd with INSTREAM (length-prefixed chunks, then a zero
 * length) and reads its verdict: null when clean, the signature name when
 * infected. A scanner that cannot be reached or does not answer in time
 * throws ScannerUnavailable.
 */
export const scanWithClamd = (chunks: AsyncIterable<Buffer>): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const timeoutMs = config().CLAMAV_TIMEOUT_MS
    const socket = connectClamd()
    let reply = ''
    let failed = false
    const fail = (message: string) => {
      if (failed) return
      failed = true
      socket.destroy()
      reject(new ScannerUnavailable(message))
    }
    socket.setTimeout(timeoutMs, () => fail(`clamd did not answer within ${timeoutMs} ms`))
    socket.on('error', (error) => fail(`clamd: ${error.message}`))
    socket.on('connect', async () => {
      try {
        await send(socket, Buffer.from('zINSTREAM\0', 'latin1'))
        // Each chunk (up to 1 MB, within clamd's StreamMaxLength) goes out with
        // its length before the next is read, so nothing is copied or queued.
        for await (const chunk of chunks) {
          const length = Buffer.alloc(4)
          length.writeUInt32BE(chunk.length)
          socket.write(length)
          await send(socket, chunk)
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
