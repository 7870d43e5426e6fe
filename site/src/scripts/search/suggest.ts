import type { Locale } from '../../i18n/messages'

import { searchMessages } from '../../i18n/search'
import { textLang } from '../../lib/textLang'

interface Suggestion {
  collection: 'resources' | 'posts'
  slug: string
  title: string
}

const DEBOUNCE_MS = 150
const MIN_LENGTH = 2

/**
 * Search-as-you-type on the query box, as an ARIA combobox (the APG's list
 * autocomplete pattern): suggestions appear while typing (debounced; a stale
 * request is aborted), Down/Up move through them (Down also opens the list),
 * Enter opens the highlighted one, Escape closes the list and keeps the text.
 * Without JavaScript the box is a plain search field in a GET form.
 */
export const startSuggestions = (input: HTMLInputElement, list: HTMLUListElement, status: HTMLElement) => {
  const locale = (input.dataset.locale ?? 'en') as Locale
  const m = searchMessages[locale] ?? searchMessages.en
  let items: Suggestion[] = []
  let active = -1
  let timer: number | undefined
  let controller: AbortController | undefined

  const hrefOf = (s: Suggestion) =>
    `${s.collection === 'posts' ? input.dataset.posts : input.dataset.resources}${encodeURIComponent(s.slug)}`

  const close = () => {
    list.hidden = true
    list.replaceChildren()
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
    active = -1
  }

  const highlight = (index: number) => {
    active = index
    for (const [i, option] of [...list.children].entries()) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false')
    }
    if (index < 0) return input.removeAttribute('aria-activedescendant')
    input.setAttribute('aria-activedescendant', `suggestion-${index}`)
    list.children[index]?.scrollIntoView({ block: 'nearest' })
  }

  const show = (suggestions: Suggestion[]) => {
    items = suggestions
    // Said once per change, not on every keystroke's empty answer.
    status.textContent = suggestions.length > 0 ? m.suggestionCount(suggestions.length) : ''
    if (suggestions.length === 0) return close()
    list.replaceChildren(
      ...suggestions.map((s, i) => {
        const option = document.createElement('li')
        option.id = `suggestion-${i}`
        option.setAttribute('role', 'option')
        option.setAttribute('aria-selected', 'false')
        option.textContent = s.title
        const lang = textLang(locale, s.title)
        if (lang) Object.assign(option, { lang, dir: 'ltr' })
        option.addEventListener('mousemove', () => active !== i && highlight(i))
        // mousedown, not click: it fires before the input loses focus and the list closes.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault()
          window.location.assign(hrefOf(s))
        })
        return option
      }),
    )
    list.hidden = false
    input.setAttribute('aria-expanded', 'true')
    highlight(-1)
  }

  /**
   * Placeholder lines while suggestions load (hidden from assistive
   * technology, which hears the count once they arrive): the list does not
   * jump from nothing to full under the reader's thumb.
   */
  const showLoading = () => {
    if (!list.hidden && items.length > 0) return
    list.replaceChildren(
      ...[0, 1].map(() => {
        const line = document.createElement('li')
        line.setAttribute('role', 'none')
        line.setAttribute('aria-hidden', 'true')
        line.className = 'skeleton suggestion-skeleton'
        return line
      }),
    )
    list.hidden = false
  }

  const fetchSuggestions = async () => {
    window.clearTimeout(timer)
    controller?.abort()
    const q = input.value.trim()
    if (q.length < MIN_LENGTH) return close()
    const current = new AbortController()
    controller = current
    showLoading()
    try {
      const response = await fetch(`/api/suggest?${new URLSearchParams({ q, locale })}`, {
        signal: current.signal,
      })
      if (!response.ok) return close()
      const { suggestions } = (await response.json()) as { suggestions: Suggestion[] }
      // An answer that arrives after the reader left the box (or typed on) is dropped.
      if (current.signal.aborted || document.activeElement !== input) return
      show(suggestions)
    } catch {
      // Aborted by newer typing (which shows its own answer), or offline: the
      // form still works without suggestions.
      if (controller === current) close()
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void fetchSuggestions(), DEBOUNCE_MS)
  })
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.hidden) {
      // The APG's combobox opens its list on Down.
      event.preventDefault()
      void fetchSuggestions()
      return
    }
    if (list.hidden) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      highlight((active + 1) % items.length)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      highlight(active <= 0 ? items.length - 1 : active - 1)
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault()
      window.location.assign(hrefOf(items[active]!))
    } else if (event.key === 'Escape') {
      // Without this a search field also clears its text on Escape.
      event.preventDefault()
      close()
    }
  })
  input.addEventListener('blur', () => {
    window.clearTimeout(timer)
    controller?.abort()
    close()
  })
  // Submitting the form (Enter with nothing highlighted) must not race a pending suggestion request.
  input.form?.addEventListener('submit', () => {
    window.clearTimeout(timer)
    controller?.abort()
  })
}
