import type { Signal } from '../../plugins/realtime-signals/signals'
import type { Context } from '../context'

import { recheckSessions } from '../context'
import { roomChannel, userChannel } from '../events'
import { forgetName } from '../names'

export { recheckSessions }

/**
 * Acts on a change made outside the sidecar. Every node hears every signal,
 * so each acts on its own sockets only (`io.local`).
 */
export const applySignal = async (ctx: Pick<Context, 'io' | 'payload'>, signal: Signal) => {
  const local = ctx.io.local
  switch (signal.type) {
    case 'member-removed':
      local.in(userChannel(signal.user)).socketsLeave(roomChannel(signal.room))
      local.to(userChannel(signal.user)).emit('room:removed', { room: signal.room })
      return
    case 'member-muted':
      local.to(roomChannel(signal.room)).emit('member:muted', signal)
      return
    case 'message-deleted':
      local.to(roomChannel(signal.room)).emit('message:deleted', { id: signal.id, room: signal.room })
      return
    case 'room-deleted':
      local.to(roomChannel(signal.room)).emit('room:removed', { room: signal.room })
      local.in(roomChannel(signal.room)).socketsLeave(roomChannel(signal.room))
      return
    case 'user-changed':
      forgetName(signal.user)
      return recheckSessions(ctx, (await local.in(userChannel(signal.user)).fetchSockets()) as never)
  }
}
