import type { DefaultServerCellComponentProps } from 'payload'

import React from 'react'

/**
 * The review queue's "resource" column as a link to that resource's edit
 * page, where the moderator makes the correction; its title (in the admin's
 * language, English where there is none) instead of a bare id.
 */
export async function ResourceCell({ cellData, payload, i18n }: DefaultServerCellComponentProps) {
  const id = cellData && typeof cellData === 'object' ? (cellData as { id?: number }).id : cellData
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const doc = await payload.findByID({
    collection: 'resources',
    id,
    depth: 0,
    draft: true,
    disableErrors: true,
    select: { title: true },
    locale: i18n.language === 'ur' || i18n.language === 'ps' ? i18n.language : 'en',
    fallbackLocale: 'en',
  })
  const title = typeof doc?.title === 'string' && doc.title ? doc.title : `#${id}`
  return <a href={`${payload.config.routes.admin}/collections/resources/${id}`}>{title}</a>
}
