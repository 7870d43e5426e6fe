import type { ChatMessage } from '../../../../realtime/events'
import type { ChatPage } from './start'

import { shortDateTime } from '../../lib/dates'

export type Action = 'reply' | 'edit' | 'delete' | 'pin' | 'unpin' | 'hide' | 'report'

export interface Viewer {
  id: number
  /** The reader's role in the room: moderators and owners get moderation actions. */
  moderates: boolean
}

const button = (label: string, action: Action, id: number) => {
  const element = document.createElement('button')
  element.type = 'button'
  element.textContent = label
  element.dataset.action = action
  element.dataset.id = String(id)
  return element
}

/**
 * One message as a list item, built with DOM calls (never HTML strings), so
 * nothing a member types can become markup.
 */
export const renderMessage = (
  page: ChatPage,
  message: ChatMessage,
  viewer: Viewer,
  quoted: ChatMessage | undefined,
): HTMLLIElement => {
  const s = page.strings
  const item = document.createElement('li')
  item.className = 'message'
  item.id = `message-${message.id}`
  item.dataset.id = String(message.id)

  const meta = document.createElement('p')
  meta.className = 'meta'
  const who = document.createElement('strong')
  who.textContent = message.author === viewer.id ? s.you : (message.authorName ?? '—')
  const time = document.createElement('time')
  time.dateTime = message.createdAt
  time.textContent = shortDateTime(page.locale, message.createdAt)
  meta.append(who, ' · ', time)
  if (message.edited) meta.append(` · ${s.edited}`)
  if (message.pinned) {
    const badge = document.createElement('span')
    badge.className = 'badge'
    badge.textContent = s.pinned
    meta.append(badge)
  }
  item.append(meta)

  if (quoted) {
    const quote = document.createElement('p')
    quote.className = 'quote'
    quote.textContent = `${quoted.authorName ?? ''}: ${quoted.text.slice(0, 140)}`
    item.append(quote)
  }
  const text = document.createElement('p')
  text.className = 'text'
  text.textContent = message.deletedByModerator ? s.removedByModerator : message.text
  item.append(text)

  if (!message.deletedByModerator) {
    const actions = document.createElement('div')
    actions.className = 'actions'
    actions.append(button(s.reply, 'reply', message.id))
    if (message.author === viewer.id) {
      actions.append(button(s.edit, 'edit', message.id), button(s.delete, 'delete', message.id))
    } else {
      actions.append(button(s.report, 'report', message.id))
    }
    if (viewer.moderates) {
      actions.append(
        message.pinned ? button(s.unpin, 'unpin', message.id) : button(s.pin, 'pin', message.id),
        ...(message.author === viewer.id ? [] : [button(s.hide, 'hide', message.id)]),
      )
    }
    item.append(actions)
  }
  return item
}
