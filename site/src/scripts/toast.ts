/**
 * Toasts: short confirmations ("Link copied", "Correction sent") and failures
 * with a way to try again, announced to screen readers through the page's
 * live region (Base.astro renders `#toasts`, `aria-live="polite"`; failures
 * use `role="alert"` so they interrupt).
 */
export interface ToastOptions {
  kind?: 'success' | 'error' | 'info'
  /** A button in the toast, e.g. "Retry". */
  action?: { label: string; run: () => void }
  /** How long it stays, in ms; errors with an action stay until used or dismissed. */
  timeoutMs?: number
}

export const toast = (message: string, options: ToastOptions = {}): HTMLElement | null => {
  const region = document.getElementById('toasts')
  if (!region) return null
  const kind = options.kind ?? 'success'
  const item = document.createElement('div')
  item.className = `toast toast-${kind}`
  if (kind === 'error') item.setAttribute('role', 'alert')
  const text = document.createElement('span')
  text.textContent = message
  item.append(text)
  const close = () => item.remove()
  if (options.action) {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = options.action.label
    button.addEventListener('click', () => {
      close()
      options.action!.run()
    })
    item.append(button)
  }
  const dismiss = document.createElement('button')
  dismiss.type = 'button'
  dismiss.className = 'toast-dismiss'
  dismiss.setAttribute('aria-label', region.dataset.dismiss ?? 'Dismiss')
  dismiss.textContent = '×'
  dismiss.addEventListener('click', close)
  item.append(dismiss)
  region.append(item)
  const timeout = options.timeoutMs ?? (kind === 'error' && options.action ? 0 : 6000)
  if (timeout > 0) setTimeout(close, timeout)
  return item
}
