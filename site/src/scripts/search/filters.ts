/** Where the filters stop folding behind a button (the search page's two-column layout). */
const WIDE = '(min-width: 48rem)'

/**
 * Opens the filters on wide screens, where CSS also hides their button; on a
 * phone they stay folded until the reader opens them. Without JavaScript the
 * page is the same but for browsers without `::details-content`.
 */
export const foldOnNarrowScreens = (details: HTMLDetailsElement | null) => {
  if (!details) return
  const wide = window.matchMedia(WIDE)
  details.open = wide.matches
  wide.addEventListener('change', (event) => {
    if (event.matches) details.open = true
  })
}

/**
 * Filter forms marked `data-apply-on-change` apply as soon as a choice
 * changes; their Apply button is what works without JavaScript. Text boxes
 * are left alone: they apply when the reader submits.
 */
export const applyOnChange = (root: ParentNode) => {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-apply-on-change]')) {
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement
      if (target instanceof HTMLInputElement && ['search', 'text'].includes(target.type)) return
      form.requestSubmit()
    })
  }
}
