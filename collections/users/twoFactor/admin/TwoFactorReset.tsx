'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

interface Status {
  enabled: boolean
  enabledAt: string | null
  required: boolean
  recoveryCodesLeft: number
}

/**
 * In a user's edit view, for admins: whether the user has two-step sign-in,
 * and the reset for someone who lost their phone (their sessions end, they
 * get a mail, and they set it up again at their next sign-in).
 */
export function TwoFactorReset() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const [status, setStatus] = useState<Status | null>(null)
  const [busy, setBusy] = useState(false)
  const isAdmin = Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))
  const url = `${config.routes.api}/users/${id}/two-factor`

  useEffect(() => {
    if (!isAdmin || !id) return
    void fetch(url, { credentials: 'include' }).then(async (response) => {
      if (response.ok) setStatus((await response.json()) as Status)
    })
  }, [id, isAdmin, url])

  if (!isAdmin || !id || !status) return null

  const reset = async () => {
    if (
      !window.confirm(
        'Reset two-step sign-in for this user? Their sessions end and they set it up again at their next sign-in.',
      )
    )
      return
    setBusy(true)
    const response = await fetch(`${url}/reset`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    setBusy(false)
    if (!response.ok) {
      toast.error('Could not reset two-step sign-in')
      return
    }
    toast.success('Two-step sign-in was reset; the user has been sent an email')
    setStatus({ ...status, enabled: false, enabledAt: null, recoveryCodesLeft: 0 })
  }

  return (
    <div
      className="field-type two-factor-admin"
      data-testid="two-factor-admin"
      style={{ marginBottom: 'var(--base)' }}
    >
      <span className="field-label">Two-step sign-in</span>
      <p data-testid="two-factor-admin-status">
        {status.enabled
          ? `On since ${new Date(status.enabledAt!).toLocaleDateString()}; ${status.recoveryCodesLeft} recovery codes left.`
          : 'Off.'}
        {status.required ? ' Required by their role.' : ''}
      </p>
      <Button buttonStyle="secondary" disabled={busy} onClick={reset} size="small">
        Reset two-step sign-in
      </Button>
    </div>
  )
}
