'use client'

import { Button } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { RecoveryCodes } from './RecoveryCodes'

interface Props {
  apiRoute: string
  step: 'verify' | 'enrol'
  expiresAt: string
  redirect: string
}

interface Enrolment {
  secret: string
  otpauthUrl: string
  qrSvg: string
}

const errorOf = async (response: Response) => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
  if (response.status === 429) return 'Too many attempts; wait a few minutes and try again.'
  return body.errors?.[0]?.message?.replace(/^\w+: /, '') ?? 'Something went wrong; try again.'
}

/**
 * The second step of the admin's sign-in: the challenge is in an httpOnly
 * cookie, so these requests carry it without this page ever holding it.
 */
export function TwoFactorLoginStep({ apiRoute, step, redirect }: Props) {
  const base = `${apiRoute}/users/two-factor`
  const [code, setCode] = useState('')
  const [useRecovery, setUseRecovery] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)

  const post = useCallback(
    (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    [base],
  )

  useEffect(() => {
    if (step !== 'enrol') return
    void post('/enrol/start', {}).then(async (response) => {
      if (response.ok) setEnrolment((await response.json()) as Enrolment)
      else setError(await errorOf(response))
    })
  }, [post, step])

  const startAgain = async () => {
    await fetch(`${base}/challenge`, { method: 'DELETE', credentials: 'include' })
    window.location.reload()
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const value = code.trim()
    const response =
      step === 'enrol'
        ? await post('/enrol/confirm', { code: value })
        : await post('/verify', useRecovery ? { recoveryCode: value } : { code: value })
    setBusy(false)
    if (!response.ok) {
      setError(await errorOf(response))
      return
    }
    const body = (await response.json()) as { recoveryCodes?: string[] }
    if (body.recoveryCodes) setRecoveryCodes(body.recoveryCodes)
    else window.location.assign(redirect)
  }

  if (recoveryCodes) {
    return (
      <div className="two-factor-step" data-testid="two-factor-recovery">
        <h1>Two-step sign-in is on</h1>
        <RecoveryCodes codes={recoveryCodes} />
        <Button buttonStyle="primary" onClick={() => window.location.assign(redirect)} size="large">
          I have saved them: continue
        </Button>
      </div>
    )
  }

  const label =
    step === 'enrol'
      ? 'Code from the app'
      : useRecovery
        ? 'Recovery code'
        : 'Code from your authenticator app'
  return (
    <form className="two-factor-step login__form" data-testid="two-factor-step" onSubmit={submit}>
      {step === 'enrol' ? (
        <>
          <h1>Set up two-step sign-in</h1>
          <p>
            Your role requires a code from an authenticator app at every sign-in. Scan this code with the app
            (or type the key), then enter the 6 digits it shows.
          </p>
          {enrolment ? (
            <>
              <div
                aria-label="QR code for your authenticator app"
                className="two-factor-step__qr"
                dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
                role="img"
                style={{ maxWidth: 220, background: '#fff' }}
              />
              <p>
                Key: <code data-testid="two-factor-secret">{enrolment.secret}</code>
              </p>
            </>
          ) : (
            <p>Preparing…</p>
          )}
        </>
      ) : (
        <>
          <h1>Two-step sign-in</h1>
          <p>
            {useRecovery
              ? 'Enter one of the recovery codes you saved when you set up two-step sign-in. Each works once.'
              : 'Enter the 6-digit code your authenticator app shows for Hujra.'}
          </p>
        </>
      )}
      <div className="field-type text">
        <label className="field-label" htmlFor="two-factor-code">
          {label}
        </label>
        <div className="field-type__wrap">
          <input
            aria-describedby={error ? 'two-factor-error' : undefined}
            aria-invalid={error ? true : undefined}
            autoComplete="one-time-code"
            autoFocus
            id="two-factor-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            name="code"
            onChange={(event) => setCode(event.target.value)}
            required
            value={code}
          />
        </div>
      </div>
      {error ? (
        <p
          className="field-error"
          id="two-factor-error"
          role="alert"
          style={{ color: 'var(--theme-error-500)' }}
        >
          {error}
        </p>
      ) : null}
      <Button buttonStyle="primary" disabled={busy} size="large" type="submit">
        {step === 'enrol' ? 'Turn on and sign in' : 'Sign in'}
      </Button>
      <p style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap' }}>
        {step === 'verify' ? (
          <button
            className="btn btn--style-subtle btn--size-small"
            onClick={() => {
              setUseRecovery(!useRecovery)
              setCode('')
              setError(null)
            }}
            type="button"
          >
            {useRecovery ? 'Use the authenticator app' : 'Use a recovery code'}
          </button>
        ) : null}
        <button className="btn btn--style-subtle btn--size-small" onClick={startAgain} type="button">
          Start again
        </button>
      </p>
    </form>
  )
}
