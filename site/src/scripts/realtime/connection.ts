import type { Socket } from 'socket.io-client'

import type { RealtimeMessages } from '../../i18n/realtime'

export type ConnectionProblem = 'unreachable' | 'refused' | 'signedOut' | 'busy' | 'lost'

/**
 * What a failed connection means for the reader. The sidecar refuses a
 * handshake in its middleware with a reason (Socket.IO then stops retrying:
 * `active` is false); a socket that never opens (server down, or an origin
 * the sidecar does not accept) only says "websocket error" and is retried.
 */
export const problemOf = (message: string, active: boolean): ConnectionProblem => {
  if (active) return 'unreachable'
  if (/not signed in|session/i.test(message)) return 'signedOut'
  if (/too many/i.test(message)) return 'busy'
  return 'refused'
}

export interface ConnectionNotice {
  /** Something needed the connection and it is not there: say why. */
  explain: () => void
  /** A message that could not go out: say so too, next to why. */
  notSent: () => void
}

/**
 * Explains a refused or lost realtime connection in the `.connection` box
 * (components/RealtimeNotice.astro), in the reader's language, with a button
 * that tries again at once; hidden again as soon as the socket connects.
 */
export const watchConnection = (socket: Socket, box: HTMLElement): ConnectionNotice => {
  const strings = JSON.parse(box.dataset.strings ?? '{}') as RealtimeMessages
  const why = box.querySelector<HTMLElement>('.why')!
  const unsent = box.querySelector<HTMLElement>('.unsent')!
  const retry = box.querySelector<HTMLButtonElement>('button.retry')!
  let shown: ConnectionProblem | null = null

  const show = (problem: ConnectionProblem, reason = '') => {
    shown = problem
    why.textContent = strings[problem].replace('{reason}', reason)
    box.hidden = false
  }
  socket.on('connect', () => {
    shown = null
    box.hidden = true
    unsent.hidden = true
  })
  socket.on('connect_error', (error) => show(problemOf(error.message, socket.active), error.message))
  socket.on('disconnect', (reason) => {
    if (reason !== 'io client disconnect') show('lost')
  })
  retry.addEventListener('click', () => {
    why.textContent = strings.retrying
    socket.disconnect()
    socket.connect()
  })
  const explain = () => {
    if (!shown) show(socket.connected ? 'lost' : 'unreachable')
  }
  return {
    explain,
    notSent: () => {
      explain()
      unsent.textContent = strings.notSent
      unsent.hidden = false
    },
  }
}
