'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { Locale } from '../../../site/src/i18n/messages'
import type { SessionView } from './view'

import { browserName, sessionMessages } from '../../../site/src/i18n/sessions'
import { shortDateTime } from '../../../site/src/lib/dates'

type State = { kind: 'loading' } | { kind: 'ok'; sessions: SessionView[] } | { kind: 'failed' }

/**
 * The sessions of the user being edited, in the account view (the user's
 * own: "End" each other one, or all the others) and in an admin's view of
 * another user ("End" each, or all). Calls the sessions endpoints
 * (collections/users/sessions/endpoints.ts); the server decides who may.
 */
export function SessionsField() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const locale: Locale = i18n.language === 'ur' || i18n.language === 'ps' ? i18n.language : 'en'
  const m = sessionMessages[locale]
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [said, say] = useState('')

  const own = id !== undefined && user !== null && String(user?.id) === String(id)
  const admin = Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))
  const api = `${config.serverURL}${config.routes.api}/users`
  const base = own ? `${api}/sessions` : `${api}/${id}/sessions`

  const load = useCallback(async () => {
    const res = await fetch(base, { credentials: 'include' }).catch(() => null)
    if (!res?.ok) return setState({ kind: 'failed' })
    const body = (await res.json()) as { sessions: SessionView[] }
    setState({ kind: 'ok', sessions: body.sessions })
  }, [base])

  useEffect(() => {
    if (id !== undefined && (own || admin)) void load()
  }, [id, own, admin, load])

  if (id === undefined || !(own || admin)) return null

  const end = async (url: string, message: string) => {
    const res = await fetch(url, { method: 'DELETE', credentials: 'include' }).catch(() => null)
    say(res?.ok ? message : res?.status === 404 ? m.alreadyGone : m.unavailable)
    await load()
  }
  const sessions = state.kind === 'ok' ? state.sessions : []
  const others = sessions.filter((s) => !s.current)

  return (
    <div
      className="field-type sessions-field"
      data-testid="sessions-field"
      style={{ marginBlock: 'var(--base)' }}
    >
      <h3 id="sessions-heading" lang={locale} dir={locale === 'en' ? 'ltr' : 'rtl'}>
        {m.title}
      </h3>
      <p role="status" aria-live="polite" data-testid="sessions-status">
        {said}
      </p>
      {state.kind === 'loading' && <p>{m.loading}</p>}
      {state.kind === 'failed' && <p>{m.unavailable}</p>}
      {state.kind === 'ok' && (
        <>
          {sessions.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <table aria-labelledby="sessions-heading" style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'start' }}>
                    {m.browser}
                  </th>
                  <th scope="col" style={{ textAlign: 'start' }}>
                    {m.address}
                  </th>
                  <th scope="col" style={{ textAlign: 'start' }}>
                    {m.started}
                  </th>
                  <th scope="col" style={{ textAlign: 'start' }}>
                    {m.lastUsed}
                  </th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id} data-session={s.id}>
                    <td>
                      {browserName(m, s)}
                      {s.current && <strong> · {m.thisDevice}</strong>}
                    </td>
                    <td>
                      <bdi dir="ltr">{s.ip ?? m.unknownAddress}</bdi>
                    </td>
                    <td>{s.createdAt ? shortDateTime(locale, s.createdAt) : '—'}</td>
                    <td>{s.lastUsedAt ? shortDateTime(locale, s.lastUsedAt) : m.notUsedYet}</td>
                    <td>
                      {!s.current && (
                        <Button
                          aria-label={m.endNamed(browserName(m, s))}
                          buttonStyle="secondary"
                          margin={false}
                          size="small"
                          onClick={() => void end(`${base}/${encodeURIComponent(s.id)}`, m.ended)}
                        >
                          {m.end}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {own && others.length > 0 && (
            <Button
              buttonStyle="secondary"
              size="small"
              onClick={() => void end(`${base}?keepCurrent=true`, m.allOthersEnded)}
            >
              {m.endOthers}
            </Button>
          )}
          {!own && sessions.length > 0 && (
            <Button buttonStyle="secondary" size="small" onClick={() => void end(base, m.ended)}>
              {m.endAll}
            </Button>
          )}
        </>
      )}
    </div>
  )
}
