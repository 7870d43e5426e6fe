import type { PayloadRequest } from 'payload'

import type { Post, Resource } from '../../payload-types'
import type { SearchableCollection, SearchRecord } from './types'

import { lexicalText } from './lexicalText'
import { normalizeText } from './normalize'

type Named = { id: number; name?: string | null } | number | null | undefined

const idOf = (value: Named): number | null =>
  typeof value === 'number' ? value : typeof value?.id === 'number' ? value.id : null
const nameOf = (value: Named): string => (value && typeof value === 'object' ? (value.name ?? '') : '')

/**
 * The index rows of some documents: one per document and locale, from the
 * published version only (with English filling untranslated fields, as
 * readers see it, and `translated` false where it fills the title).
 * Documents with nothing published get no rows, so drafts never reach the
 * index. Two queries per locale (the second, titles only, tells a
 * translation from English standing in), however many documents.
 */
export const buildRecords = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  ids: number[],
): Promise<SearchRecord[]> => {
  const locales = (req.payload.config.localization || { localeCodes: ['en'] }).localeCodes
  const records: SearchRecord[] = []
  /** Per locale, the documents whose own title exists there (without English filling it in). */
  const ownTitles = new Map<string, Set<number>>()
  for (const locale of locales) {
    if (locale === 'en') continue
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      locale: locale as 'en',
      fallbackLocale: false,
      draft: false,
      depth: 0,
      pagination: false,
      select: { title: true },
      overrideAccess: true,
      req,
    })
    ownTitles.set(locale, new Set(docs.filter((d) => !!d.title).map((d) => d.id)))
  }
  for (const locale of locales) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      locale: locale as 'en',
      fallbackLocale: 'en',
      draft: false,
      depth: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      const id = doc.id
      const resource = collection === 'resources' ? (doc as Resource) : undefined
      const post = collection === 'posts' ? (doc as Post) : undefined
      const tags: Named[] = (resource ? resource.tags : post?.categories) ?? []
      const terms = [nameOf(resource?.category), nameOf(resource?.district), ...tags.map(nameOf)].join(' ')
      records.push({
        docCollection: collection,
        docId: id,
        locale: locale as SearchRecord['locale'],
        slug: doc.slug ?? null,
        title: doc.title,
        translated: locale === 'en' || (ownTitles.get(locale)?.has(id) ?? false),
        summary: doc.summary ?? null,
        category: resource ? idOf(resource.category) : null,
        district: resource ? idOf(resource.district) : null,
        tags: resource ? tags.map(idOf).filter((t): t is number => t !== null) : [],
        status: resource?.status ?? null,
        publishedAt: resource ? doc.createdAt : (post?.publishedAt ?? doc.createdAt),
        docUpdatedAt: doc.updatedAt,
        normTitle: normalizeText(doc.title ?? ''),
        normSummary: normalizeText(doc.summary ?? ''),
        normBody: normalizeText(lexicalText(doc.body)),
        normTerms: normalizeText(terms),
      })
    }
  }
  return records
}
