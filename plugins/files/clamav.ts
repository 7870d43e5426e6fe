import net from 'node:net'

/** Set when uploads must pass clamd: CLAMAV_HOST (+ CLAMAV_PORT, default 3310). */
export const clamavConfigured = () => Boolean(process.env.CLAMAV_HOST)

export class ScannerUnavailable extends Error {}

const CHUNK = 64 * 1024

/**
 * Streams bytes to clamd with INSTREAM (length-prefixed chunks, then a zero
 * length) and reads its verdict: null when clean, the signature name when
 * infected. A scanner that cannot be reached or does not answer in time
 * throws ScannerUnavailable.
 */
export const scanWithClamd = (data: Buffer): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const timeoutMs = Number(process.env.CLAMAV_TIMEOUT_MS ?? 15_000)
    const socket = net.connect(Number(process.env.CLAMAV_PORT ?? 3310), process.env.CLAMAV_HOST)
    let reply = ''
    const fail = (message: string) => {
      socket.destroy()
      reject(new ScannerUnavailable(message))
    }
    socket.setTimeout(timeoutMs, () => fail(`clamd did not answer within ${timeoutMs} ms`))
    socket.on('error', (error) => fail(`clamd: ${error.message}`))
    socket.on('connect', () => {
      socket.write('zINSTREAM\0')
      for (let offset = 0; offset < data.length; offset += CHUNK) {
        const chunk = data.subarray(offset, offset + CHUNK)
        const length = Buffer.alloc(4)
        length.writeUInt32BE(chunk.length)
        socket.write(length)
        socket.write(chunk)
      }
      socket.write(Buffer.alloc(4))
    })
    socket.on('data', (chunk) => (reply += chunk.toString('utf8')))
    socket.on('end', () => {
      const verdict = reply.replace(/\0/g, '').trim()
      if (verdict.endsWith('OK')) return resolve(null)
      const found = /^stream: (.+) FOUND$/.exec(verdict)
      if (found) return resolve(found[1]!)
      reject(new ScannerUnavailable(`clamd answered: ${verdict || '(nothing)'}`))
    })
  })
