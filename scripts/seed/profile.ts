import type { Payload } from 'payload'

import type { DayCode, HoursSeed, TimeRange } from './data/types'
import type { Random } from './random'

type Locale = 'en' | 'ur' | 'ps'
type Text = Record<Locale, string>

/** The provider organisations of the demo catalogue (HSDS organization), created once by slug. */
export const ORGANIZATIONS: {
  slug: string
  name: Text
  description: Text
  legalStatus: string
  for: string[]
}[] = [
  {
    slug: 'district-health-office',
    name: { en: 'District Health Office', ur: 'ضلعی محکمہ صحت', ps: 'د ولسوالۍ روغتیا دفتر' },
    description: {
      en: 'Runs the government health facilities of the district.',
      ur: 'ضلع کے سرکاری مراکزِ صحت کا انتظام کرتا ہے۔',
      ps: 'د ولسوالۍ د دولتي روغتیايي مرکزونو چارې پرمخ وړي.',
    },
    legalStatus: 'Government department',
    for: ['health', 'mental-health', 'disability'],
  },
  {
    slug: 'elementary-secondary-education',
    name: {
      en: 'Elementary and Secondary Education Department',
      ur: 'محکمہ ابتدائی و ثانوی تعلیم',
      ps: 'د لومړنۍ او ثانوي زده کړې ریاست',
    },
    description: {
      en: 'Government schools and literacy programmes.',
      ur: 'سرکاری اسکول اور خواندگی کے پروگرام۔',
      ps: 'دولتي ښوونځي او د سواد زده کړې پروګرامونه.',
    },
    legalStatus: 'Government department',
    for: ['education'],
  },
  {
    slug: 'public-health-engineering',
    name: {
      en: 'Public Health Engineering Department',
      ur: 'محکمہ پبلک ہیلتھ انجینئرنگ',
      ps: 'د عامې روغتیا انجینرۍ ریاست',
    },
    description: {
      en: 'Drinking water schemes and sanitation.',
      ur: 'پینے کے پانی کی اسکیمیں اور صفائی۔',
      ps: 'د څښاک د اوبو پروژې او حفظ الصحه.',
    },
    legalStatus: 'Government department',
    for: ['water-sanitation'],
  },
  {
    slug: 'social-welfare-department',
    name: { en: 'Social Welfare Department', ur: 'محکمہ سماجی بہبود', ps: 'د ټولنیزې هوساینې ریاست' },
    description: {
      en: 'Shelters, protection and support for people with disabilities.',
      ur: 'پناہ گاہیں، تحفظ اور معذور افراد کی معاونت۔',
      ps: 'پناه ځایونه، ساتنه او د معلولو خلکو ملاتړ.',
    },
    legalStatus: 'Government department',
    for: ['shelter', 'protection', 'disability', 'cash-assistance', 'documentation'],
  },
  {
    slug: 'hujra-community-trust',
    name: { en: 'Hujra Community Trust', ur: 'حجرہ کمیونٹی ٹرسٹ', ps: 'د حجرې ټولنیز ټرسټ' },
    description: {
      en: 'A fictitious non-profit used in the demo content.',
      ur: 'ڈیمو مواد کے لیے ایک فرضی غیر منافع بخش تنظیم۔',
      ps: 'د ازمایښتي منځپانګې لپاره یوه فرضي غیر انتفاعي موسسه.',
    },
    legalStatus: 'Registered society (NGO)',
    for: ['legal-aid', 'food', 'livelihoods', 'community', 'emergency-relief', 'transport'],
  },
]

