import type { CollectionSlug, Payload } from 'payload'

import Link from 'next/link'
import React from 'react'

interface TitleCellProps {
  cellData?: unknown
  collectionSlug: CollectionSlug
  field: { name: string }
  link?: boolean
  linkURL?: string
  payload: Payload
  rowData: { id: number | string }
}

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** The English title of one document (a primary-key read of one column). */
const englishTitle = async (
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  field: string,
) => {
  // The user already sees this row; only its English title is read, whatever
  // the collection's read rules for other locales' drafts.
  const doc = await payload.findByID({
    collection,
    id,
    locale: 'en',
    fallbackLocale: false,
    depth: 0,
    draft: true,
    select: { [field]: true },
    overrideAccess: true,
    disableErrors: true,
  })
  const value = (doc as Record<string, unknown> | null)?.[field]
  return present(value) ? value : null
}

/**
 * The title column of a list view. Payload's list asks for the admin's
 * locale without fallback, so in Urdu or Pashto an untranslated document
 * read "<No Title>"; this shows the English title instead, marked
 * "(English)". Only rows without a translation cost a query.
 */
export async function TitleCell({
  cellData,
  collectionSlug,
  field,
  link,
  linkURL,
  payload,
  rowData,
}: TitleCellProps) {
  const adminRoute = payload.config.routes.admin
  const href =
    linkURL ?? `${adminRoute}/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`
  let content: React.ReactNode
  if (present(cellData)) {
    content = cellData
  } else {
    const english = await englishTitle(payload, collectionSlug, rowData.id, field.name)
    content = english ? (
      <>
        <span lang="en" dir="ltr">
          {english}
        </span>{' '}
        <span className="title-cell__fallback" style={{ color: 'var(--theme-elevation-650)' }}>
          (English)
        </span>
      </>
    ) : (
      `<No ${field.name}>`
    )
  }
  return link === false ? (
    <span>{content}</span>
  ) : (
    <Link href={href} prefetch={false}>
      {content}
    </Link>
  )
}
