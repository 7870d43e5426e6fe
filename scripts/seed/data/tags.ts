import type { TagSeed } from './types'

/** Tags describe who a resource serves, how it is reached and who runs it. */
const tagList = [
  // Cost and hours
  { slug: 'free', name: { en: 'Free', ur: 'مفت', ps: 'وړیا' } },
  { slug: 'free-medicine', name: { en: 'Free medicines', ur: 'مفت ادویات', ps: 'وړیا درمل' } },
  { slug: '24-hours', name: { en: 'Open 24 hours', ur: 'چوبیس گھنٹے کھلا', ps: 'شپه او ورځ پرانیستی' } },
  {
    slug: 'open-sundays',
    name: { en: 'Open on Sundays', ur: 'اتوار کو کھلا', ps: 'د اتوار په ورځ پرانیستی' },
  },
  { slug: 'seasonal', name: { en: 'Seasonal', ur: 'موسمی', ps: 'موسمي' } },
  { slug: 'emergency', name: { en: 'Emergency service', ur: 'ہنگامی سروس', ps: 'بیړنی خدمت' } },

  // Access
  {
    slug: 'walk-in',
    name: { en: 'Walk-in, no appointment', ur: 'بغیر پیشگی وقت کے', ps: 'له مخکې وخت پرته' },
  },
  {
    slug: 'appointment-needed',
    name: { en: 'Appointment needed', ur: 'پیشگی وقت لینا ضروری', ps: 'مخکې وخت اخیستل اړین دي' },
  },
  {
    slug: 'registration-required',
    name: { en: 'Registration required', ur: 'اندراج ضروری', ps: 'نوم لیکنه اړینه ده' },
  },
  {
    slug: 'cnic-required',
    name: { en: 'CNIC required', ur: 'شناختی کارڈ ضروری', ps: 'شناختي کارډ اړین دی' },
  },
  {
    slug: 'sehat-card',
    name: { en: 'Sehat Card accepted', ur: 'صحت کارڈ قابل قبول', ps: 'صحت کارډ منل کېږي' },
  },
  { slug: 'mobile-unit', name: { en: 'Mobile unit', ur: 'موبائل یونٹ', ps: 'ګرځنده ټیم' } },
  { slug: 'helpline', name: { en: 'Phone helpline', ur: 'ٹیلی فون ہیلپ لائن', ps: 'د مرستې ټیلیفوني کرښه' } },
  { slug: 'online', name: { en: 'Online service', ur: 'آن لائن سروس', ps: 'آنلاین خدمت' } },
  {
    slug: 'transport-provided',
    name: { en: 'Transport provided', ur: 'آمد و رفت کی سہولت', ps: 'د تګ راتګ اسانتیا' },
  },
  { slug: 'confidential', name: { en: 'Confidential', ur: 'رازداری کی ضمانت', ps: 'محرمیت ساتل کېږي' } },

  // Staff and accessibility
  {
    slug: 'women-only-staff',
    name: { en: 'Women-only staff', ur: 'صرف خواتین عملہ', ps: 'یوازې ښځینه کارکوونکې' },
  },
  {
    slug: 'female-doctor',
    name: { en: 'Female doctor available', ur: 'لیڈی ڈاکٹر دستیاب', ps: 'ښځینه ډاکټره شته' },
  },
  {
    slug: 'wheelchair-accessible',
    name: {
      en: 'Wheelchair accessible',
      ur: 'وہیل چیئر کے لیے قابل رسائی',
      ps: 'د ویلچیر لپاره د لاسرسي وړ',
    },
  },
  { slug: 'sign-language', name: { en: 'Sign language', ur: 'اشاروں کی زبان', ps: 'د اشارو ژبه' } },
  {
    slug: 'urdu-speaking',
    name: { en: 'Urdu-speaking staff', ur: 'اردو بولنے والا عملہ', ps: 'اردو ویونکي کارکوونکي' },
  },
  {
    slug: 'pashto-speaking',
    name: { en: 'Pashto-speaking staff', ur: 'پشتو بولنے والا عملہ', ps: 'پښتو ویونکي کارکوونکي' },
  },
  {
    slug: 'hindko-speaking',
    name: { en: 'Hindko-speaking staff', ur: 'ہندکو بولنے والا عملہ', ps: 'هندکو ویونکي کارکوونکي' },
  },
  {
    slug: 'english-speaking',
    name: { en: 'English-speaking staff', ur: 'انگریزی بولنے والا عملہ', ps: 'انګرېزي ویونکي کارکوونکي' },
  },

  // Who runs it
  { slug: 'government', name: { en: 'Government', ur: 'سرکاری', ps: 'سرکاري' } },
  { slug: 'ngo', name: { en: 'NGO', ur: 'غیر سرکاری تنظیم', ps: 'غیر سرکاري موسسه' } },
  { slug: 'un-agency', name: { en: 'UN agency', ur: 'اقوام متحدہ کا ادارہ', ps: 'د ملګرو ملتونو اداره' } },
  {
    slug: 'community-run',
    name: { en: 'Community-run', ur: 'کمیونٹی کے زیر انتظام', ps: 'د ټولنې له خوا چلېږي' },
  },

  // Who it serves
  { slug: 'for-women', name: { en: 'For women', ur: 'خواتین کے لیے', ps: 'د ښځو لپاره' } },
  { slug: 'for-children', name: { en: 'For children', ur: 'بچوں کے لیے', ps: 'د ماشومانو لپاره' } },
  { slug: 'for-elderly', name: { en: 'For older people', ur: 'بزرگوں کے لیے', ps: 'د زړو خلکو لپاره' } },
  {
    slug: 'for-persons-with-disabilities',
    name: {
      en: 'For persons with disabilities',
      ur: 'معذور افراد کے لیے',
      ps: 'د معلولیت لرونکو کسانو لپاره',
    },
  },
  { slug: 'for-refugees', name: { en: 'For refugees', ur: 'مہاجرین کے لیے', ps: 'د کډوالو لپاره' } },
  {
    slug: 'for-idps',
    name: { en: 'For displaced families', ur: 'بے گھر خاندانوں کے لیے', ps: 'د بې ځایه شویو کورنیو لپاره' },
  },

  // Setting
  { slug: 'rural', name: { en: 'Rural area', ur: 'دیہی علاقہ', ps: 'کلیواله سیمه' } },
  { slug: 'urban', name: { en: 'Urban area', ur: 'شہری علاقہ', ps: 'ښاري سیمه' } },
] as const satisfies readonly TagSeed[]

export type TagSlug = (typeof tagList)[number]['slug']

export const tags: readonly TagSeed[] = tagList
