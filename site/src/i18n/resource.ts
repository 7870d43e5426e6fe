import type { Locale } from './messages'
import { intlLocale, localDigits } from '../lib/numerals'

/**
 * The words of a resource page beyond the shared ones (messages.ts): how to
 * reach the service, its hours, who may use it, and sharing.
 */
export interface ResourceMessages {
  actions: string
  call: string
  whatsapp: string
  sms: string
  email: string
  website: string
  share: string
  print: string
  linkCopied: string
  copyFailed: string
  contact: string
  phoneKinds: Record<'voice' | 'mobile' | 'whatsapp' | 'sms' | 'fax', string>
  fromProvider: string
  address: string
  landmark: string
  directions: string
  openInMapApp: string
  osmDirections: string
  hours: string
  day: string
  times: string
  today: string
  closedDay: string
  allDay: string
  /** Followed by the zone's name in brackets. */
  timeZoneNote: string
  exceptions: string
  exceptionDates: (from: string, to: string) => string
  statusNotice: Record<'temporarily-closed' | 'closed', string>
  lastChecked: (when: string) => string
  notChecked: string
  service: string
  eligibility: string
  fees: string
  free: string
  paid: string
  languages: string
  accessibility: string
  accessibilityLabels: Record<string, string>
  /** Names Intl.DisplayNames does not know (Saraiki, Hindko) and "other". */
  languageNames: Record<string, string>
  howToApply: string
  documents: string
  provider: string
  yes: string
  no: string
}

