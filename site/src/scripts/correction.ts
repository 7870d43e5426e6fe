import { toast } from './toast'

/**
 * "Report a correction" with JavaScript: the form is sent with fetch to
 * /api/corrections, the button says it is busy and a skeleton holds the
 * confirmation's place, refused fields are marked where they are, and the
 * outcome is confirmed in a toast (announced through the page's live region);
 * a network failure offers Retry. Without JavaScript the form posts as it is.
 */
type Field = 'topic' | 'message' | 'contact'
const FIELDS: readonly Field[] = ['topic', 'message', 'contact']

interface Answer {
  outcome: 'sent' | 'invalid' | 'gone' | 'limited' | 'unavailable'
  message: string
  errors?: Partial<Record<Field, string>>
}

const enhance = (section: HTMLElement) => {
  const form = section.querySelector<HTMLFormElement>('form.correction-form')
  const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]')
  const problems = section.querySelector<HTMLElement>('.correction-problems')
  const pending = section.querySelector<HTMLElement>('.correction-pending')
  if (!form || !button || !problems || !pending) return
  const words = section.dataset
  const idle = button.textContent ?? ''
  const control = (field: Field) => form.elements.namedItem(field) as HTMLInputElement | null
  const errorOf = (field: Field) => section.querySelector<HTMLElement>(`#correction-${field}-error`)

  const busy = (on: boolean) => {
    button.disabled = on
    button.setAttribute('aria-busy', String(on))
    button.textContent = on ? (words.sending ?? idle) : idle
    pending.hidden = !on
  }

  const markFields = (errors: Partial<Record<Field, string>>) => {
    for (const field of FIELDS) {
      const input = control(field)
      const error = errorOf(field)
      const message = errors[field]
      if (!input || !error) continue
      error.hidden = !message
      if (message) error.textContent = message
      const ids = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
      if (message) ids.add(error.id)
      else ids.delete(error.id)
      if (ids.size) input.setAttribute('aria-describedby', [...ids].join(' '))
      else input.removeAttribute('aria-describedby')
      if (message) input.setAttribute('aria-invalid', 'true')
      else input.removeAttribute('aria-invalid')
    }
  }

  const showProblem = (message: string | null) => {
    problems.replaceChildren()
    problems.hidden = !message
    if (!message) return
    const line = document.createElement('p')
    const strong = document.createElement('strong')
    strong.textContent = message
    line.append(strong)
    problems.append(line)
  }

  const received = () => {
    const done = document.createElement('div')
    done.className = 'correction-done'
    done.setAttribute('role', 'status')
    done.tabIndex = -1
    const title = document.createElement('p')
    const strong = document.createElement('strong')
    strong.textContent = words.receivedTitle ?? ''
    title.append(strong)
    const body = document.createElement('p')
    body.textContent = words.receivedBody ?? ''
    done.append(title, body)
    form.replaceWith(done)
    problems.hidden = true
    done.focus()
  }

  const send = async () => {
    const data = new FormData(form)
    const payload = {
      resource: Number(section.dataset.resource),
      locale: section.dataset.locale,
      topic: data.get('topic'),
      message: data.get('message'),
      contact: data.get('contact'),
      website: data.get('website'),
    }
    busy(true)
    let answer: Answer
    try {
      const response = await fetch('/api/corrections', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(payload),
      })
      answer = (await response.json()) as Answer
    } catch {
      busy(false)
      toast(words.failed ?? '', {
        kind: 'error',
        action: { label: words.retry ?? 'Retry', run: () => void send() },
      })
      return
    }
    busy(false)
    if (answer.outcome === 'sent') {
      markFields({})
      received()
      toast(answer.message)
      return
    }
    if (answer.outcome === 'invalid' && answer.errors && Object.keys(answer.errors).length > 0) {
      markFields(answer.errors)
      showProblem(answer.message)
      const first = FIELDS.find((f) => answer.errors?.[f])
      if (first) control(first)?.focus()
      return
    }
    markFields({})
    showProblem(answer.message)
    // The CMS was out of reach: worth trying again. A limit or a gone resource is not.
    const action =
      answer.outcome === 'unavailable' ? { label: words.retry ?? 'Retry', run: () => void send() } : undefined
    toast(answer.message, { kind: 'error', action })
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (button.disabled) return
    void send()
  })
}

for (const section of document.querySelectorAll<HTMLElement>('section.correction')) enhance(section)
