import { io, type Socket } from 'socket.io-client'

import type {
  ChatMessage,
  ClientToServerEvents,
  Result,
  ServerToClientEvents,
} from '../../../../realtime/events'
import type { SessionUser } from '../../lib/session'
import type { ChatPage } from './start'

import { shortDateTime } from '../../lib/dates'
import { realtimeAddressOf } from '../realtime/address'
import { watchConnection } from '../realtime/connection'
import { toast } from '../toast'
import { type Action, type Viewer, renderMessage } from './render'
import { type Draft, draftKey, notSentItem } from './unsent'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

/** How long a send waits for the server's acknowledgement before it counts as not sent. */
const SEND_TIMEOUT_MS = 10_000
/** How long "Retry" waits for a lost connection to come back before it counts as not sent again. */
const RECONNECT_WAIT_MS = 8_000

interface Room {
  id: number
  name: string
  role: 'owner' | 'moderator' | 'member' | null
}

/**
 * One room: history with "show earlier", live messages, replies, edits,
 * moderation and reports. After a dropped connection it asks for what it
 * missed since the last message it has, so nothing is lost or repeated.
 */
export const showRoom = async (page: ChatPage, user: SessionUser, slug: string) => {
  const s = page.strings
  const section = page.element.querySelector<HTMLElement>('section.room')!
  const response = await fetch(`/api/rooms?slug=${encodeURIComponent(slug)}`, { credentials: 'same-origin' })
  const body = (await response.json()) as { room?: Room; error?: string }
  if (!body.room) return page.say(response.status === 404 ? s.roomMissing : (body.error ?? ''))
  const room = body.room
  const viewer: Viewer = { id: user.id, moderates: room.role === 'owner' || room.role === 'moderator' }
  section.querySelector('.room-name')!.textContent = room.name
  section.hidden = false

  const log = section.querySelector<HTMLElement>('.log')!
  const list = section.querySelector<HTMLOListElement>('.messages')!
  const older = section.querySelector<HTMLButtonElement>('.older')!
  const compose = section.querySelector<HTMLFormElement>('.compose')!
  const textarea = compose.querySelector('textarea')!
  const mode = compose.querySelector<HTMLElement>('.mode')!
  const cancel = compose.querySelector<HTMLButtonElement>('.cancel')!
  const dialog = section.querySelector<HTMLDialogElement>('dialog.report')!
  const messages = new Map<number, ChatMessage>()
  /** Messages that did not go out: their entry in the list and their toast. */
  const unsent = new Map<string, { item: HTMLLIElement; toast: HTMLElement | null }>()
  const loading = log.querySelector('.history-loading')
  let replyTo: number | undefined
  let editing: number | undefined

  const fail = (result: Result) => {
    if (!result.ok) page.say(page.fill(s.failed, { name: result.error.message }))
    return result.ok
  }

  const place = (message: ChatMessage) => {
    messages.set(message.id, message)
    const item = renderMessage(
      page,
      message,
      viewer,
      message.replyTo ? messages.get(message.replyTo) : undefined,
    )
    const existing = document.getElementById(`message-${message.id}`)
    if (existing) return existing.replaceWith(item)
    // Keep the list in id order whatever order messages arrive in.
    const after = [...list.children].find((li) => Number((li as HTMLElement).dataset.id) > message.id)
    list.insertBefore(item, after ?? null)
    // New messages at the end bring the conversation along; earlier ones keep the reader's place.
    if (!after) log.scrollTop = log.scrollHeight
  }
  // The skeleton goes once the history is there (or cannot come: the notice explains).
  const historySettled = () => {
    loading?.remove()
    log.setAttribute('aria-busy', 'false')
  }
  const lastId = () => Math.max(0, ...messages.keys())
  const firstId = () => Math.min(...messages.keys())

  const socket: Client = io(realtimeAddressOf(page.element), {
    withCredentials: true,
    transports: ['websocket'],
  })
  page.say(s.connecting)
  const connection = watchConnection(socket, page.element.querySelector<HTMLElement>('.connection')!)

  const join = async (cursor: { before?: number; after?: number } = {}) => {
    const result = await socket.emitWithAck('room:join', { room: room.id, ...cursor })
    historySettled()
    if (!fail(result) || !result.ok) return
    for (const message of result.messages) place(message)
    if (!cursor.after) older.hidden = !result.hasMore
    if (cursor.after && result.hasMore) await join({ after: lastId() })
  }

  /** The current connection's join: the server takes messages only from members who joined on it. */
  let joined: Promise<void> = Promise.resolve()
  socket.on('connect', () => {
    page.say(s.connected)
    // First connection: recent history. A reconnection: only what was missed.
    // A join cut short by a dropped connection rejects; the notice already explains the drop.
    joined = join(messages.size > 0 ? { after: lastId() } : {}).catch(() => undefined)
  })
  socket.on('disconnect', () => page.say(s.reconnecting))
  // The connection notice explains refusals and losses; the status line only follows the state.
  socket.on('connect_error', () => {
    page.say('')
    historySettled()
  })
  socket.on('message:created', (message) => message.room === room.id && place(message))
  socket.on('message:updated', (message) => message.room === room.id && place(message))
  socket.on('message:deleted', ({ id, room: from }) => {
    if (from !== room.id) return
    messages.delete(id)
    document.getElementById(`message-${id}`)?.remove()
  })
  socket.on('member:muted', ({ room: from, user: muted, mutedUntil }) => {
    if (from === room.id && muted === user.id && mutedUntil) {
      page.say(page.fill(s.mutedUntil, { time: shortDateTime(page.locale, mutedUntil) }))
    }
  })
  socket.on('member:role', ({ room: from, user: changed, role }) => {
    if (from !== room.id || changed !== user.id) return
    viewer.moderates = role === 'moderator'
    for (const message of messages.values()) place(message)
  })
  socket.on('report:created', () => page.say(s.newReport))
  socket.on('room:removed', ({ room: from }) => {
    if (from !== room.id) return
    page.say(s.removed)
    compose.hidden = true
  })

  older.addEventListener('click', () => void join({ before: firstId() }))

  const resetCompose = () => {
    replyTo = undefined
    editing = undefined
    mode.hidden = true
    cancel.hidden = true
    textarea.value = ''
  }
  cancel.addEventListener('click', resetCompose)
  /**
   * Sends a draft; null when it could not go out (no connection, or no answer
   * in time). Socket.IO would hold the message until a connection comes
   * back, maybe never: offline, it is not sent.
   */
  const deliver = async (draft: Draft): Promise<Result | null> => {
    if (!socket.connected) return null
    await joined
    const ack = socket.timeout(SEND_TIMEOUT_MS)
    try {
      return draft.editing
        ? await ack.emitWithAck('message:edit', { id: draft.editing, text: draft.text })
        : await ack.emitWithAck('message:send', {
            room: room.id,
            text: draft.text,
            ...(draft.replyTo ? { replyTo: draft.replyTo } : {}),
          })
    } catch {
      return null
    }
  }
  const connectedSoon = () =>
    new Promise<boolean>((resolve) => {
      if (socket.connected) return resolve(true)
      const done = () => {
        clearTimeout(timer)
        resolve(true)
      }
      const timer = setTimeout(() => {
        socket.off('connect', done)
        resolve(false)
      }, RECONNECT_WAIT_MS)
      socket.once('connect', done)
      // As the notice's own button does: start again now rather than at the next back-off.
      socket.disconnect()
      socket.connect()
    })
  /**
   * A draft that did not go out: it stays in the box (and the notice says
   * why), is marked in the conversation, and a toast offers to send it again.
   */
  const notSent = (draft: Draft) => {
    connection.notSent()
    const key = draftKey(draft)
    const earlier = unsent.get(key)
    earlier?.toast?.remove()
    const item = earlier?.item ?? notSentItem(page, draft)
    if (!earlier) {
      list.append(item)
      log.scrollTop = log.scrollHeight
    }
    unsent.set(key, {
      item,
      toast: toast(s.notSentToast, {
        kind: 'error',
        action: { label: s.retrySend, run: () => void retry(draft) },
      }),
    })
  }
  const sent = (draft: Draft, result: Result) => {
    const key = draftKey(draft)
    unsent.get(key)?.item.remove()
    unsent.delete(key)
    if (!fail(result)) return false
    if (result.ok && 'message' in result) place(result.message as ChatMessage)
    return true
  }
  const retry = async (draft: Draft) => {
    const result = (await connectedSoon()) ? await deliver(draft) : null
    if (!result) return notSent(draft)
    // Sent from the toast: the same text still in the box must not go out twice.
    if (sent(draft, result) && textarea.value.trim() === draft.text) resetCompose()
  }
  compose.addEventListener('submit', async (event) => {
    event.preventDefault()
    const text = textarea.value.trim()
    if (!text) return
    const draft: Draft = { text, replyTo, editing }
    const result = await deliver(draft)
    if (!result) return notSent(draft)
    if (sent(draft, result)) resetCompose()
  })
  // Enter sends, Shift+Enter starts a new line.
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault()
      compose.requestSubmit()
    }
  })

  list.addEventListener('click', async (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')
    if (!target) return
    const id = Number(target.dataset.id)
    const message = messages.get(id)
    if (!message) return
    const action = target.dataset.action as Action
    if (action === 'reply' || action === 'edit') {
      replyTo = action === 'reply' ? id : undefined
      editing = action === 'edit' ? id : undefined
      mode.textContent =
        action === 'reply' ? page.fill(s.replyingTo, { name: message.authorName ?? '' }) : s.editing
      mode.hidden = false
      cancel.hidden = false
      if (action === 'edit') textarea.value = message.text
      textarea.focus()
      return
    }
    if (action === 'delete') {
      if (window.confirm(s.confirmDelete)) fail(await socket.emitWithAck('message:delete', { id }))
      return
    }
    if (action === 'pin' || action === 'unpin') {
      fail(await socket.emitWithAck('message:pin', { id, pinned: action === 'pin' }))
      return
    }
    if (action === 'hide') {
      fail(await socket.emitWithAck('message:moderate', { id }))
      return
    }
    dialog.dataset.id = String(id)
    dialog.showModal()
  })

  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'send') return
    const form = dialog.querySelector('form')!
    const data = new FormData(form)
    const reason = String(data.get('reason') ?? '').trim()
    const result = await socket.emitWithAck('report:create', {
      room: room.id,
      targetKind: 'message',
      targetId: Number(dialog.dataset.id),
      type: String(data.get('type')) as 'spam',
      ...(reason ? { reason } : {}),
    })
    if (fail(result)) page.say(s.reported)
    form.reset()
  })
}
