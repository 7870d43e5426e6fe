import type { Locale } from './messages'

export interface MapMessages {
  title: string
  mapLabel: string
  search: string
  show: string
  inView: (n: number) => string
  clusterOf: (n: number) => string
  /** The same as clusterOf, for the map script: `{n}` stands for the number. */
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
  noScript: string
}

const digits = (locale: Locale, n: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en' : `${locale}-PK`).format(n)

export const mapMessages: Record<Locale, MapMessages> = {
  en: {
    title: 'Map',
    mapLabel: 'Map of the resources that match',
    search: 'Words',
    show: 'Show on the map',
    inView: (n) => (n === 1 ? '1 resource in this area' : `${digits('en', n)} resources in this area`),
    clusterOf: (n) => `${digits('en', n)} resources close together`,
    clusterTemplate: '{n} resources close together',
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
    noScript: 'The interactive map needs JavaScript; the list below works without it.',
  },
  ur: {
    title: 'نقشہ',
    mapLabel: 'مطابقت رکھنے والے وسائل کا نقشہ',
    search: 'الفاظ',
    show: 'نقشے پر دکھائیں',
    inView: (n) => `اس علاقے میں ${digits('ur', n)} وسائل`,
    clusterOf: (n) => `قریب قریب ${digits('ur', n)} وسائل`,
    clusterTemplate: 'قریب قریب {n} وسائل',
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
    noScript: 'انٹرایکٹو نقشے کے لیے جاوا اسکرپٹ درکار ہے؛ نیچے دی گئی فہرست اس کے بغیر بھی کام کرتی ہے۔',
  },
  ps: {
    title: 'نقشه',
    mapLabel: 'د سمون لرونکو سرچینو نقشه',
    search: 'کلمې',
    show: 'په نقشه کې یې وښایاست',
    inView: (n) => `په دې سیمه کې ${digits('ps', n)} سرچینې`,
    clusterOf: (n) => `${digits('ps', n)} سرچینې یو بل ته نږدې`,
    clusterTemplate: '{n} سرچینې یو بل ته نږدې',
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
    noScript: 'متقابلې نقشې ته جاواسکرېپټ اړین دی؛ لاندې لړلیک پرته له هغه هم کار کوي.',
  },
}
