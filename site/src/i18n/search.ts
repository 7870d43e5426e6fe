import type { Locale } from './messages'
import { formatNumber } from '../lib/numerals'

export interface SearchMessages {
  title: string
  query: string
  submit: string
  results: (n: number) => string
  noMatches: string
  didYouMean: string
  /** The question mark after the "did you mean" suggestion (Arabic script turns it round). */
  question: string
  clear: string
  remove: string
  type: string
  types: Record<'resources' | 'posts', string>
  from: string
  to: string
  dates: string
  onMap: string
  suggestions: string
  /** Read out (politely) when the suggestion list changes. */
  suggestionCount: (n: number) => string
  facetsLabel: string
  /** Opens the rest of a long facet list. */
  more: (n: number) => string
  /** A facet count or any other number, in the reader's digits. */
  count: (n: number) => string
  /** The one button the filters fold behind on a phone, with how many are active. */
  filters: (active: number) => string
  /** Applies the date filters (without JavaScript; with it they apply on change). */
  apply: string
  /** Before the corrected query, when some results matched a corrected spelling. */
  including: string
}

const digits = (locale: Locale, n: number) => formatNumber(locale, n)

export const searchMessages: Record<Locale, SearchMessages> = {
  en: {
    title: 'Search',
    query: 'Search for',
    submit: 'Search',
    results: (n) => (n === 1 ? '1 result' : `${digits('en', n)} results`),
    noMatches: 'Nothing matches this search.',
    didYouMean: 'Did you mean',
    question: '?',
    clear: 'Start a new search',
    remove: 'remove',
    type: 'Type',
    types: { resources: 'Resources', posts: 'News' },
    from: 'Published from',
    to: 'Published until',
    dates: 'Dates',
    onMap: 'Show these on the map',
    suggestions: 'Suggestions',
    suggestionCount: (n) => (n === 1 ? '1 suggestion' : `${digits('en', n)} suggestions`),
    facetsLabel: 'Narrow the results',
    more: (n) => `${digits('en', n)} more`,
    count: (n) => digits('en', n),
    filters: (n) => (n === 0 ? 'Filters' : `Filters (${digits('en', n)})`),
    apply: 'Apply',
    including: 'Including results for',
  },
  ur: {
    title: 'تلاش',
    query: 'کیا تلاش کریں',
    submit: 'تلاش کریں',
    results: (n) => (n === 1 ? '1 نتیجہ' : `${digits('ur', n)} نتائج`),
    noMatches: 'اس تلاش سے کچھ نہیں ملا۔',
    didYouMean: 'کیا آپ کا مطلب تھا',
    question: '؟',
    clear: 'نئی تلاش شروع کریں',
    remove: 'ہٹائیں',
    type: 'قسم',
    types: { resources: 'وسائل', posts: 'خبریں' },
    from: 'اشاعت از',
    to: 'اشاعت تک',
    dates: 'تاریخیں',
    onMap: 'انہیں نقشے پر دکھائیں',
    suggestions: 'تجاویز',
    suggestionCount: (n) => (n === 1 ? 'ایک تجویز' : `${digits('ur', n)} تجاویز`),
    facetsLabel: 'نتائج محدود کریں',
    more: (n) => `مزید ${digits('ur', n)}`,
    count: (n) => digits('ur', n),
    filters: (n) => (n === 0 ? 'فلٹر' : `فلٹر (${digits('ur', n)})`),
    apply: 'لاگو کریں',
    including: 'ان کے نتائج بھی شامل ہیں:',
  },
  ps: {
    title: 'لټون',
    query: 'د څه لټون کوئ',
    submit: 'لټون',
    results: (n) => (n === 1 ? 'یوه پایله' : `${digits('ps', n)} پایلې`),
    noMatches: 'د دې لټون سره هېڅ سمون نه خوري.',
    didYouMean: 'ایا مو مطلب دا و',
    question: '؟',
    clear: 'نوی لټون پیل کړئ',
    remove: 'لرې کړئ',
    type: 'ډول',
    types: { resources: 'سرچینې', posts: 'خبرونه' },
    from: 'له نېټې',
    to: 'تر نېټې',
    dates: 'نېټې',
    onMap: 'دا په نقشه کې وښایاست',
    suggestions: 'وړاندیزونه',
    suggestionCount: (n) => (n === 1 ? 'یو وړاندیز' : `${digits('ps', n)} وړاندیزونه`),
    facetsLabel: 'پایلې محدودې کړئ',
    more: (n) => `${digits('ps', n)} نور`,
    count: (n) => digits('ps', n),
    filters: (n) => (n === 0 ? 'چاڼګرونه' : `چاڼګرونه (${digits('ps', n)})`),
    apply: 'پلي کړئ',
    including: 'د دې پایلې هم پکې دي:',
  },
}