export const resourceMessages: Record<Locale, ResourceMessages> = {
  en: {
    actions: 'Contact and share',
    call: 'Call',
    whatsapp: 'WhatsApp',
    sms: 'Send an SMS',
    email: 'Email',
    website: 'Website',
    share: 'Share',
    print: 'Print',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy the link; copy it from the address bar',
    contact: 'How to reach it',
    phoneKinds: { voice: 'Phone', mobile: 'Mobile', whatsapp: 'WhatsApp', sms: 'SMS', fax: 'Fax' },
    fromProvider: 'Contact details of the provider',
    address: 'Address',
    landmark: 'How to find it',
    directions: 'Directions',
    openInMapApp: 'Open in a map app',
    osmDirections: 'Directions on OpenStreetMap',
    hours: 'Opening hours',
    day: 'Day',
    times: 'Hours',
    today: 'today',
    closedDay: 'Closed',
    allDay: 'Open 24 hours',
    timeZoneNote: 'Times are local time',
    exceptions: 'Special hours',
    exceptionDates: (from, to) => (from === to ? from : `${from} – ${to}`),
    statusNotice: {
      'temporarily-closed': 'Temporarily closed. Check before you go.',
      closed: 'This service has closed.',
    },
    lastChecked: (when) => `Last checked ${when}`,
    notChecked: 'Not yet checked',
    service: 'Using this service',
    eligibility: 'Who can use it',
    fees: 'Fees',
    free: 'Free',
    paid: 'Paid',
    languages: 'Languages spoken',
    accessibility: 'Accessibility',
    accessibilityLabels: {
      wheelchair: 'Wheelchair accessible',
      'step-free-entrance': 'Step-free entrance',
      'accessible-toilet': 'Accessible toilet',
      'sign-language': 'Sign language',
      'women-staff': 'Women staff',
      'women-entrance': 'Separate entrance for women',
      braille: 'Braille',
      other: 'Other',
    },
    languageNames: { skr: 'Saraiki', hno: 'Hindko', other: 'Other languages' },
    howToApply: 'How to apply',
    documents: 'Documents to bring',
    provider: 'Provided by',
    yes: 'Yes',
    no: 'No',
  },
  ur: {
    actions: 'رابطہ اور شیئر',
    call: 'کال کریں',
    whatsapp: 'واٹس ایپ',
    sms: 'ایس ایم ایس بھیجیں',
    email: 'ای میل',
    website: 'ویب سائٹ',
    share: 'شیئر کریں',
    print: 'پرنٹ کریں',
    linkCopied: 'لنک کاپی ہو گیا',
    copyFailed: 'لنک کاپی نہیں ہو سکا؛ اسے ایڈریس بار سے کاپی کریں',
    contact: 'رابطہ کیسے کریں',
    phoneKinds: { voice: 'فون', mobile: 'موبائل', whatsapp: 'واٹس ایپ', sms: 'ایس ایم ایس', fax: 'فیکس' },
    fromProvider: 'فراہم کرنے والے ادارے سے رابطہ',
    address: 'پتہ',
    landmark: 'کیسے پہنچیں',
    directions: 'راستہ',
    openInMapApp: 'نقشے کی ایپ میں کھولیں',
    osmDirections: 'اوپن اسٹریٹ میپ پر راستہ',
    hours: 'اوقاتِ کار',
    day: 'دن',
    times: 'اوقات',
    today: 'آج',
    closedDay: 'بند',
    allDay: 'چوبیس گھنٹے کھلا',
    timeZoneNote: 'اوقات مقامی وقت کے مطابق ہیں',
    exceptions: 'خصوصی اوقات',
    exceptionDates: (from, to) => (from === to ? from : `${from} تا ${to}`),
    statusNotice: {
      'temporarily-closed': 'عارضی طور پر بند ہے۔ جانے سے پہلے معلوم کر لیں۔',
      closed: 'یہ خدمت بند ہو چکی ہے۔',
    },
    lastChecked: (when) => `آخری بار تصدیق: ${when}`,
    notChecked: 'ابھی تصدیق نہیں ہوئی',
    service: 'یہ خدمت کیسے حاصل کریں',
    eligibility: 'کون فائدہ اٹھا سکتا ہے',
    fees: 'فیس',
    free: 'مفت',
    paid: 'فیس لی جاتی ہے',
    languages: 'یہاں بولی جانے والی زبانیں',
    accessibility: 'رسائی کی سہولیات',
    accessibilityLabels: {
      wheelchair: 'وہیل چیئر کے لیے قابلِ رسائی',
      'step-free-entrance': 'سیڑھیوں کے بغیر داخلہ',
      'accessible-toilet': 'معذور افراد کے لیے بیت الخلا',
      'sign-language': 'اشاروں کی زبان',
      'women-staff': 'خواتین عملہ',
      'women-entrance': 'خواتین کے لیے الگ داخلی راستہ',
      braille: 'بریل',
      other: 'دیگر',
    },
    languageNames: { skr: 'سرائیکی', hno: 'ہندکو', other: 'دیگر زبانیں' },
    howToApply: 'درخواست کا طریقہ',
    documents: 'ساتھ لانے والے کاغذات',
    provider: 'فراہم کنندہ',
    yes: 'ہاں',
    no: 'نہیں',
  },
  ps: {
    actions: 'اړیکه او شریکول',
    call: 'زنګ ووهئ',
    whatsapp: 'واټس اپ',
    sms: 'ایس ایم ایس ولېږئ',
    email: 'برېښنالیک',
    website: 'وېبپاڼه',
    share: 'شریک یې کړئ',
    print: 'چاپ یې کړئ',
    linkCopied: 'لینک کاپي شو',
    copyFailed: 'لینک کاپي نه شو؛ د پتې له پټې یې کاپي کړئ',
    contact: 'اړیکه څنګه ونیسئ',
    phoneKinds: { voice: 'ټیلیفون', mobile: 'موبایل', whatsapp: 'واټس اپ', sms: 'ایس ایم ایس', fax: 'فکس' },
    fromProvider: 'د وړاندې کوونکي ادارې د اړیکې معلومات',
    address: 'پته',
    landmark: 'څنګه ورسېږئ',
    directions: 'لار',
    openInMapApp: 'د نقشې په اپ کې یې پرانیزئ',
    osmDirections: 'په اوپن سټریټ مپ کې لار',
    hours: 'د کار وختونه',
    day: 'ورځ',
    times: 'وختونه',
    today: 'نن',
    closedDay: 'تړلی',
    allDay: 'شپه او ورځ پرانیستی',
    timeZoneNote: 'وختونه د سیمې د ځایي وخت له مخې دي',
    exceptions: 'ځانګړي وختونه',
    exceptionDates: (from, to) => (from === to ? from : `له ${from} تر ${to}`),
    statusNotice: {
      'temporarily-closed': 'لنډمهاله تړلی دی. د تګ نه مخکې معلومات واخلئ.',
      closed: 'دا خدمت تړل شوی دی.',
    },
    lastChecked: (when) => `وروستۍ ځل کتل شوی: ${when}`,
    notChecked: 'لا نه دی کتل شوی',
    service: 'دا خدمت څنګه ترلاسه کړئ',
    eligibility: 'څوک ترې ګټه اخیستلی شي',
    fees: 'فیس',
    free: 'وړیا',
    paid: 'فیس اخیستل کېږي',
    languages: 'دلته ویل کېدونکې ژبې',
    accessibility: 'د لاسرسي اسانتیاوې',
    accessibilityLabels: {
      wheelchair: 'د ویلچیر لپاره د لاسرسي وړ',
      'step-free-entrance': 'بې زینو دروازه',
      'accessible-toilet': 'د معلولینو لپاره تشناب',
      'sign-language': 'د اشارو ژبه',
      'women-staff': 'ښځینه کارکوونکې',
      'women-entrance': 'د ښځو لپاره جلا دروازه',
      braille: 'بریل',
      other: 'نور',
    },
    languageNames: { skr: 'سرائیکي', hno: 'هندکو', other: 'نورې ژبې' },
    howToApply: 'د غوښتنې لاره',
    documents: 'له ځان سره راوړل کېدونکي اسناد',
    provider: 'وړاندې کوونکی',
    yes: 'هو',
    no: 'نه',
  },
}

/** The weekday's name (2024-01-01 was a Monday). */
export const weekdayName = (locale: Locale, day: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(day))),
  )

/** A date as the service's calendar has it ("8 February 2027"). */
export const serviceDate = (locale: Locale, iso: string, timeZone: string) =>
  localDigits(
    locale,
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(iso)),
  )

/** "3 months ago", "yesterday", in the reader's language. */
export const timeAgo = (locale: Locale, iso: string, now: Date) => {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000)
  const format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' })
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    days < 1
      ? [0, 'day']
      : days < 14
        ? [days, 'day']
        : days < 60
          ? [Math.floor(days / 7), 'week']
          : days < 365
            ? [Math.floor(days / 30), 'month']
            : [Math.floor(days / 365), 'year']
  return localDigits(locale, format.format(-value, unit))
}

/** A language's name in the reader's language. */
export const languageName = (locale: Locale, code: string) =>
  resourceMessages[locale].languageNames[code] ??
  new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'none' }).of(code) ??
  resourceMessages[locale].languageNames.other!

export const numberText = (locale: Locale, value: number) =>
  localDigits(locale, new Intl.NumberFormat(intlLocale(locale)).format(value))

/** Items joined as the reader's language joins a list ("a, b and c"). */
export const listText = (locale: Locale, items: string[]) =>
  new Intl.ListFormat(intlLocale(locale), { type: 'conjunction', style: 'long' }).format(items)
