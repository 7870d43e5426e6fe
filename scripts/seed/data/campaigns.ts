/**
 * The demo's campaigns: two running, one scheduled, one ended, dated
 * relative to the day the seed runs so the phases hold whenever it runs.
 */

import type { GoalUnit } from '../../../collections/campaigns/goalUnits'
import type { LocalizedText } from './types'

export interface PhotoSeed {
  /** Colours of the generated picture (sky, ground, accent): a stand-in for a real photo. */
  palette: [string, string, string]
  alt: LocalizedText
  caption: LocalizedText
}

export interface CampaignSeed {
  slug: string
  title: LocalizedText
  summary: LocalizedText
  body: LocalizedText[]
  /** Days from the seed's day. */
  startsInDays: number
  endsInDays: number
  goal: { target: number; unit: GoalUnit }
  /** [days from today, amount]. */
  progress: [number, number][]
  districts: string[]
  categories: string[]
  /** Slugs of seeded posts that belong to the campaign. */
  posts: string[]
  photos: PhotoSeed[]
  /** Has the demo pledge form (added with the forms work). */
  pledgeForm?: boolean
}

export const CAMPAIGNS: CampaignSeed[] = [
  {
    slug: 'polio-vaccination-week',
    title: {
      en: 'Polio vaccination week',
      ur: 'پولیو ویکسینیشن ہفتہ',
      ps: 'د پولیو واکسین اونۍ',
    },
    summary: {
      en: 'Two drops for every child under five: teams go door to door, and every health unit gives the drops free.',
      ur: 'پانچ سال سے کم عمر ہر بچے کے لیے دو قطرے: ٹیمیں گھر گھر جا رہی ہیں اور ہر مرکز صحت میں قطرے مفت ہیں۔',
      ps: 'له پنځو کلونو کم عمر هر ماشوم ته دوه څاڅکي: ټیمونه کور په کور ځي او په هر روغتیايي مرکز کې څاڅکي وړیا دي.',
    },
    body: [
      {
        en: 'Vaccinators visit every house this week. If your child was missed, take them to the nearest basic health unit, open every day from 8 am.',
        ur: 'اس ہفتے ویکسینیٹر ہر گھر آئیں گے۔ اگر آپ کا بچہ رہ گیا ہو تو اسے قریبی بنیادی مرکز صحت لے جائیں، جو روزانہ صبح 8 بجے سے کھلا ہے۔',
        ps: 'په دې اونۍ کې واکسین ورکوونکي هر کور ته ځي. که ستاسو ماشوم پاتې شوی وي، نږدې لومړني روغتیايي مرکز ته یې بوځئ، چې هره ورځ له سهار اتو بجو پرانیستی دی.',
      },
    ],
    startsInDays: -2,
    endsInDays: 5,
    goal: { target: 12_000, unit: 'children-vaccinated' },
    progress: [
      [-2, 3100],
      [-1, 2750],
    ],
    districts: ['peshawar', 'charsadda'],
    categories: ['health'],
    posts: [],
    photos: [
      {
        palette: ['#9cc9e8', '#d9c29a', '#e4572e'],
        alt: {
          en: 'A health worker in a red vest gives polio drops to a small child held by her mother',
          ur: 'سرخ جیکٹ میں ہیلتھ ورکر ماں کی گود میں بچے کو پولیو کے قطرے پلا رہی ہے',
          ps: 'سره واسکټ اغوستې روغتیايي کارکوونکې د مور په غېږ کې ماشوم ته د پولیو څاڅکي ورکوي',
        },
        caption: { en: 'Day one in Charsadda', ur: 'چارسدہ میں پہلا دن', ps: 'په چارسده کې لومړۍ ورځ' },
      },
      {
        palette: ['#b8d8ba', '#c9b79c', '#3d5a80'],
        alt: {
          en: 'Two vaccinators mark a house door with chalk after visiting',
          ur: 'دو ویکسینیٹر دورے کے بعد گھر کے دروازے پر چاک سے نشان لگا رہے ہیں',
          ps: 'دوه واکسین ورکوونکي له لیدنې وروسته د کور پر دروازه په تباشیر نښه لګوي',
        },
        caption: {
          en: 'Each visited door is marked',
          ur: 'ہر دورہ شدہ دروازے پر نشان',
          ps: 'هره کتل شوې دروازه نښه کېږي',
        },
      },
      {
        palette: ['#f4d35e', '#a3b18a', '#0d3b66'],
        alt: {
          en: 'A queue of mothers and children outside a basic health unit',
          ur: 'بنیادی مرکز صحت کے باہر ماؤں اور بچوں کی قطار',
          ps: 'د لومړني روغتیايي مرکز بهر د میندو او ماشومانو کتار',
        },
        caption: { en: 'Peshawar, morning queue', ur: 'پشاور، صبح کی قطار', ps: 'پېښور، د سهار کتار' },
      },
    ],
  },
  {
    slug: 'girls-enrolment-drive',
    title: {
      en: "Back to school: girls' enrolment drive",
      ur: 'واپس اسکول: لڑکیوں کے داخلے کی مہم',
      ps: 'بېرته ښوونځي ته: د نجونو د شمولیت کمپاین',
    },
    summary: {
      en: 'Teachers and elders help families enrol their daughters; books and uniforms are free for the first year.',
      ur: 'اساتذہ اور بزرگ خاندانوں کو بیٹیوں کے داخلے میں مدد دے رہے ہیں؛ پہلے سال کتابیں اور یونیفارم مفت ہیں۔',
      ps: 'ښوونکي او مشران له کورنیو سره د لوڼو په شاملولو کې مرسته کوي؛ د لومړي کال کتابونه او یونیفورم وړیا دي.',
    },
    body: [
      {
        en: 'Pledge to enrol a girl in your family or street, and a teacher will call you about the nearest school with a place.',
        ur: 'اپنے خاندان یا گلی کی کسی بچی کے داخلے کا عہد کریں، اور ایک استاد آپ کو قریب ترین اسکول کے بارے میں فون کرے گا جہاں جگہ ہے۔',
        ps: 'ژمنه وکړئ چې د خپلې کورنۍ یا کوڅې یوه نجلۍ به شاملوئ، او یو ښوونکی به تاسو ته د هغه نږدې ښوونځي په اړه زنګ ووهي چې ځای لري.',
      },
    ],
    startsInDays: -10,
    endsInDays: 20,
    // Pledges: on paper through teachers (the progress updates) and online (the form's answers).
    goal: { target: 800, unit: 'pledges' },
    progress: [
      [-9, 120],
      [-5, 95],
      [-1, 60],
    ],
    districts: ['mardan', 'swabi'],
    categories: ['education'],
    posts: [],
    pledgeForm: true,
    photos: [
      {
        palette: ['#cde7f0', '#e9d8a6', '#9b2226'],
        alt: {
          en: 'Girls in white scarves walk to school along a village lane',
          ur: 'سفید دوپٹوں میں لڑکیاں گاؤں کی گلی سے اسکول جا رہی ہیں',
          ps: 'سپین ټیکري اغوستې نجونې د کلي په کوڅه کې ښوونځي ته ځي',
        },
        caption: {
          en: 'The walk to school in Swabi',
          ur: 'صوابی میں اسکول کا راستہ',
          ps: 'په صوابي کې د ښوونځي لاره',
        },
      },
      {
        palette: ['#fefae0', '#dda15e', '#283618'],
        alt: {
          en: 'A teacher hands new textbooks to a girl at a classroom desk',
          ur: 'استانی کلاس روم میں ایک بچی کو نئی کتابیں دے رہی ہے',
          ps: 'ښوونکې په ټولګي کې یوې نجلۍ ته نوي کتابونه ورکوي',
        },
        caption: {
          en: 'Free books for the first year',
          ur: 'پہلے سال کی مفت کتابیں',
          ps: 'د لومړي کال وړیا کتابونه',
        },
      },
    ],
  },
  {
    slug: 'flood-preparedness-fortnight',
    title: {
      en: 'Flood preparedness fortnight',
      ur: 'سیلاب سے بچاؤ کی تیاری کے دو ہفتے',
      ps: 'د سیلاب لپاره د چمتووالي دوه اونۍ',
    },
    summary: {
      en: 'Before the monsoon: family emergency plans, safe places to go, and a kit of water, medicine and papers.',
      ur: 'مون سون سے پہلے: خاندانی ہنگامی منصوبہ، محفوظ جگہیں، اور پانی، دوا اور کاغذات کا تھیلا۔',
      ps: 'له مونسون مخکې: د کورنۍ بیړنی پلان، خوندي ځایونه، او د اوبو، درملو او اسنادو کڅوړه.',
    },
    body: [
      {
        en: 'Volunteers will visit riverside villages to help each household write down where to go and whom to call if the water rises.',
        ur: 'رضاکار دریا کنارے دیہات کا دورہ کریں گے تاکہ ہر گھرانہ لکھ لے کہ پانی بڑھنے پر کہاں جانا ہے اور کسے فون کرنا ہے۔',
        ps: 'داوطلبان به د سیند غاړې کلیو ته ورشي چې هره کورنۍ ولیکي که اوبه پورته شوې چېرته لاړه شي او چا ته زنګ ووهي.',
      },
    ],
    startsInDays: 7,
    endsInDays: 21,
    goal: { target: 2000, unit: 'households' },
    progress: [],
    districts: ['nowshera', 'charsadda'],
    categories: ['emergency-relief', 'shelter'],
    posts: ['monsoon-preparedness'],
    photos: [
      {
        palette: ['#8ecae6', '#219ebc', '#fb8500'],
        alt: {
          en: 'A volunteer shows a family a map of the safe high ground near their village',
          ur: 'ایک رضاکار خاندان کو گاؤں کے قریب محفوظ اونچی جگہ کا نقشہ دکھا رہا ہے',
          ps: 'یو داوطلب یوې کورنۍ ته د کلي سره نږدې د خوندي لوړې ځمکې نقشه ښيي',
        },
        caption: {
          en: 'Planning the way to safety',
          ur: 'حفاظت کے راستے کی منصوبہ بندی',
          ps: 'د خوندیتوب د لارې پلان',
        },
      },
      {
        palette: ['#d8e2dc', '#9d8189', '#2b2d42'],
        alt: {
          en: 'An emergency bag packed with water bottles, medicine and a folder of identity papers',
          ur: 'ہنگامی تھیلا جس میں پانی کی بوتلیں، دوائیں اور شناختی کاغذات کی فائل ہے',
          ps: 'بیړنۍ کڅوړه چې د اوبو بوتلونه، درمل او د پېژندپاڼو دوسیه پکې ده',
        },
        caption: { en: 'What goes in the bag', ur: 'تھیلے میں کیا رکھیں', ps: 'کڅوړه کې څه واچوو' },
      },
    ],
  },
  {
    slug: 'warm-winter-blankets',
    title: {
      en: 'Warm winter: blankets for families',
      ur: 'گرم سردی: خاندانوں کے لیے کمبل',
      ps: 'ګرم ژمی: د کورنیو لپاره کمپلې',
    },
    summary: {
      en: 'Blankets and quilts for families in the high valleys before the snow closed the roads.',
      ur: 'برف سے راستے بند ہونے سے پہلے بالائی وادیوں کے خاندانوں کے لیے کمبل اور لحاف۔',
      ps: 'مخکې له دې چې واوره لارې وتړي، د لوړو درو کورنیو ته کمپلې او بړستنې.',
    },
    body: [
      {
        en: 'Thank you to everyone who gave: the campaign reached more households than it set out to.',
        ur: 'ہر دینے والے کا شکریہ: مہم اپنے ہدف سے زیادہ گھرانوں تک پہنچی۔',
        ps: 'د هر مرسته کوونکي مننه: کمپاین له خپل هدف څخه ډېرو کورنیو ته ورسېد.',
      },
    ],
    startsInDays: -60,
    endsInDays: -30,
    goal: { target: 1500, unit: 'households' },
    progress: [
      [-55, 420],
      [-45, 610],
      [-35, 590],
    ],
    districts: ['upper-chitral', 'lower-chitral', 'swat'],
    categories: ['shelter'],
    posts: [],
    photos: [
      {
        palette: ['#e0fbfc', '#f1f1f1', '#5c4d7d'],
        alt: {
          en: 'Volunteers load folded blankets onto a pickup truck in the snow',
          ur: 'رضاکار برف میں تہہ شدہ کمبل پک اپ ٹرک پر لاد رہے ہیں',
          ps: 'داوطلبان په واوره کې قات شوې کمپلې په پیک اپ موټر باروي',
        },
        caption: { en: 'Loading in Chitral', ur: 'چترال میں سامان کی لدائی', ps: 'په چترال کې بارول' },
      },
      {
        palette: ['#caf0f8', '#ede0d4', '#7f5539'],
        alt: {
          en: 'An elderly man wrapped in a new quilt smiles outside his stone house',
          ur: 'نئے لحاف میں لپٹا ایک بزرگ اپنے پتھر کے گھر کے باہر مسکرا رہا ہے',
          ps: 'په نوې بړستن کې نغښتی سپین ږیری د خپل ډبرین کور بهر موسکا کوي',
        },
        caption: {
          en: 'Delivered before the snow',
          ur: 'برف سے پہلے پہنچا دیا',
          ps: 'له واورې مخکې ورسول شول',
        },
      },
    ],
  },
]
