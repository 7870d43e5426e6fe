import type { CategorySeed } from './types'

import { attributeSchemas } from './attribute-schemas'

/**
 * Categories of community resources, in display order. Icons are Lucide
 * icon names.
 */
const categoryList = [
  {
    slug: 'health',
    name: { en: 'Health', ur: 'صحت', ps: 'روغتیا' },
    description: {
      en: 'Hospitals, basic health units, clinics, mother and child care, vaccination and medicines.',
      ur: 'ہسپتال، بنیادی مراکز صحت، کلینک، زچہ و بچہ کی دیکھ بھال، حفاظتی ٹیکے اور ادویات۔',
      ps: 'روغتونونه، بنسټیز روغتیايي مرکزونه، کلینیکونه، د مور او ماشوم پاملرنه، واکسین او درمل.',
    },
    icon: 'heart-pulse',
  },
  {
    slug: 'education',
    name: { en: 'Education', ur: 'تعلیم', ps: 'ښوونه او روزنه' },
    description: {
      en: 'Schools, adult literacy classes, non-formal education centres, scholarships and school supplies.',
      ur: 'اسکول، بالغوں کے لیے خواندگی کی کلاسیں، غیر رسمی تعلیم کے مراکز، تعلیمی وظائف اور اسکول کا سامان۔',
      ps: 'ښوونځي، د لویانو لپاره د سواد زده کړې ټولګي، غیر رسمي ښوونیز مرکزونه، تعلیمي وظیفې او د ښوونځي توکي.',
    },
    icon: 'graduation-cap',
  },
  {
    slug: 'water-sanitation',
    name: { en: 'Water and sanitation', ur: 'پانی اور صفائی', ps: 'اوبه او حفظ الصحه' },
    description: {
      en: 'Safe drinking water points, filtration plants, public toilets, hygiene kits and waste collection.',
      ur: 'پینے کے صاف پانی کے مقامات، فلٹریشن پلانٹ، عوامی بیت الخلا، حفظان صحت کی کٹس اور کوڑا اٹھانے کی خدمات۔',
      ps: 'د څښاک د پاکو اوبو ځایونه، د اوبو د تصفیې پلانټونه، عامه تشنابونه، د حفظ الصحې کڅوړې او د کثافاتو ټولول.',
    },
    icon: 'droplets',
  },
  {
    slug: 'shelter',
    name: { en: 'Shelter and housing', ur: 'پناہ گاہ اور رہائش', ps: 'سرپناه او استوګنه' },
    description: {
      en: 'Emergency shelters, tents and shelter kits, night shelters, safe houses, and help with house repairs.',
      ur: 'ہنگامی پناہ گاہیں، خیمے اور شیلٹر کٹس، رات گزارنے کی پناہ گاہیں، محفوظ رہائش گاہیں اور گھروں کی مرمت میں مدد۔',
      ps: 'بیړنی سرپناه، خېمې او د سرپناه کڅوړې، د شپې تېرولو ځایونه، خوندي استوګنځایونه او د کورونو په ترمیم کې مرسته.',
    },
    icon: 'house',
  },
  {
    slug: 'legal-aid',
    name: { en: 'Legal aid', ur: 'قانونی امداد', ps: 'قانوني مرسته' },
    description: {
      en: 'Free legal advice, help with court cases, family and inheritance law, land disputes and mediation.',
      ur: 'مفت قانونی مشورہ، عدالتی مقدمات میں مدد، عائلی اور وراثتی قوانین، زمین کے تنازعات اور مصالحت۔',
      ps: 'وړیا قانوني مشوره، د محکمې په قضیو کې مرسته، د کورنۍ او میراث قوانین، د ځمکې شخړې او روغه جوړه.',
    },
    icon: 'scale',
  },
  {
    slug: 'food',
    name: { en: 'Food assistance', ur: 'خوراک کی امداد', ps: 'د خوړو مرسته' },
    description: {
      en: 'Ration distribution, free community kitchens (langar), nutrition programmes for mothers and children, and subsidised flour.',
      ur: 'راشن کی تقسیم، مفت لنگر خانے، ماؤں اور بچوں کے لیے غذائیت کے پروگرام اور رعایتی قیمت پر آٹا۔',
      ps: 'د راشن وېش، وړیا لنګر خانې، د میندو او ماشومانو لپاره د تغذیې پروګرامونه او ارزانه اوړه.',
    },
    icon: 'wheat',
  },
  {
    slug: 'livelihoods',
    name: { en: 'Livelihoods and jobs', ur: 'روزگار اور ہنر', ps: 'روزګار او مهارتونه' },
    description: {
      en: 'Vocational and skills training, job placement, small-business support, interest-free loans and farming advice.',
      ur: 'فنی و پیشہ ورانہ تربیت، ملازمت کے حصول میں مدد، چھوٹے کاروبار کی معاونت، بلاسود قرضے اور زرعی مشورے۔',
      ps: 'فني او مسلکي روزنه، د دندې په موندلو کې مرسته، د کوچنیو کاروبارونو ملاتړ، بې سوده پورونه او د کرنې مشورې.',
    },
    icon: 'briefcase',
  },
  {
    slug: 'protection',
    name: { en: 'Women and child protection', ur: 'خواتین اور بچوں کا تحفظ', ps: 'د ښځو او ماشومانو ساتنه' },
    description: {
      en: 'Safe spaces, help for survivors of violence, child protection services, women police desks and harassment complaints.',
      ur: 'محفوظ مقامات، تشدد سے متاثرہ افراد کے لیے مدد، بچوں کے تحفظ کی خدمات، خواتین پولیس ڈیسک اور ہراسانی کی شکایات۔',
      ps: 'خوندي ځایونه، د تاوتریخوالي ځپلو کسانو سره مرسته، د ماشومانو د ساتنې خدمتونه، د ښځینه پولیسو مېزونه او د ځورونې شکایتونه.',
    },
    icon: 'shield-check',
  },
  {
    slug: 'disability',
    name: { en: 'Disability services', ur: 'معذور افراد کے لیے خدمات', ps: 'د معلولیت لرونکو کسانو خدمتونه' },
    description: {
      en: 'Physiotherapy and rehabilitation, artificial limbs and wheelchairs, special education and disability certificates.',
      ur: 'فزیوتھراپی اور بحالی، مصنوعی اعضاء اور وہیل چیئرز، خصوصی تعلیم اور معذوری کے سرٹیفکیٹ۔',
      ps: 'فزیوتراپي او بیارغونه، مصنوعي غړي او ویلچیرونه، ځانګړې زده کړې او د معلولیت سندونه.',
    },
    icon: 'accessibility',
  },
  {
    slug: 'mental-health',
    name: { en: 'Mental health', ur: 'ذہنی صحت', ps: 'رواني روغتیا' },
    description: {
      en: 'Counselling, psychiatric outpatient care, psychosocial support, telephone counselling and drug rehabilitation.',
      ur: 'مشاورت، نفسیاتی امراض کا او پی ڈی علاج، نفسیاتی و سماجی معاونت، ٹیلی فون پر مشاورت اور منشیات سے بحالی۔',
      ps: 'مشوره ورکول، د رواني ناروغیو سرپایي درملنه، رواني-ټولنیز ملاتړ، ټیلیفوني مشوره او له نشه يي توکو بیارغونه.',
    },
    icon: 'brain',
  },
  {
    slug: 'emergency-relief',
    name: {
      en: 'Emergency and disaster relief',
      ur: 'ہنگامی حالات اور آفات میں امداد',
      ps: 'بیړنۍ او د ناورین مرسته',
    },
    description: {
      en: 'Rescue and ambulance services, flood and earthquake response, relief camps, blankets and other relief items, and early warnings.',
      ur: 'ریسکیو اور ایمبولینس سروس، سیلاب اور زلزلے میں امداد، امدادی کیمپ، کمبل اور دیگر امدادی سامان، اور قبل از وقت انتباہ۔',
      ps: 'د ژغورنې او امبولانس خدمتونه، د سېلاب او زلزلې پر مهال مرسته، د مرستې کمپونه، کمپلې او نور توکي، او مخکینۍ خبرتیاوې.',
    },
    icon: 'siren',
  },
  {
    slug: 'transport',
    name: { en: 'Transport', ur: 'نقل و حمل', ps: 'ټرانسپورټ' },
    description: {
      en: 'Patient transport, school transport, women-only vans and information on bus and wagon routes.',
      ur: 'مریضوں کی منتقلی، اسکول ٹرانسپورٹ، صرف خواتین کے لیے وین سروس اور بسوں اور ویگنوں کے راستوں کی معلومات۔',
      ps: 'د ناروغانو لېږد، د ښوونځي ټرانسپورټ، یوازې د ښځو لپاره وینونه او د بسونو او ویګنونو د لارو معلومات.',
    },
    icon: 'bus',
  },
  {
    slug: 'cash-assistance',
    name: { en: 'Banking and cash assistance', ur: 'بینکاری اور نقد امداد', ps: 'بانکداري او نغدي مرسته' },
    description: {
      en: 'Cash transfer programmes, help opening bank and mobile wallet accounts, zakat, pensions and welfare allowances.',
      ur: 'نقد رقوم کی منتقلی کے پروگرام، بینک اور موبائل والٹ اکاؤنٹ کھولنے میں مدد، زکوٰۃ، پنشن اور فلاحی الاؤنس۔',
      ps: 'د نغدو پیسو د ورکړې پروګرامونه، د بانک او موبایل والټ حساب په پرانیستلو کې مرسته، زکات، پنشن او ټولنیزې مرستې.',
    },
    icon: 'wallet',
  },
  {
    slug: 'documentation',
    name: { en: 'Documents and registration', ur: 'شناختی دستاویزات اور اندراج', ps: 'اسناد او نوم لیکنه' },
    description: {
      en: 'Identity cards, birth and marriage registration, Proof of Registration cards for Afghan refugees, and domicile certificates.',
      ur: 'شناختی کارڈ، پیدائش اور نکاح کا اندراج، افغان مہاجرین کے لیے پی او آر کارڈ اور ڈومیسائل سرٹیفکیٹ۔',
      ps: 'شناختي کارډونه، د زېږون او نکاح ثبت، د افغان کډوالو لپاره د پي او آر کارډونه او د ډومیسایل سندونه.',
    },
    icon: 'id-card',
  },
  {
    slug: 'community',
    name: { en: 'Hujras and community centres', ur: 'حجرے اور کمیونٹی مراکز', ps: 'حجرې او ټولنیز مرکزونه' },
    description: {
      en: 'Hujras, community halls, public libraries and youth and women’s centres open for meetings, learning and information.',
      ur: 'حجرے، کمیونٹی ہال، پبلک لائبریریاں اور نوجوانوں اور خواتین کے مراکز جو اجلاسوں، سیکھنے اور معلومات کے لیے کھلے ہیں۔',
      ps: 'حجرې، ټولنیز تالارونه، عامه کتابتونونه او د ځوانانو او ښځو مرکزونه چې د غونډو، زده کړې او معلوماتو لپاره پرانیستي دي.',
    },
    icon: 'users',
  },
] as const satisfies readonly Omit<CategorySeed, 'attributeSchema'>[]

export type CategorySlug = (typeof categoryList)[number]['slug']

/** Each with its attribute schema (attribute-schemas.ts). */
export const categories: readonly CategorySeed[] = categoryList.map((c) => ({
  ...c,
  attributeSchema: attributeSchemas[c.slug],
}))
