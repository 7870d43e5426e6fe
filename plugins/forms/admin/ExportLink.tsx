'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import React from 'react'

/**
 * On a form's edit page: a link to download its answers as CSV, headed in
 * the admin's current locale. The export itself checks who may read them
 * (admins, the editors of the form's campaign) and records the download.
 */
export function ExportLink() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const locale = useLocale()
  if (!id) return null
  const href = `${config.serverURL ?? ''}${config.routes.api}/forms/${id}/submissions.csv?locale=${encodeURIComponent(locale?.code ?? 'en')}`
  return (
    <p style={{ margin: '0 0 var(--base)' }}>
      <a href={href} download>
        Download the answers (CSV)
      </a>
    </p>
  )
}
