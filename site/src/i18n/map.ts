import type { Locale } from './messages'

import { formatNumber } from '../lib/numerals'

/** What each kind of marker means; colour, shape and glyph all differ (colour alone never carries it). */
export type LegendKey = 'cluster' | 'active' | 'temporarily-closed' | 'closed' | 'unverified' | 'shape'

export interface MapMessages {
  title: string
  mapLabel: string
  search: string
  show: string
  inView: (n: number) => string
  /** "16 resources": the start of a cluster's line. */
  resources: (n: number) => string
  /** "in Mardan", "in Mardan and Swabi", "in Mardan, Swabi and 3 other districts". */
  inPlaces: (names: string[], others: number) => string
  /** "near Takht Bhai": a cluster next to a town, named after it. */
  nearPlace: (town: string) => string
  /** "6 Health, 4 Education and 3 more". */
  kinds: (parts: [string, number][], others: number) => string
  /** The whole line: count, place, kinds (either may be empty). */
  clusterLine: (count: string, place: string, kinds: string) => string
  /** For a cluster marker read by a screen reader, `{n}` stands for the number. */
  clusterTemplate: string
  zoomInto: string
  listIntro: string
  noneInView: string
  searchThisArea: string
  locateMe: string
  locating: string
  locateFailed: string
  layers: string
  markers: string
  heatmap: string
  boundaries: string
  loadFailed: string
  retry: string
  loadingList: string
  noScript: string
  call: string
  whatsapp: string
  legendTitle: string
  legend: Record<LegendKey, string>
}

const n = (locale: Locale, value: number) => formatNumber(locale, value)

/** "a, b and c" in the language's own way of joining a list. */
const joined = (locale: Locale, items: string[]) =>
  new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(items)

