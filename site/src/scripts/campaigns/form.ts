import { toast } from '../toast'

/**
 * A campaign's form with JavaScript: sent with fetch to
 * /api/campaigns/form, the button busy meanwhile, each refused field marked
 * beside it with the words the site sends (the reader's language), the
 * first one focused; on success the form gives way to the editors' thanks.
 * A network failure offers Retry. Without JavaScript the form posts as it is.
 */
interface Answer {
  outcome: 'sent' | 'invalid' | 'closed' | 'gone' | 'limited' | 'unavailable'
  message: string
  errors?: Record<string, string>
  receivedBody?: string
}

const enhance = (section: HTMLElement) => {
  const form = section.querySelector<HTMLFormElement>('form.campaign-form-fields')
  const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]')
  const problems = section.querySelector<HTMLElement>('.form-problems')
  if (!form || !button || !problems) return
  const words = section.dataset
  const idle = button.textContent ?? ''
  // The page may have come from the cache long ago: the form was opened now.
  const renderedAt = form.elements.namedItem('renderedAt') as HTMLInputElement | null
  if (renderedAt) renderedAt.value = String(Date.now())
  const fields = [...form.querySelectorAll<HTMLElement>('[data-field]')]

  const busy = (on: boolean) => {
    button.disabled = on
    button.setAttribute('aria-busy', String(on))
    button.textContent = on ? (words.sending ?? idle) : idle
  }

  const mark = (errors: Record<string, string>) => {
    for (const field of fields) {
      const name = field.dataset.field ?? ''
      const control = field.querySelector<HTMLElement>(`#cf-${name}`)
      const error = field.querySelector<HTMLElement>(`#cf-${name}-error`)
      if (!control || !error) continue
      const message = errors[name]
      error.hidden = !message
      error.textContent = message ?? ''
      const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
      if (message) ids.add(error.id)
      else ids.delete(error.id)
      if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '))
      else control.removeAttribute('aria-describedby')
      if (message) control.setAttribute('aria-invalid', 'true')
      else control.removeAttribute('aria-invalid')
    }
  }

  const say = (message: string | null) => {
    problems.replaceChildren()
    problems.hidden = !message
    if (!message) return
    const line = document.createElement('p')
    const strong = document.createElement('strong')
    strong.textContent = message
    line.append(strong)
    problems.append(line)
  }

  const received = (answer: Answer) => {
    const done = document.createElement('div')
    done.className = 'form-done'
    done.setAttribute('role', 'status')
    done.tabIndex = -1
    const title = document.createElement('p')
    const strong = document.createElement('strong')
    strong.textContent = answer.message
    title.append(strong)
    done.append(title)
    const thanks = section.querySelector<HTMLTemplateElement>('template.form-confirmation')
    if (thanks) done.append(thanks.content.cloneNode(true))
    else if (answer.receivedBody) {
      const body = document.createElement('p')
      body.textContent = answer.receivedBody
      done.append(body)
    }
    form.replaceWith(done)
    problems.hidden = true
    done.focus()
  }

  const send = async () => {
    const data = new FormData(form)
    const payload: Record<string, unknown> = {
      slug: words.slug,
      locale: words.locale,
      answers: Object.fromEntries(
        [...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ),
    }
    busy(true)
    let answer: Answer
    try {
      const response = await fetch('/api/campaigns/form', {
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
      mark({})
      received(answer)
      return
    }
    if (answer.outcome === 'invalid' && answer.errors) {
      mark(answer.errors)
      say(answer.message)
      const first = fields.find((f) => answer.errors?.[f.dataset.field ?? ''])
      first?.querySelector<HTMLElement>('input, select, textarea')?.focus()
      return
    }
    mark({})
    say(answer.message)
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

export const enhanceCampaignForms = (root: ParentNode) => {
  for (const section of root.querySelectorAll<HTMLElement>('section.campaign-form')) enhance(section)
}
