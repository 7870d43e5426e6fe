import type { Locale } from './messages'

/** Words of the catalogue's keyword box (the rest of the catalogue's words are in messages.ts). */
export interface CatalogueMessages {
  keyword: string
  /** Said instead of a sort order when a keyword orders the list by relevance. */
  byRelevance: string
}

export const catalogueMessages: Record<Locale, CatalogueMessages> = {
  en: { keyword: 'Keyword', byRelevance: 'Best matches first' },
  ur: { keyword: 'کلیدی لفظ', byRelevance: 'بہترین نتائج پہلے' },
  ps: { keyword: 'کلیدي کلمه', byRelevance: 'تر ټولو سمې پایلې لومړی' },
}
