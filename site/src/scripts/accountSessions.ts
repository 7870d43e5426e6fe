/**
 * The sessions page with JavaScript: its forms are sent by fetch (the same
 * POST, asking for JSON), the ended sessions leave the list in place and
 * the status line says what happened. Without JavaScript the forms post and
 * the page comes back with the same words.
 */
interface Strings {
  ended: string
  allOthersEnded: string
  alreadyGone: string
  unavailable: string
  refused: string
}

const say = (message: string) => {
  const status = document.querySelector<HTMLElement>('[data-sessions-status]')
  if (status) status.textContent = message
}

const afterEnding = (section: HTMLElement, form: HTMLFormElement) => {
  const rows = form.matches('[data-end-others]')
    ? [...section.querySelectorAll<HTMLElement>('.session:not(.current)')]
    : [form.closest<HTMLElement>('.session')!]
  for (const row of rows) row.remove()
  if (!section.querySelector('.session:not(.current)')) {
    section.querySelector<HTMLElement>('.none')?.removeAttribute('hidden')
    section.querySelector('[data-end-others]')?.remove()
  }
  // Keep focus on the page, not on a button that is gone.
  section.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1')
  section.querySelector<HTMLElement>('h2')?.focus()
}

export const enhanceSessions = () => {
  const section = document.querySelector<HTMLElement>('[data-sessions]')
  if (!section) return
  const strings = JSON.parse(section.dataset.strings ?? '{}') as Strings
  section.addEventListener('submit', async (event) => {
    const form = event.target as HTMLFormElement
    event.preventDefault()
    const button = form.querySelector('button')
    if (button) button.disabled = true
    try {
      // Not form.action: the form's field named `action` shadows that property.
      const response = await fetch(form.getAttribute('action') ?? '/api/account/sessions', {
        method: 'POST',
        body: new FormData(form),
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      })
      const body = (await response.json()) as { outcome?: string }
      if (body.outcome === 'ended' || body.outcome === 'gone') {
        afterEnding(section, form)
        say(
          body.outcome === 'gone'
            ? strings.alreadyGone
            : form.matches('[data-end-others]')
              ? strings.allOthersEnded
              : strings.ended,
        )
        return
      }
      if (body.outcome === 'signed-out') return void location.reload()
      say(body.outcome === 'refused' ? strings.refused : strings.unavailable)
    } catch {
      say(strings.unavailable)
    } finally {
      if (button?.isConnected) button.disabled = false
    }
  })
}
