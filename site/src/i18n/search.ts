import type { Locale } from './messages'

export interface SearchMessages {
  title: string
  query: string
  submit: string
  results: (n: number) => string
  noMatches: string
  didYouMean: string
  clear: string
  remove: string
  type: string
  types: Record<'resources' | 'posts', string>
  from: string
  to: string
  dates: string
  onMap: string
  suggestions: string
  facetsLabel: string
}

const digits = (locale: Locale, n: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en' : `${locale}-PK`).format(n)

export const searchMessages: Record<Locale, SearchMessages> = {
  en: {
    title: 'Search',
    query: 'Search for',
    submit: 'Search',
    results: (n) => (n === 1 ? '1 result' : `${digits('en', n)} results`),
    noMatches: 'Nothing matches this search.',
    didYouMean: 'Did you mean',
    clear: 'Start a new search',
    remove: 'remove',
    type: 'Type',
    types: { resources: 'Resources', posts: 'News' },
    from: 'Published from',
    to: 'Published until',
    dates: 'Dates',
    onMap: 'Show these on the map',
    suggestions: 'Suggestions',
    facetsLabel: 'Narrow the results',
  },
  ur: {
    title: 'تلاش',
    query: 'کیا تلاش کریں',
    submit: 'تلاش کریں',
    results: (n) => `${digits('ur', n)} نتائج`,
    noMatches: 'اس تلاش سے کچھ نہیں ملا۔',
    didYouMean: 'کیا آپ کا مطلب تھا',
    clear: 'نئی تلاش شروع کریں',
    remove: 'ہٹائیں',
    type: 'قسم',
    types: { resources: 'وسائل', posts: 'خبریں' },
    from: 'اشاعت از',
    to: 'اشاعت تک',
    dates: 'تاریخیں',
    onMap: 'انہیں نقشے پر دکھائیں',
    suggestions: 'تجاویز',
    facetsLabel: 'نتائج محدود کریں',
  },
  ps: {
    title: 'لټون',
    query: 'د څه لټون کوئ',
    submit: 'لټون',
    results: (n) => `${digits('ps', n)} پایلې`,
    noMatches: 'د دې لټون سره هېڅ سمون نه خوري.',
    didYouMean: 'ایا مو مطلب دا و',
    clear: 'نوی لټون پیل کړئ',
    remove: 'لرې کول',
    type: 'ډول',
    types: { resources: 'سرچینې', posts: 'خبرونه' },
    from: 'له نېټې',
    to: 'تر نېټې',
    dates: 'نېټې',
    onMap: 'دا په نقشه کې وښایاست',
    suggestions: 'وړاندیزونه',
    facetsLabel: 'پایلې محدودې کړئ',
  },
}
