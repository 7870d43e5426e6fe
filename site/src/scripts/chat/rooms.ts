import type { ChatPage } from './start'

interface Room {
  id: number
  name: string
  slug: string
  visibility: 'public' | 'members-only' | 'secret'
}

/** The rooms open to the reader, each a link to its page. */
export const showRooms = async (page: ChatPage) => {
  const section = page.element.querySelector<HTMLElement>('section.rooms')!
  // The skeleton inside holds the list's place while it loads.
  section.hidden = false
  const response = await fetch('/api/rooms', { credentials: 'same-origin' })
  const body = (await response.json()) as { rooms?: Room[]; error?: string }
  section.querySelector('.rooms-loading')?.remove()
  if (!response.ok || !body.rooms) return page.say(body.error ?? '')
  const list = section.querySelector('ul')!
  for (const room of body.rooms) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = `${page.element.dataset.community}/${encodeURIComponent(room.slug)}`
    link.textContent = room.name
    const badge = document.createElement('span')
    badge.className = 'badge'
    badge.textContent = page.strings.visibility[room.visibility]
    item.append(link, ' ', badge)
    list.append(item)
  }
  section.querySelector<HTMLElement>('.empty')!.hidden = body.rooms.length > 0
}
