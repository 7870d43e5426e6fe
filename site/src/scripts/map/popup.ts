import type { PointEntry } from '../../lib/mapEntries'

import { phoneLink } from './list'

/**
 * A single resource's popup: its title (a link to its page), category and
 * status in words, the open-now line, and the first phone to tap (with
 * WhatsApp beside a mobile number).
 */
export const popupFor = (entry: PointEntry, strings: { call: string; whatsapp: string }) => {
  const popup = document.createElement('div')
  popup.className = 'map-popup'
  const title = document.createElement('a')
  title.href = entry.href
  title.className = 'popup-title'
  title.textContent = entry.title
  const meta = document.createElement('div')
  meta.className = 'popup-meta'
  meta.textContent = [entry.category, entry.statusLabel].filter(Boolean).join(' · ')
  popup.append(title, meta)
  if (entry.openLine) {
    const open = document.createElement('div')
    open.className = 'popup-open'
    open.textContent = entry.openLine
    popup.append(open)
  }
  if (entry.phone) {
    const line = document.createElement('div')
    line.className = 'popup-phone'
    line.append(phoneLink(entry.phone, strings.call))
    if (entry.phone.whatsapp) {
      const chat = document.createElement('a')
      chat.href = entry.phone.whatsapp
      chat.textContent = strings.whatsapp
      chat.className = 'popup-whatsapp'
      line.append(' · ', chat)
    }
    popup.append(line)
  }
  return popup
}