export const mapMessages: Record<Locale, MapMessages> = {
  en: {
    title: 'Map',
    mapLabel: 'Map of the resources that match',
    search: 'Words',
    show: 'Show on the map',
    inView: (c) => (c === 1 ? '1 resource in this area' : `${n('en', c)} resources in this area`),
    resources: (c) => (c === 1 ? '1 resource' : `${n('en', c)} resources`),
    inPlaces: (names, others) =>
      names.length === 0
        ? ''
        : `in ${joined('en', others > 0 ? [...names, `${n('en', others)} other ${others === 1 ? 'district' : 'districts'}`] : names)}`,
    nearPlace: (town) => `near ${town}`,
    kinds: (parts, others) =>
      joined('en', [
        ...parts.map(([name, c]) => `${n('en', c)} ${name}`),
        ...(others > 0 ? [`${n('en', others)} more`] : []),
      ]),
    clusterLine: (count, place, kinds) => `${count}${place ? ` ${place}` : ''}${kinds ? `: ${kinds}` : ''}`,
    clusterTemplate: '{n} resources',
    zoomInto: 'zoom in',
    listIntro: 'The same resources as the map shows, as a list.',
    noneInView: 'No resources match in this area. Zoom out or clear the filters.',
    searchThisArea: 'Search this area',
    locateMe: 'Show where I am',
    locating: 'Finding your location…',
    locateFailed: 'Your location is not available (permission refused or no signal).',
    layers: 'Layers',
    markers: 'Resources',
    heatmap: 'Heatmap',
    boundaries: 'District boundaries',
    loadFailed: 'The map could not be updated. Please try again.',
    retry: 'Retry',
    loadingList: 'Loading the list of resources in view…',
    noScript: 'The interactive map needs JavaScript; the list below works without it.',
    call: 'Call',
    whatsapp: 'WhatsApp',
    legendTitle: 'What the markers mean',
    legend: {
      cluster: 'Round, green, with a number: that many resources near one another. Select it to zoom in.',
      active: 'Blue circle with a tick: open and active.',
      'temporarily-closed': 'Amber square with two bars: temporarily closed.',
      closed: 'Grey diamond with a cross: closed.',
      unverified: 'Purple circle with a question mark: not yet verified.',
      shape: 'Outlined line or area: where a service covers a road, river or area.',
    },
  },
  ur: {
    title: 'نقشہ',
    mapLabel: 'مطابقت رکھنے والے وسائل کا نقشہ',
    search: 'الفاظ',
    show: 'نقشے پر دکھائیں',
    inView: (c) => `اس علاقے میں ${n('ur', c)} وسائل`,
    resources: (c) => `${n('ur', c)} وسائل`,
    inPlaces: (names, others) =>
      names.length === 0
        ? ''
        : `${joined('ur', others > 0 ? [...names, `${n('ur', others)} دیگر اضلاع`] : names)} میں`,
    // "تخت بھائی کے قریب 16 وسائل".
    nearPlace: (town) => `${town} کے قریب`,
    kinds: (parts, others) =>
      joined('ur', [
        ...parts.map(([name, c]) => `${n('ur', c)} ${name}`),
        ...(others > 0 ? [`${n('ur', others)} دیگر`] : []),
      ]),
    // Urdu puts the place first: "مردان میں 16 وسائل: …".
    clusterLine: (count, place, kinds) => `${place ? `${place} ` : ''}${count}${kinds ? `: ${kinds}` : ''}`,
    clusterTemplate: '{n} وسائل',
    zoomInto: 'قریب سے دیکھیں',
    listIntro: 'وہی وسائل جو نقشہ دکھاتا ہے، فہرست کی صورت میں۔',
    noneInView: 'اس علاقے میں کوئی وسیلہ نہیں ملا۔ نقشہ دور کریں یا فلٹر ہٹائیں۔',
    searchThisArea: 'اس علاقے میں تلاش کریں',
    locateMe: 'میرا مقام دکھائیں',
    locating: 'آپ کا مقام تلاش کیا جا رہا ہے…',
    locateFailed: 'آپ کا مقام دستیاب نہیں (اجازت نہیں دی گئی یا سگنل نہیں)۔',
    layers: 'پرتیں',
    markers: 'وسائل',
    heatmap: 'حرارتی نقشہ',
    boundaries: 'ضلعی حدود',
    loadFailed: 'نقشہ تازہ نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔',
    retry: 'دوبارہ کوشش کریں',
    loadingList: 'نقشے میں نظر آنے والے وسائل کی فہرست آ رہی ہے…',
    noScript: 'انٹرایکٹو نقشے کے لیے جاوا اسکرپٹ درکار ہے؛ نیچے دی گئی فہرست اس کے بغیر بھی کام کرتی ہے۔',
    call: 'فون کریں',
    whatsapp: 'واٹس ایپ',
    legendTitle: 'نشانات کا مطلب',
    legend: {
      cluster: 'سبز گول نشان جس پر عدد ہو: قریب قریب کئی وسائل۔ قریب سے دیکھنے کے لیے اسے چنیں۔',
      active: 'نیلا دائرہ جس میں صحیح کا نشان ہو: کھلا اور فعال۔',
      'temporarily-closed': 'نارنجی چوکور جس میں دو لکیریں ہوں: عارضی طور پر بند۔',
      closed: 'سرمئی ترچھا چوکور جس میں کراس ہو: بند۔',
      unverified: 'جامنی دائرہ جس میں سوالیہ نشان ہو: ابھی تصدیق نہیں ہوئی۔',
      shape: 'خاکہ دار لکیر یا رقبہ: جہاں کوئی خدمت کسی سڑک، دریا یا علاقے پر پھیلی ہو۔',
    },
  },
  ps: {
    title: 'نقشه',
    mapLabel: 'د سمون لرونکو سرچینو نقشه',
    search: 'کلمې',
    show: 'په نقشه کې یې وښایاست',
    inView: (c) => `په دې سیمه کې ${n('ps', c)} سرچینې`,
    resources: (c) => `${n('ps', c)} سرچینې`,
    inPlaces: (names, others) =>
      names.length === 0
        ? ''
        : `په ${joined('ps', others > 0 ? [...names, `${n('ps', others)} نورو ولسوالیو`] : names)} کې`,
    // "تخت بهائي ته نږدې ۱۶ سرچینې".
    nearPlace: (town) => `${town} ته نږدې`,
    kinds: (parts, others) =>
      joined('ps', [
        ...parts.map(([name, c]) => `${n('ps', c)} ${name}`),
        ...(others > 0 ? [`${n('ps', others)} نورې`] : []),
      ]),
    // Pashto puts the place first: "په مردان کې ۱۶ سرچینې: …".
    clusterLine: (count, place, kinds) => `${place ? `${place} ` : ''}${count}${kinds ? `: ${kinds}` : ''}`,
    clusterTemplate: '{n} سرچینې',
    zoomInto: 'نږدې یې وګورئ',
    listIntro: 'هماغه سرچینې چې نقشه یې ښيي، د لړلیک په بڼه.',
    noneInView: 'په دې سیمه کې هېڅ سرچینه ونه موندل شوه. نقشه لرې کړئ یا فلټرونه لرې کړئ.',
    searchThisArea: 'په دې سیمه کې لټون وکړئ',
    locateMe: 'زما ځای وښایاست',
    locating: 'ستاسو ځای موندل کېږي…',
    locateFailed: 'ستاسو ځای نشته (اجازه ور نه کړل شوه یا سیګنال نشته).',
    layers: 'پوړونه',
    markers: 'سرچینې',
    heatmap: 'د تودوخې نقشه',
    boundaries: 'د ولسوالیو پولې',
    loadFailed: 'نقشه تازه نه شوه. مهرباني وکړئ بیا هڅه وکړئ.',
    retry: 'بیا هڅه وکړئ',
    loadingList: 'په نقشه کې د ښکاره سرچینو لړلیک راځي…',
    noScript: 'متقابلې نقشې ته جاواسکرېپټ اړین دی؛ لاندې لړلیک پرته له هغه هم کار کوي.',
    call: 'زنګ ووهئ',
    whatsapp: 'واټس اپ',
    legendTitle: 'د نښو مانا',
    legend: {
      cluster: 'شنه ګرده نښه چې شمېره پرې لیکل وي: یو بل ته نږدې څو سرچینې. د نږدې لیدو لپاره یې وټاکئ.',
      active: 'آبي کړۍ چې د سموالي نښه پکې وي: پرانیستې او فعاله.',
      'temporarily-closed': 'نارنجي څلورګوټی چې دوه کرښې پکې وي: په لنډمهاله توګه تړلې.',
      closed: 'خړ کوږ څلورګوټی چې چلیپا پکې وي: تړلې.',
      unverified: 'بنفش کړۍ چې پوښتنې نښه پکې وي: لا نه ده تایید شوې.',
      shape: 'کرښه یا سیمه چې څنډې یې ښکاري: چېرته چې یو خدمت پر سړک، سیند یا سیمه خپور وي.',
    },
  },
}
