import { toast } from '../toast'

/** The page's address without a fragment: what a reader shares. */
const pageUrl = () => {
  const url = new URL(window.location.href)
  url.hash = ''
  return url.toString()
}

const copy = async (text: string) => {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text)
  // Older browsers, or a page that is not a secure context: the selection trick.
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const ok = document.execCommand('copy')
  area.remove()
  if (!ok) throw new Error('copy refused')
}

/**
 * Share: the system's share sheet where the browser has one (phones), else
 * the link copied to the clipboard and confirmed in a toast (announced by the
 * page's live region). Print: the browser's print dialog (the page has a
 * print stylesheet).
 */
export const enhanceShare = (root: ParentNode) => {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-share]')) {
    link.addEventListener('click', async (event) => {
      event.preventDefault()
      const url = pageUrl()
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title: link.dataset.title ?? document.title, url })
          return
        } catch (error) {
          // The reader closed the sheet: nothing to say. Anything else: fall back to copying.
          if (error instanceof DOMException && error.name === 'AbortError') return
        }
      }
      try {
        await copy(url)
        toast(link.dataset.copied ?? 'Link copied', { kind: 'success' })
      } catch {
        toast(link.dataset.copyFailed ?? 'Could not copy the link', { kind: 'error' })
      }
    })
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false
    button.addEventListener('click', () => window.print())
  }
}
