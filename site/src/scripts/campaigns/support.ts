import { toast } from '../toast'

/**
 * The support button with JavaScript: the page is cached for everyone, so
 * the reader's own state (do they support it already? how many do?) is
 * asked for after load; the button becomes a toggle (aria-pressed) sent
 * with fetch, and its outcome is read out in the section's status line.
 * Without JavaScript the form posts as it is.
 */
interface Answer {
  outcome: 'done' | 'gone' | 'unavailable'
  reacted?: boolean
  supporters?: string
  message?: string
}

const enhance = (section: HTMLElement) => {
  const form = section.querySelector<HTMLFormElement>('form')
  const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]')
  const count = section.querySelector<HTMLElement>('.support-count')
  const status = section.querySelector<HTMLElement>('.support-status')
  if (!form || !button || !count || !status) return
  const url = `/api/campaigns/${section.dataset.support}/reaction?locale=${section.dataset.locale ?? 'en'}`

  const apply = (answer: Answer) => {
    if (answer.outcome !== 'done') return
    button.setAttribute('aria-pressed', String(answer.reacted === true))
    if (answer.supporters) {
      count.textContent = answer.supporters
      count.hidden = false
    }
  }

  const ask = async (method: 'GET' | 'POST'): Promise<Answer | null> => {
    try {
      const response = await fetch(url, { method, headers: { accept: 'application/json' } })
      return (await response.json()) as Answer
    } catch {
      return null
    }
  }

  void ask('GET').then((answer) => answer && apply(answer))

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (button.getAttribute('aria-busy') === 'true') return
    button.setAttribute('aria-busy', 'true')
    const answer = await ask('POST')
    button.removeAttribute('aria-busy')
    if (!answer || answer.outcome !== 'done') {
      toast(answer?.message ?? section.dataset.failed ?? '', { kind: 'error' })
      return
    }
    apply(answer)
    status.textContent = answer.message ?? ''
  })
}

export const enhanceSupport = (root: ParentNode) => {
  for (const section of root.querySelectorAll<HTMLElement>('section[data-support]')) enhance(section)
}
