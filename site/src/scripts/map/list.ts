import type { MapListing, PointEntry } from '../../lib/mapEntries'

export interface ListStrings {
  zoomInto: string
  noneInView: string
  clearFilters: string
  call: string
  loadingList: string
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

const link = (href: string, text: string, className?: string) => {
  const a = element('a', className, text)
  a.href = href
  return a
}

/** The phone as a tap-to-call link, written left to right whatever the page's direction. */
export const phoneLink = (phone: NonNullable<PointEntry['phone']>, call: string) => {
  const a = link(phone.tel, phone.text, 'phone')
  a.dir = 'ltr'
  a.setAttribute('aria-label', `${call} ${phone.text}`)
  return a
}

/** The same markup as MapList.astro renders on the server, for a new view. */
export const renderList = (listing: MapListing, strings: ListStrings, base: string) => {
  const heading = document.getElementById('in-view')
  const holder = document.getElementById('map-entries')
  if (!heading || !holder) return
  heading.textContent = listing.heading
  if (listing.entries.length === 0) {
    const empty = element('p', 'empty', `${strings.noneInView} `)
    empty.append(link(base, strings.clearFilters))
    holder.replaceChildren(empty)
    return
  }
  const list = element('ul', 'entries')
  for (const entry of listing.entries) {
    const item = element('li', entry.kind)
    if (entry.kind === 'cluster') {
      item.append(element('span', 'what', entry.text), ' — ', link(entry.href, strings.zoomInto))
    } else {
      const meta = element('span', 'meta', [entry.category, entry.statusLabel].filter(Boolean).join(' · '))
      if (entry.openLine) meta.append(element('span', 'open', ` · ${entry.openLine}`))
      item.append(link(entry.href, entry.title), meta)
      if (entry.phone) item.append(phoneLink(entry.phone, strings.call))
    }
    list.append(item)
  }
  holder.replaceChildren(list)
}

/** Placeholders while the list for a new view loads (announced once, as busy); returns how to undo it. */
export const showSkeleton = (strings: ListStrings): (() => void) => {
  const holder = document.getElementById('map-entries')
  const section = document.getElementById('map-list')
  if (!holder || !section) return () => undefined
  const previous = [...holder.childNodes]
  section.setAttribute('aria-busy', 'true')
  const list = element('ul', 'entries loading')
  list.append(element('li', 'sr-only', strings.loadingList))
  for (let i = 0; i < 4; i += 1) {
    const item = element('li', 'skeleton')
    item.setAttribute('aria-hidden', 'true')
    list.append(item)
  }
  holder.replaceChildren(list)
  return () => holder.replaceChildren(...previous)
}

export const listSettled = () => document.getElementById('map-list')?.setAttribute('aria-busy', 'false')
