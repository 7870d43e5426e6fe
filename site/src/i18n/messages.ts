import { formatNumber } from '../lib/numerals'

export const LOCALES = ['en', 'ur', 'ps'] as const
export type Locale = (typeof LOCALES)[number]

export interface Messages {
  languageName: string
  siteName: string
  tagline: string
  skipToContent: string
  language: string
  homeHeading: string
  resourcesTotal: (n: number) => string
  byCategory: string
  byDistrict: string
  byStatus: string
  status: Record<'active' | 'temporarily-closed' | 'closed' | 'unverified', string>
  unavailableTitle: string
  unavailableText: string
  notFoundTitle: string
  notFoundText: string
  backHome: string
  resources: string
  browseResources: string
  filters: string
  category: string
  district: string
  statusLabel: string
  any: string
  apply: string
  noResults: string
  clearFilters: string
  pageOf: (page: number, pages: number) => string
  previous: string
  next: string
  attributes: string
  provenance: string
  source: string
  licence: string
  collected: string
  lastUpdated: string
  location: string
  references: string
  mainNav: string
  categories: string
  districts: string
  tags: string
  tag: string
  posts: string
  campaigns: string
  sort: string
  sortTitle: string
  sortUpdated: string
  inEnglish: string
  notTranslated: string
  resourceCount: (n: number) => string
  allCategories: string
  allDistricts: string
  allTags: string
  seeAllIn: string
  noPosts: string
  publishedOn: string
  relatedResources: string
  allPosts: string
  noResourcesHere: string
  openInOsm: string
  attachments: string
  featured: string
  recentlyUpdated: string
  zoomIn: string
  zoomOut: string
  map: string
  community: string
  search: string
  previewBanner: string
  previewRefusedTitle: string
  previewRefusedText: string
}

const digits = (locale: Locale, n: number) => formatNumber(locale, n)

