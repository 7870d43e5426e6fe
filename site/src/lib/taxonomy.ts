import type { Category, District, Tag } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { type Collection, type Term, findBySlug, listAll, toTerm } from './catalog'

export type TermCollection = Extract<Collection, 'categories' | 'districts' | 'tags'>
type TermType = Category | District | Tag

const collators: Partial<Record<Locale, Intl.Collator>> = {}
/** Alphabetical order as the reader's language has it (Urdu and Pashto letters have their own). */
const collatorOf = (locale: Locale) => (collators[locale] ??= new Intl.Collator(locale, { numeric: true }))

/**
 * Every term of a collection, sorted by the name shown in the reader's
 * language (there are dozens, not thousands). Sorted here rather than by the
 * CMS: its order is the database's, and an untranslated name shown in
 * English must still fall into place.
 */
export const listTerms = async (collection: TermCollection, locale: Locale): Promise<Term[]> => {
  const page = await listAll<TermType>(collection, { limit: '500', depth: '0', sort: 'name' }, locale)
  const collator = collatorOf(locale)
  return page.docs
    .map((doc) => toTerm(doc, locale))
    .sort((a, b) => collator.compare(a.name.value, b.name.value))
}

export const getTerm = async (collection: TermCollection, slug: string, locale: Locale) => {
  const doc = await findBySlug<TermType>(collection, slug)
  return doc ? toTerm(doc, locale) : null
}

/** The filter lists of the resource list page. */
export const taxonomy = async (locale: Locale) => {
  const [categories, districts, tags] = await Promise.all(
    (['categories', 'districts', 'tags'] as const).map((c) => listTerms(c, locale)),
  )
  return { categories, districts, tags }
}
