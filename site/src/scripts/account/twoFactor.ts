/** The two-step page: sends the code (or sets two-factor up) through the site's /api/session. */
const root = document.querySelector<HTMLElement>('[data-two-factor]')
const d = root?.dataset ?? {}
const form = root?.querySelector('form')
const input = root?.querySelector<HTMLInputElement>('#two-factor-code')
const error = root?.querySelector<HTMLElement>('[data-error]')
// The page may have been rendered with the recovery-code form (`?use=recovery`, or a refused recovery code).
let recovery = d.mode === 'recovery'

const post = (body: unknown) =>
  fetch('/api/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const show = (message: string) => {
  if (!error) return
  error.textContent = message
  error.hidden = false
  input?.setAttribute('aria-invalid', 'true')
  error.focus()
}

const refused = async (response: Response) => {
  const body = (await response.json().catch(() => ({}))) as { code?: string }
  if (body.code === 'expired') {
    show(d.expired!)
    window.setTimeout(() => window.location.assign(d.signIn!), 2500)
  } else if (response.status === 429) show(d.limited!)
  else if (response.status === 401 || response.status === 400) show(d.wrong!)
  else show(d.unavailable!)
}

const startEnrolment = async () => {
  const response = await post({ enrol: 'start' })
  if (!response.ok) return refused(response)
  const body = (await response.json()) as { secret: string; qrSvg: string }
  const qr = root!.querySelector<HTMLImageElement>('[data-qr]')!
  // An image, not markup: the SVG cannot run anything on this page.
  qr.src = `data:image/svg+xml;base64,${btoa(body.qrSvg)}`
  qr.hidden = false
  root!.querySelector('[data-secret]')!.textContent = body.secret.replace(/(.{4})/g, '$1 ').trim()
}

const showRecoveryCodes = (codes: string[]) => {
  root!.querySelector<HTMLElement>('[data-steps]')!.hidden = true
  const list = root!.querySelector('[data-codes]')!
  for (const code of codes) {
    const item = document.createElement('li')
    item.textContent = code
    list.append(item)
  }
  root!.querySelector<HTMLElement>('[data-recovery]')!.hidden = false
  root!.querySelector<HTMLElement>('[data-recovery] h2')!.focus()
}

root?.querySelector('[data-toggle]')?.addEventListener('click', (event) => {
  // A link to the other form for readers without scripts; here it switches in place.
  event.preventDefault()
  recovery = !recovery
  const button = event.currentTarget as HTMLElement
  button.textContent = recovery ? d.useApp! : d.useRecovery!
  root!.querySelector('[data-label]')!.textContent = recovery ? d.recoveryLabel! : d.codeLabel!
  root!.querySelector('[data-intro]')!.textContent = recovery ? d.recoveryIntro! : d.codeIntro!
  input!.inputMode = recovery ? 'text' : 'numeric'
  input!.value = ''
  input!.focus()
})

form?.addEventListener('submit', async (event) => {
  event.preventDefault()
  const value = input!.value.trim()
  if (!value) return show(d.wrong!)
  const button = form.querySelector('button')!
  button.disabled = true
  error!.hidden = true
  try {
    const response = await post(
      d.step === 'enrol' ? { enrolCode: value } : recovery ? { recoveryCode: value } : { code: value },
    )
    if (!response.ok) return await refused(response)
    const body = (await response.json()) as { recoveryCodes?: string[] }
    if (body.recoveryCodes) showRecoveryCodes(body.recoveryCodes)
    else window.location.assign(d.next!)
  } catch {
    show(d.unavailable!)
  } finally {
    button.disabled = false
  }
})

// The page asks the CMS for the key while rendering; only when that failed is it asked again here.
if (d.step === 'enrol' && !d.started) void startEnrolment().catch(() => show(d.unavailable!))
