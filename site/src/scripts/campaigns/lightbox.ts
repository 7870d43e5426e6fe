/**
 * The gallery's photo viewer, on a native modal <dialog> (no library:
 * PhotoSwipe 5 lets Tab leave its viewer and hides a container that still
 * holds focus). The thumbnails stay links to the full-size photos; this only
 * opens them in the viewer instead:
 *
 * - a thumbnail (click, Enter) opens the viewer at its photo, focus on the
 *   close button; Tab and Shift+Tab go round the viewer's buttons only;
 * - Esc (the dialog's own cancel) or the close button closes it, and focus
 *   returns to the thumbnail that opened it;
 * - ←/→ and the on-screen buttons move between photos (mirrored right to
 *   left: in Urdu and Pashto the next photo is to the left), as does a
 *   horizontal swipe;
 * - the large photo keeps the thumbnail's alt text (and language), the
 *   caption is shown, and "3 of 8" is read out through a live region.
 */
const SWIPE_PX = 40

const enhance = (gallery: HTMLElement) => {
  const dialog = gallery.querySelector<HTMLDialogElement>('dialog.lightbox')
  const links = [...gallery.querySelectorAll<HTMLAnchorElement>('a.gallery-thumb')]
  if (!dialog || links.length === 0 || typeof dialog.showModal !== 'function') return
  const image = dialog.querySelector<HTMLImageElement>('.lightbox-image')
  const caption = dialog.querySelector<HTMLElement>('.lightbox-caption')
  const position = dialog.querySelector<HTMLElement>('.lightbox-position')
  const figure = dialog.querySelector<HTMLElement>('.lightbox-figure')
  const previous = dialog.querySelector<HTMLButtonElement>('.lightbox-prev')
  const next = dialog.querySelector<HTMLButtonElement>('.lightbox-next')
  const close = dialog.querySelector<HTMLButtonElement>('.lightbox-close')
  if (!image || !caption || !position || !figure || !previous || !next || !close) return

  let index = 0
  let opener: HTMLAnchorElement | null = null
  const rtl = () => getComputedStyle(gallery).direction === 'rtl'

  const show = (to: number) => {
    index = (to + links.length) % links.length
    const link = links[index]!
    const thumb = link.querySelector('img')
    image.src = link.href
    image.alt = thumb?.alt ?? ''
    const lang = thumb?.getAttribute('lang')
    if (lang) image.setAttribute('lang', lang)
    else image.removeAttribute('lang')
    // The original's size, so the viewer keeps its shape while the photo loads.
    if (link.dataset.width && link.dataset.height) {
      image.width = Number(link.dataset.width)
      image.height = Number(link.dataset.height)
    } else {
      image.removeAttribute('width')
      image.removeAttribute('height')
    }
    const source = link.closest('figure')?.querySelector('figcaption')
    caption.textContent = source?.textContent?.trim() ?? ''
    for (const name of ['lang', 'dir']) {
      const value = source?.getAttribute(name)
      if (value) caption.setAttribute(name, value)
      else caption.removeAttribute(name)
    }
    caption.hidden = !caption.textContent
    position.textContent = link.dataset.position ?? ''
  }

  const open = (at: number, from: HTMLAnchorElement) => {
    opener = from
    dialog.showModal()
    // Filled once open, so the live region announces the first position too.
    show(at)
    close.focus()
  }

  const step = (by: 1 | -1) => {
    if (links.length > 1) show(index + by)
  }

  links.forEach((link, at) =>
    link.addEventListener('click', (event) => {
      // A new tab or a download stays the browser's.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      event.preventDefault()
      open(at, link)
    }),
  )
  previous.addEventListener('click', () => step(-1))
  next.addEventListener('click', () => step(1))
  close.addEventListener('click', () => dialog.close())

  dialog.addEventListener('close', () => {
    image.removeAttribute('src')
    opener?.focus()
    opener = null
  })
  // A click on the backdrop (the dialog itself, outside its frame) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close()
  })

  // In the order Tab takes them (the page's order), or the wrap-around would be off by one.
  const focusable = () => [previous, next, close].filter((b) => !b.hidden)
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault()
      const forward = (event.key === 'ArrowRight') !== rtl()
      step(forward ? 1 : -1)
      return
    }
    if (event.key !== 'Tab') return
    // The modal dialog keeps the page inert; this keeps Tab from going on to the browser's own controls.
    const order = focusable()
    const first = order[0]!
    const last = order[order.length - 1]!
    const active = document.activeElement
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault()
      first.focus()
    }
  })

  // Swipes with pointer events (touch, pen, or a dragged mouse): the next photo lies against the reading direction.
  let start: { id: number; x: number; y: number } | null = null
  figure.addEventListener('pointerdown', (event) => {
    start = { id: event.pointerId, x: event.clientX, y: event.clientY }
  })
  figure.addEventListener('pointercancel', () => (start = null))
  figure.addEventListener('pointerup', (event) => {
    if (!start || start.id !== event.pointerId) return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    start = null
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(dy)) return
    const forward = rtl() ? dx > 0 : dx < 0
    step(forward ? 1 : -1)
  })
  // A dragged image would start the browser's own drag and drop instead of a swipe.
  image.addEventListener('dragstart', (event) => event.preventDefault())
}

export const enhanceGalleries = (root: ParentNode) => {
  for (const gallery of root.querySelectorAll<HTMLElement>('[data-gallery]')) enhance(gallery)
}
