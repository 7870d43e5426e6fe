'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { englishDocument, valueAtPath } from './englishDocument'

/**
 * Under a localized text field, while the admin's locale is not English: the
 * English text the translator is translating, read-only and marked as
 * English (lang, left-to-right), so they need not switch locales back and forth.
 */
export function EnglishBeside({ path }: { path: string }) {
  const { code } = useLocale()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const [english, setEnglish] = useState<string | null | undefined>(undefined)
  const active = code !== 'en' && Boolean(id) && Boolean(collectionSlug)

  useEffect(() => {
    if (!active) return
    let live = true
    void englishDocument(`${serverURL ?? ''}${routes.api}`, collectionSlug!, id!).then((doc) => {
      if (!live) return
      const value = valueAtPath(doc, path)
      setEnglish(typeof value === 'string' && value.trim() ? value : null)
    })
    return () => {
      live = false
    }
  }, [active, collectionSlug, id, path, routes.api, serverURL])

  if (!active || english === undefined) return null
  return (
    <div
      className="english-beside"
      data-testid="english-beside"
      lang="en"
      dir="ltr"
      style={{
        marginBlockStart: 'calc(var(--base) / 4)',
        padding: 'calc(var(--base) / 4) calc(var(--base) / 2)',
        borderInlineStart: '3px solid var(--theme-elevation-250)',
        background: 'var(--theme-elevation-50)',
        color: 'var(--theme-elevation-800)',
        fontSize: '0.85rem',
        whiteSpace: 'pre-wrap',
      }}
    >
      <span style={{ fontWeight: 600 }}>English: </span>
      {english === null ? <em>no English text yet</em> : <span data-english-text>{english}</span>}
    </div>
  )
}
