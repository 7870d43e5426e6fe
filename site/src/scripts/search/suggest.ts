interface Suggestion {
  collection: 'resources' | 'posts'
  slug: string
  title: string
}

/**
 * Search-as-you-type on the query box, as an ARIA combobox: suggestions
 * appear while typing (debounced; a stale request is aborted), arrow keys
 * move through them, Enter opens one, Escape closes the list. Without
 * JavaScript the box is a plain search field.
 */
export const startSuggestions = (input: HTMLInputElement, list: HTMLUListElement) => {
  const locale = input.dataset.locale ?? 'en'
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
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`)
    else input.removeAttribute('aria-activedescendant')
  }

  const show = (suggestions: Suggestion[]) => {
    items = suggestions
    if (suggestions.length === 0) return close()
    list.replaceChildren(
      ...suggestions.map((s, i) => {
        const option = document.createElement('li')
        option.id = `suggestion-${i}`
        option.setAttribute('role', 'option')
        option.setAttribute('aria-selected', 'false')
        option.textContent = s.title
        // mousedown, not click: it fires before the input loses focus.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault()
          window.location.assign(hrefOf(s))
        })
        return option
      }),
    )
    list.hidden = false
    input.setAttribute('aria-expanded', 'true')
    active = -1
  }

  const fetchSuggestions = async () => {
    controller?.abort()
    const q = input.value.trim()
    if (q.length < 2) return close()
    controller = new AbortController()
    try {
      const response = await fetch(`/api/suggest?${new URLSearchParams({ q, locale })}`, {
        signal: controller.signal,
      })
      if (response.ok) show(((await response.json()) as { suggestions: Suggestion[] }).suggestions)
    } catch {
      // Aborted by newer typing, or offline: the form still works.
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void fetchSuggestions(), 150)
  })
  input.addEventListener('keydown', (event) => {
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
      close()
    }
  })
  input.addEventListener('blur', () => window.setTimeout(close, 100))
}