/** Creates the demo organisations once (matched by slug); returns slug → id. */
export const seedOrganizations = async (payload: Payload): Promise<Map<string, number>> => {
  const { docs } = await payload.find({
    collection: 'organizations',
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  const ids = new Map(docs.map((doc) => [doc.slug as string, doc.id]))
  for (const [i, org] of ORGANIZATIONS.entries()) {
    if (ids.has(org.slug)) continue
    const created = await payload.create({
      collection: 'organizations',
      locale: 'en',
      data: {
        slug: org.slug,
        name: org.name.en,
        description: org.description.en,
        legalStatus: org.legalStatus,
        email: `${org.slug}@example.org`,
        website: `https://example.org/${org.slug}`,
        phones: [{ number: `+92 000 00000${String(i + 1).padStart(2, '0')}`, kind: 'voice' }],
      },
      depth: 0,
      context: { seeding: true },
    })
    for (const locale of ['ur', 'ps'] as const) {
      await payload.update({
        collection: 'organizations',
        id: created.id,
        locale,
        data: { name: org.name[locale], description: org.description[locale] },
        depth: 0,
        context: { seeding: true },
      })
    }
    ids.set(org.slug, created.id)
  }
  return ids
}

type Ranges = [string, string][]
export interface SeedDay {
  day: string
  mode: 'open' | 'closed' | '24h'
  ranges: Ranges
}
export interface SeedProfile {
  organizationSlug?: string
  phones: { number: string; kind: string; label: Text }[]
  email: string
  website: string | null
  postalCode: string | null
  feesKind: 'free' | 'paid'
  lastVerifiedAt: string | null
  openingHours: SeedDay[]
  hoursExceptions: { from: string; to: string; mode: 'open' | 'closed'; label: Text; ranges: Ranges }[]
  languages: string[]
  accessibility: string[]
  text: Record<
    Locale,
    Record<'street' | 'town' | 'landmark' | 'eligibility' | 'feesNote' | 'howToApply' | 'documents', string>
  >
}

/** Midnight UTC of the day the seed runs. */
const TODAY = Math.floor(Date.now() / 86_400_000) * 86_400_000

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const week = (weekday: Ranges, friday: Ranges, saturday: Ranges | null): SeedDay[] =>
  DAYS.map((day) => {
    const ranges = day === 'fri' ? friday : day === 'sat' ? saturday : day === 'sun' ? null : weekday
    return ranges ? { day, mode: 'open', ranges } : { day, mode: 'closed', ranges: [] }
  })

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** Friday's midday prayer: a range that spans it is split around it. */
const aroundJumma = (ranges: readonly TimeRange[]): Ranges =>
  ranges.flatMap(([opens, closes]): Ranges =>
    minutes(opens) < minutes('12:30') && minutes(closes) > minutes('14:30')
      ? [
          [opens, '12:30'],
          ['14:30', closes],
        ]
      : [[opens, closes]],
  )

/** A template's own hours: on its days (Monday to Saturday unless it says), with the Friday break. */
const hoursOf = (hours: HoursSeed): SeedDay[] => {
  if (hours === '24h') return DAYS.map((day) => ({ day, mode: '24h', ranges: [] }))
  const days: readonly DayCode[] = hours.days ?? ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']
  return DAYS.map((day) =>
    days.includes(day)
      ? {
          day,
          mode: 'open',
          ranges: day === 'fri' ? aroundJumma(hours.ranges) : hours.ranges.map(([o, c]) => [o, c]),
        }
      : { day, mode: 'closed', ranges: [] },
  )
}

/** Hours as they usually are per kind of place; Friday closes for the midday prayer where offices do. */
const hoursFor = (category: string, title: string, random: Random): SeedDay[] => {
  if (/Hospital|Emergency|Rescue|Helpline/i.test(title) || category === 'emergency-relief')
    return DAYS.map((day) => ({ day, mode: '24h', ranges: [] }))
  if (category === 'health' || category === 'mental-health')
    return week([['08:00', '14:00']], [['08:00', '12:30']], [['08:00', '14:00']])
  if (category === 'education') return week([['08:00', '13:30']], [['08:00', '12:00']], [['08:00', '13:30']])
  if (category === 'water-sanitation')
    return week(
      [['06:00', '19:00']],
      [
        ['06:00', '12:30'],
        ['14:30', '19:00'],
      ],
      [['06:00', '19:00']],
    )
  const prayerBreak = random.chance(0.6)
  return week(
    [['09:00', '17:00']],
    prayerBreak
      ? [
          ['09:00', '12:30'],
          ['14:30', '17:00'],
        ]
      : [['09:00', '12:00']],
    random.chance(0.5) ? [['09:00', '13:00']] : null,
  )
}

const TEXT: Record<
  'health' | 'education' | 'general',
  Omit<SeedProfile['text'][Locale], 'street' | 'town' | 'landmark'>[]
> = {
  health: [
    {
      eligibility: 'Everyone; priority for pregnant women, children under five and the elderly.',
      feesNote: 'Consultation and basic medicines free; a registration slip costs PKR 10.',
      howToApply: 'Walk in during opening hours and take a token at the reception.',
      documents: 'CNIC or B-form\nChild health card, if you have one',
    },
    {
      eligibility: 'ہر کوئی؛ حاملہ خواتین، پانچ سال سے کم عمر بچوں اور بزرگوں کو ترجیح۔',
      feesNote: 'معائنہ اور بنیادی ادویات مفت؛ پرچی کی فیس 10 روپے۔',
      howToApply: 'اوقاتِ کار میں تشریف لائیں اور استقبالیہ سے ٹوکن لیں۔',
      documents: 'شناختی کارڈ یا ب فارم\nبچے کا صحت کارڈ، اگر موجود ہو',
    },
    {
      eligibility: 'هر څوک؛ امیندوارو ښځو، له پنځو کلونو کم عمره ماشومانو او زړو خلکو ته لومړیتوب.',
      feesNote: 'معاینه او اساسي درمل وړیا دي؛ د پرچې فیس ۱۰ روپۍ.',
      howToApply: 'د کار په وخت کې راشئ او له استقبالیې ټوکن واخلئ.',
      documents: 'د پېژندنې کارت یا ب فارم\nد ماشوم روغتیايي کارت، که یې لرئ',
    },
  ],
  education: [
    {
      eligibility: 'Children of school age living in the area.',
      feesNote: 'No tuition fee; textbooks are free.',
      howToApply: 'Visit the head teacher with a parent or guardian; admissions open in March and August.',
      documents: "Child's B-form\nParent's CNIC\nLast school's leaving certificate, if any",
    },
    {
      eligibility: 'علاقے میں رہنے والے اسکول جانے کی عمر کے بچے۔',
      feesNote: 'کوئی ٹیوشن فیس نہیں؛ درسی کتابیں مفت۔',
      howToApply: 'والدین یا سرپرست کے ساتھ ہیڈ ٹیچر سے ملیں؛ داخلے مارچ اور اگست میں ہوتے ہیں۔',
      documents: 'بچے کا ب فارم\nوالدین کا شناختی کارڈ\nپچھلے اسکول کا سرٹیفکیٹ، اگر ہو',
    },
    {
      eligibility: 'په سیمه کې اوسېدونکي د ښوونځي د عمر ماشومان.',
      feesNote: 'د زده کړې فیس نشته؛ درسي کتابونه وړیا دي.',
      howToApply: 'له مور، پلار یا سرپرست سره د ښوونځي مشر ته ورشئ؛ داخلې په مارچ او اګست کې کېږي.',
      documents: 'د ماشوم ب فارم\nد مور یا پلار د پېژندنې کارت\nد پخواني ښوونځي سند، که وي',
    },
  ],
  general: [
    {
      eligibility: 'Residents of the district; ask staff if you are unsure.',
      feesNote: 'Free of charge.',
      howToApply: 'Come in person or call first; staff will register you.',
      documents: 'CNIC\nProof of address (a utility bill)',
    },
    {
      eligibility: 'ضلع کے رہائشی؛ اگر یقین نہ ہو تو عملے سے پوچھ لیں۔',
      feesNote: 'بالکل مفت۔',
      howToApply: 'خود تشریف لائیں یا پہلے فون کریں؛ عملہ آپ کا اندراج کرے گا۔',
      documents: 'شناختی کارڈ\nپتے کا ثبوت (بجلی یا گیس کا بل)',
    },
    {
      eligibility: 'د ولسوالۍ اوسېدونکي؛ که ډاډه نه یاست له کارکوونکو وپوښتئ.',
      feesNote: 'بالکل وړیا.',
      howToApply: 'پخپله راشئ یا مخکې زنګ ووهئ؛ کارکوونکي به مو نوم ثبت کړي.',
      documents: 'د پېژندنې کارت\nد استوګنې ثبوت (د بریښنا یا ګازو بل)',
    },
  ],
}

const LANDMARKS: Text[] = [
  { en: 'Behind the district hospital', ur: 'ضلعی ہسپتال کے پیچھے', ps: 'د ولسوالۍ روغتون شاته' },
  { en: 'Next to the main mosque', ur: 'جامع مسجد کے ساتھ', ps: 'د جامع جومات څنګ ته' },
  { en: 'Opposite the police station', ur: 'تھانے کے سامنے', ps: 'د پولیسو تھانې مخې ته' },
  { en: 'Near the bus stand', ur: 'بس اڈے کے قریب', ps: 'د بس اډې ته نږدې' },
  { en: 'Beside the girls’ high school', ur: 'گرلز ہائی اسکول کے ساتھ', ps: 'د نجونو د لیسې څنګ ته' },
]

const LABELS: Record<string, Text> = {
  voice: { en: 'Reception', ur: 'استقبالیہ', ps: 'استقبالیه' },
  whatsapp: { en: 'WhatsApp', ur: 'واٹس ایپ', ps: 'واټس اپ' },
  mobile: { en: 'Duty officer', ur: 'ڈیوٹی افسر', ps: 'د دندې افسر' },
}

/**
 * Demo numbers are all `+92 000 …`: Pakistan has no 000 area or mobile
 * code, so none of them can ring a real person.
 */
const demoNumber = (random: Random) => `+92 000 ${String(random.int(0, 9_999_999)).padStart(7, '0')}`

/** What a template says of itself, which wins over the category's defaults. */
export interface ProfileHints {
  hours?: HoursSeed
  languages?: readonly string[]
}

export const generateProfile = (
  random: Random,
  category: string,
  titleEn: string,
  place: Text,
  slug: string,
  hints: ProfileHints = {},
): SeedProfile => {
  const kind =
    category === 'health' || category === 'mental-health'
      ? 'health'
      : category === 'education'
        ? 'education'
        : 'general'
  const [en, ur, ps] = TEXT[kind]
  const landmark = random.pick(LANDMARKS)
  const phones: SeedProfile['phones'] = [{ number: demoNumber(random), kind: 'voice', label: LABELS.voice! }]
  if (random.chance(0.5))
    phones.push({ number: demoNumber(random), kind: 'whatsapp', label: LABELS.whatsapp! })
  if (random.chance(0.2)) phones.push({ number: demoNumber(random), kind: 'mobile', label: LABELS.mobile! })
  const hoursExceptions: SeedProfile['hoursExceptions'] = []
  if (random.chance(0.4))
    hoursExceptions.push({
      from: '2027-02-08T00:00:00.000Z',
      to: '2027-03-09T00:00:00.000Z',
      mode: 'open',
      label: { en: 'Ramadan hours', ur: 'رمضان کے اوقات', ps: 'د روژې وختونه' },
      ranges: [['09:00', '13:00']],
    })
  if (random.chance(0.5))
    hoursExceptions.push({
      from: '2027-03-10T00:00:00.000Z',
      to: '2027-03-12T00:00:00.000Z',
      mode: 'closed',
      label: { en: 'Eid ul-Fitr', ur: 'عید الفطر', ps: 'کوچنی اختر' },
      ranges: [],
    })
  // The town is its own field (and shown after the street): naming it here too printed it twice.
  const street: Text = { en: 'Main Bazaar', ur: 'مین بازار', ps: 'لوی بازار' }
  const at = (locale: Locale, t: typeof en) => ({
    street: street[locale],
    town: place[locale],
    landmark: landmark[locale],
    eligibility: t!.eligibility,
    feesNote: t!.feesNote,
    howToApply: t!.howToApply,
    documents: t!.documents,
  })
  return {
    organizationSlug: ORGANIZATIONS.find((o) => o.for.includes(category))?.slug,
    phones,
    email: `${slug.slice(0, 60)}@example.org`,
    website: random.chance(0.3) ? `https://example.org/${slug}` : null,
    postalCode: random.chance(0.6) ? String(random.int(12000, 29999)) : null,
    feesKind: kind === 'health' && random.chance(0.2) ? 'paid' : 'free',
    // Counted back from today, so "last checked" reads the same however long after the seed it is read.
    lastVerifiedAt: random.chance(0.7)
      ? new Date(TODAY - random.int(0, 540) * 86_400_000).toISOString()
      : null,
    openingHours: hints.hours ? hoursOf(hints.hours) : hoursFor(category, titleEn, random),
    hoursExceptions,
    languages: hints.languages
      ? [...hints.languages]
      : ['ur', 'ps', ...(random.chance(0.3) ? ['en'] : []), ...(random.chance(0.15) ? ['hno'] : [])],
    accessibility: random.sample(
      ['wheelchair', 'step-free-entrance', 'accessible-toilet', 'women-staff', 'women-entrance'],
      random.int(0, 3),
    ),
    text: { en: at('en', en), ur: at('ur', ur), ps: at('ps', ps) },
  }
}