export const messages: Record<Locale, Messages> = {
  en: {
    languageName: 'English',
    siteName: 'Hujra',
    tagline: 'Services, facilities and help in every district of Khyber Pakhtunkhwa',
    skipToContent: 'Skip to content',
    language: 'Language',
    homeHeading: 'What Hujra holds',
    resourcesTotal: (n) => `${digits('en', n)} published resources`,
    byCategory: 'By category',
    byDistrict: 'By district',
    byStatus: 'By status',
    status: {
      active: 'Active',
      'temporarily-closed': 'Temporarily closed',
      closed: 'Closed',
      unverified: 'Unverified',
    },
    unavailableTitle: 'Hujra is unavailable right now',
    unavailableText: 'We cannot reach the catalogue at the moment. Please try again in a few minutes.',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address.',
    backHome: 'Back to the home page',
    resources: 'Resources',
    browseResources: 'Browse all resources',
    filters: 'Filters',
    category: 'Category',
    district: 'District',
    statusLabel: 'Status',
    any: 'Any',
    apply: 'Show resources',
    noResults: 'No resources match these filters.',
    clearFilters: 'Clear the filters',
    pageOf: (page, pages) => `Page ${digits('en', page)} of ${digits('en', pages)}`,
    previous: 'Previous page',
    next: 'Next page',
    attributes: 'Details',
    provenance: 'Where this comes from',
    source: 'Source',
    licence: 'Licence',
    collected: 'Collected',
    lastUpdated: 'Last updated',
    location: 'Location',
    references: 'Links',
    mainNav: 'Main',
    categories: 'Categories',
    districts: 'Districts',
    tags: 'Tags',
    tag: 'Tag',
    posts: 'News',
    campaigns: 'Campaigns',
    sort: 'Sort by',
    sortTitle: 'Name (A–Z)',
    sortUpdated: 'Recently updated',
    inEnglish: 'in English',
    notTranslated: 'This text has not been translated yet; it is shown in English.',
    resourceCount: (n) => (n === 1 ? '1 resource' : `${digits('en', n)} resources`),
    allCategories: 'All categories',
    allDistricts: 'All districts',
    allTags: 'All tags',
    seeAllIn: 'Filter and sort these resources',
    noPosts: 'There are no news posts yet.',
    publishedOn: 'Published',
    relatedResources: 'Related resources',
    allPosts: 'All news',
    noResourcesHere: 'No published resources here yet.',
    openInOsm: 'Open in OpenStreetMap',
    attachments: 'Documents',
    featured: 'Featured',
    recentlyUpdated: 'Recently updated',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    map: 'Map',
    community: 'Community',
    search: 'Search',
    previewBanner: 'Preview of a draft: this is not published.',
    previewRefusedTitle: 'This preview link does not work',
    previewRefusedText: 'The link has expired or is not valid. Open the preview again from the editor.',
  },
  ur: {
    languageName: 'اردو',
    siteName: 'حجرہ',
    tagline: 'خیبر پختونخوا کے ہر ضلع میں خدمات، سہولیات اور مدد',
    skipToContent: 'مواد پر جائیں',
    language: 'زبان',
    homeHeading: 'حجرہ میں کیا ہے',
    resourcesTotal: (n) => `${digits('ur', n)} شائع شدہ وسائل`,
    byCategory: 'زمرے کے لحاظ سے',
    byDistrict: 'ضلع کے لحاظ سے',
    byStatus: 'حالت کے لحاظ سے',
    status: {
      active: 'فعال',
      'temporarily-closed': 'عارضی طور پر بند',
      closed: 'بند',
      unverified: 'غیر تصدیق شدہ',
    },
    unavailableTitle: 'حجرہ اس وقت دستیاب نہیں',
    unavailableText: 'ہم اس وقت فہرست تک نہیں پہنچ پا رہے۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔',
    notFoundTitle: 'صفحہ نہیں ملا',
    notFoundText: 'اس پتے پر کوئی صفحہ نہیں ہے۔',
    backHome: 'مرکزی صفحے پر واپس جائیں',
    resources: 'وسائل',
    browseResources: 'تمام وسائل دیکھیں',
    filters: 'فلٹر',
    category: 'زمرہ',
    district: 'ضلع',
    statusLabel: 'حالت',
    any: 'کوئی بھی',
    apply: 'وسائل دکھائیں',
    noResults: 'ان فلٹرز سے کوئی وسیلہ نہیں ملا۔',
    clearFilters: 'فلٹر ہٹائیں',
    pageOf: (page, pages) => `صفحہ ${digits('ur', page)} از ${digits('ur', pages)}`,
    previous: 'پچھلا صفحہ',
    next: 'اگلا صفحہ',
    attributes: 'تفصیلات',
    provenance: 'یہ معلومات کہاں سے آئیں',
    source: 'ماخذ',
    licence: 'لائسنس',
    collected: 'جمع کرنے کی تاریخ',
    lastUpdated: 'آخری تازہ کاری',
    location: 'مقام',
    references: 'روابط',
    mainNav: 'مرکزی فہرست',
    categories: 'زمرے',
    districts: 'اضلاع',
    tags: 'ٹیگ',
    tag: 'ٹیگ',
    posts: 'خبریں',
    campaigns: 'مہمات',
    sort: 'ترتیب',
    sortTitle: 'نام (حروفِ تہجی سے)',
    sortUpdated: 'حال ہی میں تازہ کردہ',
    inEnglish: 'انگریزی میں',
    notTranslated: 'اس متن کا ابھی ترجمہ نہیں ہوا؛ یہ انگریزی میں دکھایا گیا ہے۔',
    resourceCount: (n) => `${digits('ur', n)} وسائل`,
    allCategories: 'تمام زمرے',
    allDistricts: 'تمام اضلاع',
    allTags: 'تمام ٹیگ',
    seeAllIn: 'ان وسائل کو فلٹر اور ترتیب دیں',
    noPosts: 'ابھی کوئی خبر شائع نہیں ہوئی۔',
    publishedOn: 'اشاعت',
    relatedResources: 'متعلقہ وسائل',
    allPosts: 'تمام خبریں',
    noResourcesHere: 'یہاں ابھی کوئی شائع شدہ وسیلہ نہیں۔',
    openInOsm: 'اوپن اسٹریٹ میپ پر کھولیں',
    attachments: 'دستاویزات',
    featured: 'نمایاں',
    recentlyUpdated: 'حال ہی میں تازہ کردہ',
    zoomIn: 'قریب کریں',
    zoomOut: 'دور کریں',
    map: 'نقشہ',
    community: 'برادری',
    search: 'تلاش',
    previewBanner: 'مسودے کا پیش منظر: یہ ابھی شائع نہیں ہوا۔',
    previewRefusedTitle: 'یہ پیش منظر لنک کام نہیں کرتا',
    previewRefusedText: 'لنک کی مدت ختم ہو گئی ہے یا یہ درست نہیں۔ مدیر سے پیش منظر دوبارہ کھولیں۔',
  },
  ps: {
    languageName: 'پښتو',
    siteName: 'حجره',
    tagline: 'د خیبر پښتونخوا په هره ولسوالۍ کې خدمتونه، اسانتیاوې او مرستې',
    skipToContent: 'منځپانګې ته لاړ شئ',
    language: 'ژبه',
    homeHeading: 'په حجره کې څه شته',
    resourcesTotal: (n) => `${digits('ps', n)} خپاره شوې سرچینې`,
    byCategory: 'د کټګورۍ له مخې',
    byDistrict: 'د ولسوالۍ له مخې',
    byStatus: 'د حالت له مخې',
    status: {
      active: 'فعال',
      'temporarily-closed': 'لنډمهاله تړلی',
      closed: 'تړلی',
      unverified: 'نه دی تایید شوی',
    },
    unavailableTitle: 'حجره اوس مهال شتون نه لري',
    unavailableText: 'موږ اوس فهرست ته نه شو رسېدلی. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.',
    notFoundTitle: 'پاڼه ونه موندل شوه',
    notFoundText: 'په دې پته کومه پاڼه نشته.',
    backHome: 'لومړۍ پاڼې ته ستنېدل',
    resources: 'سرچینې',
    browseResources: 'ټولې سرچینې وګورئ',
    filters: 'فلټرونه',
    category: 'کټګوري',
    district: 'ولسوالي',
    statusLabel: 'حالت',
    any: 'هر یو',
    apply: 'سرچینې وښایاست',
    noResults: 'د دې فلټرونو سره سمه هېڅ سرچینه ونه موندل شوه.',
    clearFilters: 'فلټرونه لرې کړئ',
    pageOf: (page, pages) => `پاڼه ${digits('ps', page)} له ${digits('ps', pages)}`,
    previous: 'مخکینۍ پاڼه',
    next: 'بله پاڼه',
    attributes: 'جزئیات',
    provenance: 'دا معلومات له کومه راغلي',
    source: 'سرچینه',
    licence: 'جواز',
    collected: 'د راټولولو نېټه',
    lastUpdated: 'وروستی تازه کول',
    location: 'ځای',
    references: 'اړیکې',
    mainNav: 'اصلي لړلیک',
    categories: 'کټګورۍ',
    districts: 'ولسوالۍ',
    tags: 'نښې',
    tag: 'نښه',
    posts: 'خبرونه',
    campaigns: 'کمپاینونه',
    sort: 'ترتیب',
    sortTitle: 'نوم (د الفبا له مخې)',
    sortUpdated: 'وروستي تازه شوي',
    inEnglish: 'په انګلیسي',
    notTranslated: 'دا متن لا نه دی ژباړل شوی؛ په انګلیسي ښودل کېږي.',
    resourceCount: (n) => `${digits('ps', n)} سرچینې`,
    allCategories: 'ټولې کټګورۍ',
    allDistricts: 'ټولې ولسوالۍ',
    allTags: 'ټولې نښې',
    seeAllIn: 'دا سرچینې فلټر او ترتیب کړئ',
    noPosts: 'لا تر اوسه هېڅ خبر نه دی خپور شوی.',
    publishedOn: 'خپرېدو نېټه',
    relatedResources: 'اړوندې سرچینې',
    allPosts: 'ټول خبرونه',
    noResourcesHere: 'دلته لا هېڅ خپره شوې سرچینه نشته.',
    openInOsm: 'په اوپن سټریټ مېپ کې یې پرانیزئ',
    attachments: 'اسناد',
    featured: 'ځانګړې',
    recentlyUpdated: 'وروستي تازه شوي',
    zoomIn: 'لوی یې کړئ',
    zoomOut: 'کوچنی یې کړئ',
    map: 'نقشه',
    community: 'ټولنه',
    search: 'لټون',
    previewBanner: 'د مسودې مخکتنه: دا لا نه دی خپور شوی.',
    previewRefusedTitle: 'د مخکتنې دا لینک کار نه کوي',
    previewRefusedText: 'د لینک موده تېره شوې یا سم نه دی. مخکتنه له سمونګر څخه بیا پرانیزئ.',
  },
}

export const isRtl = (locale: Locale) => locale !== 'en'

/** The same page in another language: `/ur/x` ↔ `/x` ↔ `/ps/x`. */
export const localizedPath = (path: string, to: Locale) => {
  const bare = path.replace(/^\/(ur|ps)(?=\/|$)/, '') || '/'
  return to === 'en' ? bare : `/${to}${bare === '/' ? '' : bare}`
}

export const localeOf = (path: string): Locale => (path.match(/^\/(ur|ps)(?=\/|$)/)?.[1] as Locale) ?? 'en'

/**
 * The locale named by a `[...lang]` route parameter: none for English, `ur` or
 * `ps`; anything else is not one of our pages.
 */
export const localeParam = (param: string | undefined): Locale | null =>
  param === undefined ? 'en' : param === 'ur' || param === 'ps' ? param : null
