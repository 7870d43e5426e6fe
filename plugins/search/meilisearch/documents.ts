import type { SearchableCollection } from '../types'
import type { MeiliDocument, MeiliTerm } from './client'

import { wordsOf } from '../normalize'
import { meiliDocKey, meiliId, meiliTermId, ownField, READER_LOCALES } from './client'

const epoch = (value: unknown) => (value ? Math.floor(new Date(value as string).getTime() / 1000) : null)

/** One PostgreSQL index row (snake_case columns) as Meilisearch stores it. */
export const meiliDocumentOf = (
  collection: SearchableCollection,
  r: Record<string, unknown>,
): MeiliDocument => {
  const locale = String(r.locale)
  const translated = r.translated !== false
  const document: MeiliDocument = {
    id: meiliId(collection, Number(r.doc_id), locale),
    type: collection,
    docId: Number(r.doc_id),
    docKey: meiliDocKey(collection, Number(r.doc_id)),
    locale,
    translated,
    slug: (r.slug as string | null) ?? null,
    title: String(r.title),
    summary: (r.summary as string | null) ?? null,
    category: r.category === null || r.category === undefined ? null : Number(r.category),
    district: r.district === null || r.district === undefined ? null : Number(r.district),
    tags: (r.tags as number[] | null) ?? [],
    status: (r.status as string | null) ?? null,
    publishedAt: epoch(r.published_at),
    docUpdatedAt: epoch(r.doc_updated_at),
    normTitle: String(r.norm_title ?? ''),
    normSummary: String(r.norm_summary ?? ''),
    normBody: String(r.norm_body ?? ''),
    normTerms: String(r.norm_terms ?? ''),
  }
  // English standing in for a missing translation is not the reader's own language.
  for (const reader of READER_LOCALES) document[ownField(reader)] = reader === locale && translated ? 1 : 0
  return document
}

/**
 * The vocabulary of some rows, the words corrections are chosen from: the
 * same words PostgreSQL's vocabulary keeps (postgres/terms.ts), so both
 * backends correct alike. Words are never removed: a stale word only costs
 * a correction that then finds nothing.
 */
export const vocabularyOf = (documents: MeiliDocument[]): MeiliTerm[] => {
  const words = new Set<string>()
  for (const d of documents) {
    for (const word of wordsOf(`${d.normTitle} ${d.normSummary} ${d.normBody} ${d.normTerms}`)) {
      if (word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word)) words.add(word)
    }
  }
  return [...words].sort().map((term) => ({ id: meiliTermId(term), term }))
}
