import type { Resource } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { type RawResource, type Term, findBySlug, relatedTerm } from './catalog'
import { type Localized, type Translations, pick, text } from './localized'

export const STATUSES = ['active', 'temporarily-closed', 'closed', 'unverified'] as const
export type Status = (typeof STATUSES)[number]
export interface ResourceSummary {
  id: number
  slug: string
  title: Localized<string>
  summary: Localized<string> | null
  category: Term | null
  district: Term | null
  status: Status
}

export interface Attachment {
  url: string
  filename: string
  mimeType: string | null
  filesize: number | null
  alt: Localized<string> | null
  /** The CMS's preview image (made in the background), once it is ready. */
  preview: string | null
}

export interface ResourceView extends ResourceSummary {
  attachments: Attachment[]
  body: Localized<unknown> | null
  tags: Term[]
  attributes: [string, unknown][]
  location: Resource['location']
  references: NonNullable<Resource['references']>
  provenance: Resource['provenance']
  updatedAt: string
}

export const summaryOf = (doc: RawResource, locale: Locale): ResourceSummary => ({
  id: doc.id as number,
  slug: (doc.slug as string | null) ?? String(doc.id),
  title: text(doc.title as Translations<string>, locale),
  summary: pick(doc.summary as Translations<string>, locale),
  category: relatedTerm(doc.category, locale),
  district: relatedTerm(doc.district, locale),
  status: doc.status as Status,
})

const viewOf = (doc: RawResource, locale: Locale): ResourceView => {
  const attributes = doc.attributes
  return {
    ...summaryOf(doc, locale),
    body: pick(doc.body as Translations<unknown>, locale),
    tags: ((doc.tags as unknown[] | null) ?? []).flatMap((t) => relatedTerm(t, locale) ?? []),
    attachments: ((doc.attachments as unknown[] | null) ?? []).flatMap((file) => {
      // Unpopulated (an id) or withheld by the CMS's access rules: nothing to link to.
      if (!file || typeof file !== 'object' || !('url' in file) || !file.url) return []
      const f = file as {
        id?: number
        previewStatus?: string
        url: string
        filename?: string
        mimeType?: string
        filesize?: number
        alt?: unknown
      }
      return [
        {
          url: f.url,
          filename: f.filename ?? f.url.split('/').pop() ?? '',
          mimeType: f.mimeType ?? null,
          filesize: f.filesize ?? null,
          alt: pick(f.alt as Translations<string>, locale),
          preview: f.previewStatus === 'ready' ? `/api/files/${f.id}/preview` : null,
        },
      ]
    }),
    attributes:
      attributes && typeof attributes === 'object' && !Array.isArray(attributes)
        ? Object.entries(attributes)
        : [],
    location: doc.location as Resource['location'],
    references: (doc.references as Resource['references']) ?? [],
    provenance: doc.provenance as Resource['provenance'],
    updatedAt: doc.updatedAt as string,
  }
}

export const getResource = async (locale: Locale, slug: string) => {
  const doc = await findBySlug<Resource>('resources', slug)
  return doc ? viewOf(doc, locale) : null
}

/** The resource as a page renders it, from a document fetched elsewhere (previews). */
export const resourceView = (doc: RawResource, locale: Locale) => viewOf(doc, locale)
