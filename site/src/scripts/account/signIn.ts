/** The sign-in form: posts to the site's /api/session and goes on to the session or the two-step page. */
const root = document.querySelector<HTMLElement>('[data-sign-in]')
const form = root?.querySelector('form')
const error = root?.querySelector<HTMLElement>('[data-error]')
const unverified = root?.querySelector<HTMLElement>('[data-unverified]')

const show = (message: string) => {
  if (!error) return
  error.textContent = message
  error.hidden = false
  error.focus()
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault()
  const data = new FormData(form)
  const button = form.querySelector('button')!
  const label = button.textContent
  button.disabled = true
  button.textContent = root!.dataset.busy ?? label
  error!.hidden = true
  unverified!.hidden = true
  try {
    const response = await fetch('/api/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: data.get('email'), password: data.get('password') }),
    })
    const body = (await response.json()) as { user?: unknown; twoFactor?: { step: string }; code?: string }
    if (response.ok && body.twoFactor) window.location.assign(root!.dataset.twoFactor!)
    else if (response.ok && body.user) window.location.assign(root!.dataset.next!)
    else if (body.code === 'unverified') {
      unverified!.hidden = false
      unverified!.querySelector('a')?.focus()
    } else if (response.status === 429) show(root!.dataset.limited!)
    else if (response.status === 401) show(root!.dataset.wrong!)
    else show(root!.dataset.unavailable!)
  } catch {
    show(root!.dataset.unavailable!)
  } finally {
    button.disabled = false
    button.textContent = label
  }
})
