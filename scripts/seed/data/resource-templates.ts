import type { CategorySlug } from './categories'
import type { TagSlug } from './tags'
import type { LocalizedText, ResourceTemplate, SourceSeed } from './types'

/*
 * Templates for generated demo resources.
 *
 * Placeholders, filled in the same locale as the text around them:
 * - `{place}`: a name from `places` below (or, if a generator prefers, from
 *   `districtLocalities[district.slug]` in districts.ts);
 * - `{district}`: the district's name.
 * Templates that name a district-level office use `{district}`; everything
 * else uses `{place}`.
 *
 * Attributes hold only what the HSDS profile does not cover (beds, seats,
 * amounts); opening hours are `hours` and languages `languages`, which the
 * profile takes. An array of exactly two numbers is an inclusive `[min, max]`
 * integer range that the generator draws from; every other value (string,
 * number, boolean, array of strings) is copied as is. Every key is declared,
 * with its type and labels, in the category's `attributeSchema`
 * (categories.ts). Values are not translated, so they stay language-neutral:
 * numbers, ranges like "1–5", 24-hour times.
 *
 * Bodies (2–3 short paragraphs per language, adding to the summary) are in
 * `bodies/`, keyed by the template's English title.
 *
 * Pashto titles use the genitive "د {place} …" where Pashto word order wants
 * it; Urdu titles follow the usual Pakistani signboard order.
 */

const templateList: readonly ResourceTemplate<CategorySlug, TagSlug>[] = [
  // ─── Health ───────────────────────────────────────────────────────────────
  {
    category: 'health',
    title: {
      en: 'Basic Health Unit {place}',
      ur: 'بنیادی مرکز صحت {place}',
      ps: 'د {place} بنسټیز روغتیايي واحد',
    },
    summary: {
      en: 'Government primary care facility offering outpatient consultations, vaccinations, antenatal check-ups and basic medicines.',
      ur: 'سرکاری بنیادی مرکز صحت جہاں او پی ڈی معائنہ، حفاظتی ٹیکے، دوران حمل معائنے اور بنیادی ادویات دستیاب ہیں۔',
      ps: 'سرکاري لومړنی روغتیايي مرکز چې سرپایي معاینه، واکسین، د امیندوارۍ پر مهال معاینې او اساسي درمل وړاندې کوي.',
    },
    tags: ['government', 'free', 'free-medicine', 'walk-in', 'rural', 'pashto-speaking'],
    attributes: { staff: [3, 8] },
    hours: { ranges: [['08:00', '14:00']] },
  },
  {
    category: 'health',
    title: {
      en: 'Rural Health Centre {place}',
      ur: 'دیہی مرکز صحت {place}',
      ps: 'د {place} کلیوال روغتیايي مرکز',
    },
    summary: {
      en: 'Rural health centre with a small inpatient ward, a labour room, laboratory tests and an emergency room open day and night.',
      ur: 'دیہی مرکز صحت جس میں چھوٹا داخلہ وارڈ، زچگی کا کمرہ، لیبارٹری ٹیسٹ اور دن رات کھلا ایمرجنسی روم موجود ہے۔',
      ps: 'کلیوال روغتیايي مرکز چې کوچنی بستر وارډ، د زېږون خونه، لابراتواري ازموینې او شپه او ورځ پرانیستې بیړنۍ څانګه لري.',
    },
    tags: ['government', '24-hours', 'emergency', 'female-doctor', 'sehat-card', 'rural'],
    attributes: { beds: [10, 25], labourRoom: true },
    hours: '24h',
  },
  {
    category: 'health',
    title: {
      en: 'District Headquarters Hospital {district}',
      ur: 'ڈسٹرکٹ ہیڈکوارٹر ہسپتال {district}',
      ps: 'د {district} ضلعي مرکزي روغتون',
    },
    summary: {
      en: 'The main public hospital of the district, with specialist clinics, surgery, mother and child wards, and an emergency department.',
      ur: 'ضلع کا مرکزی سرکاری ہسپتال جہاں ماہر ڈاکٹروں کے کلینک، سرجری، زچہ و بچہ وارڈ اور شعبہ حادثات موجود ہیں۔',
      ps: 'د ضلعې اصلي سرکاري روغتون چې متخصص کلینیکونه، جراحي، د مور او ماشوم وارډونه او بیړنۍ څانګه لري.',
    },
    statusWeights: { active: 0.95, unverified: 0.05 },
    tags: [
      'government',
      '24-hours',
      'emergency',
      'sehat-card',
      'female-doctor',
      'wheelchair-accessible',
      'urban',
    ],
    attributes: { beds: [120, 400], specialistClinics: [5, 14] },
    hours: '24h',
  },
  {
    category: 'health',
    title: {
      en: 'Mother and Child Health Centre {place}',
      ur: 'زچہ و بچہ مرکز صحت {place}',
      ps: 'د {place} د مور او ماشوم روغتیايي مرکز',
    },
    summary: {
      en: 'Care during pregnancy and after birth, safe deliveries by trained midwives, family planning advice and child growth monitoring.',
      ur: 'دوران حمل اور زچگی کے بعد کی دیکھ بھال، تربیت یافتہ مڈوائف کے ذریعے محفوظ زچگی، خاندانی منصوبہ بندی کے مشورے اور بچوں کی نشوونما کی نگرانی۔',
      ps: 'د امیندوارۍ پر مهال او له زېږون وروسته پاملرنه، د روزل شویو قابلو له خوا خوندي زېږون، د کورنۍ د تنظیم مشورې او د ماشومانو د ودې څارنه.',
    },
    tags: ['for-women', 'for-children', 'women-only-staff', 'female-doctor', 'free', 'government'],
    attributes: { midwives: [2, 6] },
    hours: { ranges: [['08:00', '16:00']] },
  },
  {
    category: 'health',
    title: {
      en: 'Mobile Health Team, {place}',
      ur: 'موبائل ہیلتھ ٹیم، {place}',
      ps: 'د {place} ګرځنده روغتیايي ټیم',
    },
    summary: {
      en: 'A mobile team that visits remote villages on set days for check-ups, vaccinations, malnutrition screening and referrals to hospital.',
      ur: 'موبائل ٹیم جو مقررہ دنوں میں دور دراز دیہات کا دورہ کر کے معائنہ، حفاظتی ٹیکے، غذائی قلت کی جانچ اور ہسپتال ریفرل کی سہولت دیتی ہے۔',
      ps: 'ګرځنده ټیم چې په ټاکلو ورځو لرې پرتو کلیو ته ځي او معاینه، واکسین، د خوارځواکۍ ازموینه او روغتون ته لېږل ترسره کوي.',
    },
    tags: ['mobile-unit', 'free', 'rural', 'ngo', 'pashto-speaking', 'female-doctor'],
    attributes: { villagesCovered: [5, 20] },
    hours: { ranges: [['09:00', '15:00']], days: ['mon', 'thu'] },
  },
  {
    category: 'health',
    title: {
      en: 'Vaccination Centre {place}',
      ur: 'حفاظتی ٹیکوں کا مرکز {place}',
      ps: 'د {place} د واکسین مرکز',
    },
    summary: {
      en: 'Routine childhood immunisation, polio drops and tetanus vaccines for women of child-bearing age.',
      ur: 'بچوں کے معمول کے حفاظتی ٹیکے، پولیو کے قطرے اور تولیدی عمر کی خواتین کے لیے تشنج کے ٹیکے۔',
      ps: 'د ماشومانو معمول واکسینونه، د پولیو څاڅکي او د زېږون په عمر کې ښځو لپاره د ټیټانوس واکسین.',
    },
    tags: ['government', 'free', 'for-children', 'for-women', 'walk-in'],
    attributes: { vaccinators: [1, 3] },
    hours: { ranges: [['09:00', '13:00']] },
  },

  // ─── Education ────────────────────────────────────────────────────────────
  {
    category: 'education',
    title: {
      en: 'Government Girls Primary School {place}',
      ur: 'گورنمنٹ گرلز پرائمری اسکول {place}',
      ps: 'د {place} د نجونو سرکاري لومړنی ښوونځی',
    },
    summary: {
      en: 'Free primary schooling for girls from class one to class five, with free textbooks from the government.',
      ur: 'لڑکیوں کے لیے پہلی سے پانچویں جماعت تک مفت پرائمری تعلیم، حکومت کی طرف سے مفت درسی کتب کے ساتھ۔',
      ps: 'د نجونو لپاره له لومړي تر پنځم ټولګي پورې وړیا لومړنۍ زده کړه، د حکومت له خوا له وړیا درسي کتابونو سره.',
    },
    tags: ['government', 'free', 'for-children', 'women-only-staff'],
    attributes: { grades: '1–5', enrolment: [60, 350], teachers: [2, 8] },
  },
  {
    category: 'education',
    title: {
      en: 'Government Boys High School {place}',
      ur: 'گورنمنٹ ہائی اسکول برائے طلبہ {place}',
      ps: 'د {place} د هلکانو سرکاري عالي ښوونځی',
    },
    summary: {
      en: 'Secondary schooling for boys in classes six to ten, preparing students for the matriculation examination, with a science laboratory.',
      ur: 'لڑکوں کے لیے چھٹی سے دسویں جماعت تک ثانوی تعلیم اور میٹرک کے امتحان کی تیاری، سائنس لیبارٹری کے ساتھ۔',
      ps: 'د هلکانو لپاره له شپږم تر لسم ټولګي پورې ثانوي زده کړه او د میټرک ازموینې ته چمتووالی، له ساینس لابراتوار سره.',
    },
    tags: ['government', 'free', 'for-children', 'urban'],
    attributes: { grades: '6–10', enrolment: [200, 900], scienceLab: true },
  },
  {
    category: 'education',
    title: { en: 'Community School {place}', ur: 'کمیونٹی اسکول {place}', ps: 'د {place} ټولنیز ښوونځی' },
    summary: {
      en: 'A one-room community school held in a local hujra or home, for children who live too far from a government school.',
      ur: 'ایک کمرے کا کمیونٹی اسکول جو کسی مقامی حجرے یا گھر میں چلتا ہے، ان بچوں کے لیے جن کا سرکاری اسکول بہت دور ہے۔',
      ps: 'یوه خونه لرونکی ټولنیز ښوونځی چې په یوه سیمه ییزه حجره یا کور کې چلېږي، د هغو ماشومانو لپاره چې سرکاري ښوونځی ترې ډېر لرې دی.',
    },
    tags: ['community-run', 'ngo', 'free', 'for-children', 'rural'],
    attributes: { enrolment: [15, 60], teachers: 1 },
  },
  {
    category: 'education',
    title: {
      en: 'Adult Literacy Centre {place}',
      ur: 'مرکز تعلیم بالغاں {place}',
      ps: 'د {place} د لویانو د سواد زده کړې مرکز',
    },
    summary: {
      en: 'Afternoon reading, writing and arithmetic classes for adults, with separate classes for women taught by women teachers.',
      ur: 'بالغوں کے لیے سہ پہر کو لکھنے پڑھنے اور حساب کی کلاسیں، خواتین کے لیے خواتین اساتذہ کے ساتھ الگ کلاسیں۔',
      ps: 'د لویانو لپاره د ماسپښین د لیک لوست او حساب ټولګي، او د ښځو لپاره جلا ټولګي چې ښځینه ښوونکې یې تدریسوي.',
    },
    tags: ['free', 'for-women', 'women-only-staff', 'walk-in', 'community-run'],
    attributes: { courseLengthMonths: [3, 6] },
    hours: { ranges: [['15:00', '17:00']], days: ['mon', 'tue', 'wed', 'thu', 'sat'] },
  },
  {
    category: 'education',
    title: {
      en: 'Accelerated Learning Centre {place}',
      ur: 'تیز رفتار تعلیمی مرکز {place}',
      ps: 'د {place} د چټکې زده کړې مرکز',
    },
    summary: {
      en: 'An accelerated learning programme that lets out-of-school children aged 10 to 16 finish primary school in about two and a half years.',
      ur: 'تیز رفتار تعلیمی پروگرام جس کے ذریعے اسکول سے باہر 10 سے 16 سال کے بچے تقریباً اڑھائی سال میں پرائمری تعلیم مکمل کر سکتے ہیں۔',
      ps: 'د چټکې زده کړې پروګرام چې له ښوونځي بهر پاتې 10 تر 16 کلن ماشومان پکې په شاوخوا دوه نیمو کلونو کې لومړنۍ زده کړه بشپړوي.',
    },
    tags: ['ngo', 'free', 'for-children', 'for-refugees', 'registration-required'],
    attributes: { ageRange: '10–16', enrolment: [20, 40] },
  },

  // ─── Water and sanitation ─────────────────────────────────────────────────
  {
    category: 'water-sanitation',
    title: {
      en: 'Water Filtration Plant {place}',
      ur: 'واٹر فلٹریشن پلانٹ {place}',
      ps: 'د {place} د څښاک د اوبو د تصفیې پلانټ',
    },
    summary: {
      en: 'Community filtration plant giving clean drinking water free of charge; bring your own container. The water is tested every month.',
      ur: 'کمیونٹی فلٹریشن پلانٹ جہاں پینے کا صاف پانی مفت ملتا ہے؛ اپنا برتن ساتھ لائیں۔ پانی کا ہر ماہ معائنہ کیا جاتا ہے۔',
      ps: 'ټولنیز پلانټ چې د څښاک پاکې اوبه وړیا ورکوي؛ خپل لوښی له ځانه سره راوړئ. اوبه هره میاشت ازمویل کېږي.',
    },
    tags: ['free', 'community-run', 'walk-in', 'urban'],
    attributes: { litresPerDay: [2000, 12000] },
    hours: { ranges: [['07:00', '19:00']], days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
  },
  {
    category: 'water-sanitation',
    title: {
      en: 'Community Hand Pump, {place}',
      ur: 'کمیونٹی ہینڈ پمپ، {place}',
      ps: 'د {place} ټولنیز لاسي پمپ',
    },
    summary: {
      en: 'Hand pump and storage tank looked after by the village water committee. Report breakdowns to the committee chairman.',
      ur: 'ہینڈ پمپ اور پانی کی ٹینکی جس کی دیکھ بھال گاؤں کی واٹر کمیٹی کرتی ہے۔ خرابی کی اطلاع کمیٹی کے چیئرمین کو دیں۔',
      ps: 'لاسي پمپ او د اوبو ټانکۍ چې د کلي د اوبو کمېټه یې ساتنه کوي. د خرابۍ په صورت کې د کمېټې مشر ته خبر ورکړئ.',
    },
    tags: ['free', 'community-run', 'rural', '24-hours'],
    attributes: { depthMetres: [30, 120], households: [20, 150] },
  },
  {
    category: 'water-sanitation',
    title: { en: 'Public Toilets, {place}', ur: 'عوامی بیت الخلا، {place}', ps: 'د {place} عامه تشنابونه' },
    summary: {
      en: 'Public toilets with separate sections for women and men, hand-washing basins and a ramp for wheelchair users.',
      ur: 'عوامی بیت الخلا جن میں خواتین اور مردوں کے لیے الگ حصے، ہاتھ دھونے کے بیسن اور وہیل چیئر کے لیے ریمپ موجود ہے۔',
      ps: 'عامه تشنابونه چې د ښځو او نارینو لپاره جلا برخې، د لاس مینځلو ځایونه او د ویلچیر لپاره ریمپ لري.',
    },
    tags: ['free', 'wheelchair-accessible', 'urban', 'walk-in'],
    attributes: { cubicles: [4, 12] },
    hours: { ranges: [['06:00', '22:00']], days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
  },
  {
    category: 'water-sanitation',
    title: {
      en: 'Hygiene Kit Distribution, {place}',
      ur: 'حفظان صحت کٹس کی تقسیم، {place}',
      ps: 'د {place} د حفظ الصحې کڅوړو وېش',
    },
    summary: {
      en: 'Hygiene kits with soap, jerrycans, sanitary pads and water purification tablets for flood-affected and displaced families.',
      ur: 'سیلاب سے متاثرہ اور بے گھر خاندانوں کے لیے صابن، جیری کین، سینیٹری پیڈز اور پانی صاف کرنے کی گولیوں پر مشتمل حفظان صحت کٹس۔',
      ps: 'د سېلاب ځپلو او بې ځایه شویو کورنیو لپاره د حفظ الصحې کڅوړې چې صابون، ګیلنونه، سینیټري پېډونه او د اوبو د پاکولو ګولۍ پکې دي.',
    },
    statusWeights: { active: 0.5, 'temporarily-closed': 0.3, closed: 0.1, unverified: 0.1 },
    tags: ['ngo', 'free', 'for-idps', 'for-women', 'seasonal', 'registration-required'],
    attributes: { kitsPerFamily: 1, familiesServed: [100, 1500] },
  },
  {
    category: 'water-sanitation',
    title: {
      en: 'Water Supply Scheme {place}',
      ur: 'واٹر سپلائی اسکیم {place}',
      ps: 'د {place} د اوبو رسولو سکیم',
    },
    summary: {
      en: 'Piped water supply scheme run by the Public Health Engineering Department; apply for new connections and make complaints at the scheme office.',
      ur: 'محکمہ پبلک ہیلتھ انجینئرنگ کے زیر انتظام پائپ کے ذریعے پانی کی فراہمی کی اسکیم؛ نئے کنکشن اور شکایات کے لیے اسکیم کے دفتر سے رجوع کریں۔',
      ps: 'د عامې روغتیا د انجینرۍ د محکمې تر لاس لاندې د نلونو له لارې د اوبو رسولو سکیم؛ د نوي کنکشن او شکایتونو لپاره د سکیم دفتر ته ورشئ.',
    },
    tags: ['government', 'cnic-required', 'rural'],
    attributes: { connections: [50, 800], supplyHours: ['06:00-09:00', '17:00-19:00'] },
  },

  // ─── Shelter ──────────────────────────────────────────────────────────────
  {
    category: 'shelter',
    title: {
      en: "Dar-ul-Aman Women's Shelter, {district}",
      ur: 'دارالامان برائے خواتین، {district}',
      ps: 'د {district} د ښځو دارالامان',
    },
    summary: {
      en: 'Government-run safe residence for women and their young children escaping violence, with legal, medical and counselling support.',
      ur: 'تشدد سے بچ کر آنے والی خواتین اور ان کے چھوٹے بچوں کے لیے سرکاری محفوظ رہائش گاہ، جہاں قانونی، طبی اور نفسیاتی مشاورت کی سہولت بھی ہے۔',
      ps: 'له تاوتریخوالي تښتېدلو ښځو او د هغوی د کوچنیو ماشومانو لپاره سرکاري خوندي استوګنځی، چې قانوني، طبي او رواني مشورې اسانتیاوې هم لري.',
    },
    statusWeights: { active: 0.9, unverified: 0.1 },
    tags: ['government', 'for-women', 'women-only-staff', 'confidential', '24-hours', 'free'],
    attributes: { capacity: [20, 60] },
  },
  {
    category: 'shelter',
    title: {
      en: 'Emergency Shelter Camp, {place}',
      ur: 'ہنگامی پناہ گاہ کیمپ، {place}',
      ps: 'د {place} بیړني سرپناه کمپ',
    },
    summary: {
      en: 'Tented camp for families displaced by floods or conflict, with water points, latrines and a registration desk.',
      ur: 'سیلاب یا بدامنی سے بے گھر ہونے والے خاندانوں کے لیے خیمہ بستی، جہاں پانی کے مقامات، بیت الخلا اور رجسٹریشن ڈیسک موجود ہیں۔',
      ps: 'د سېلاب یا ناامنۍ له امله بې ځایه شویو کورنیو لپاره د خېمو کمپ، چې د اوبو ځایونه، تشنابونه او د نوم لیکنې مېز لري.',
    },
    statusWeights: { active: 0.35, 'temporarily-closed': 0.3, closed: 0.3, unverified: 0.05 },
    tags: ['for-idps', 'free', 'registration-required', 'seasonal', 'emergency', 'government'],
    attributes: { tents: [50, 400], families: [40, 350] },
  },
  {
    category: 'shelter',
    title: { en: 'Panahgah Night Shelter, {place}', ur: 'پناہ گاہ، {place}', ps: 'د {place} د شپې پناځای' },
    summary: {
      en: 'Free night shelter for homeless people and travelling labourers, with bedding, an evening meal and breakfast.',
      ur: 'بے گھر افراد اور مسافر مزدوروں کے لیے رات گزارنے کی مفت جگہ، بستر، رات کے کھانے اور ناشتے کے ساتھ۔',
      ps: 'د بې کوره خلکو او مسافرو کارګرو لپاره د شپې تېرولو وړیا ځای، له بستر، د شپې ډوډۍ او سهارني سره.',
    },
    tags: ['government', 'free', 'walk-in', 'urban', 'cnic-required'],
    attributes: { beds: [30, 100] },
    hours: {
      ranges: [
        ['00:00', '08:00'],
        ['18:00', '24:00'],
      ],
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    },
  },
  {
    category: 'shelter',
    title: {
      en: 'House Repair Support, {place}',
      ur: 'گھروں کی مرمت میں معاونت، {place}',
      ps: 'د {place} د کورونو د ترمیم ملاتړ',
    },
    summary: {
      en: 'Building materials and cash grants to repair homes damaged by floods or earthquakes; a technical team checks the damage first.',
      ur: 'سیلاب یا زلزلے سے متاثرہ گھروں کی مرمت کے لیے تعمیراتی سامان اور نقد امداد؛ پہلے تکنیکی ٹیم نقصان کا جائزہ لیتی ہے۔',
      ps: 'د سېلاب یا زلزلې ځپلو کورونو د ترمیم لپاره ودانیز توکي او نغدي مرسته؛ لومړی تخنیکي ټیم زیان ګوري.',
    },
    statusWeights: { active: 0.55, 'temporarily-closed': 0.2, closed: 0.15, unverified: 0.1 },
    tags: ['ngo', 'for-idps', 'registration-required', 'cnic-required', 'rural'],
    attributes: { grantPkr: [50000, 200000] },
  },
  {
    category: 'shelter',
    title: {
      en: 'Refugee Village Support Office, {place}',
      ur: 'مہاجر بستی معاونتی دفتر، {place}',
      ps: 'د {place} د کډوالو د کلي د ملاتړ دفتر',
    },
    summary: {
      en: 'Information and help for residents of the refugee village: shelter upkeep, water, schooling and referrals to legal aid.',
      ur: 'مہاجر بستی کے رہائشیوں کے لیے معلومات اور مدد: رہائش کی دیکھ بھال، پانی، تعلیم اور قانونی امداد کے لیے رہنمائی۔',
      ps: 'د کډوالو د کلي اوسېدونکو لپاره معلومات او مرسته: د استوګنې ساتنه، اوبه، زده کړه او قانوني مرستې ته لارښوونه.',
    },
    tags: ['for-refugees', 'un-agency', 'pashto-speaking', 'walk-in'],
    attributes: { households: [200, 3000] },
    hours: { ranges: [['09:00', '15:00']] },
    languages: ['ps', 'ur', 'other'],
  },

  // ─── Legal aid ────────────────────────────────────────────────────────────
  {
    category: 'legal-aid',
    title: {
      en: 'Legal Aid Desk, District Courts {district}',
      ur: 'لیگل ایڈ ڈیسک، ضلع کچہری {district}',
      ps: 'د {district} د ضلعي محکمو د قانوني مرستې مېز',
    },
    summary: {
      en: 'Free advice from lawyers on bail, family and property cases, and a free lawyer for people who cannot pay the fee.',
      ur: 'وکلاء کی جانب سے ضمانت، عائلی اور جائیداد کے مقدمات پر مفت مشورہ، اور فیس ادا نہ کر سکنے والوں کے لیے مفت وکیل۔',
      ps: 'د وکیلانو له خوا د ضمانت، کورنیو او ملکیت د قضیو په اړه وړیا مشوره، او د هغو کسانو لپاره وړیا وکیل چې فیس نشي ورکولی.',
    },
    tags: ['free', 'government', 'walk-in', 'urdu-speaking', 'pashto-speaking'],
    attributes: { lawyersOnDuty: [1, 4] },
    hours: { ranges: [['09:00', '13:00']] },
  },
  {
    category: 'legal-aid',
    title: {
      en: "Women's Legal Help Centre, {place}",
      ur: 'خواتین کے لیے قانونی مدد کا مرکز، {place}',
      ps: 'د {place} د ښځو لپاره د قانوني مرستې مرکز',
    },
    summary: {
      en: 'Confidential help from women lawyers on inheritance, dower (haq mehr), maintenance, child custody and protection orders.',
      ur: 'خواتین وکلاء کی جانب سے وراثت، حق مہر، نان نفقہ، بچوں کی حوالگی اور تحفظ کے احکامات سے متعلق رازدارانہ مدد۔',
      ps: 'د ښځینه وکیلانو له خوا د میراث، مهر، نفقې، د ماشومانو د حضانت او محافظتي حکمونو په اړه محرمانه مرسته.',
    },
    tags: ['for-women', 'women-only-staff', 'confidential', 'free', 'ngo', 'appointment-needed'],
    attributes: {},
    hours: { ranges: [['10:00', '16:00']] },
  },
  {
    category: 'legal-aid',
    title: {
      en: 'Refugee Legal Assistance Centre, {place}',
      ur: 'مہاجرین کے لیے قانونی معاونت کا مرکز، {place}',
      ps: 'د {place} د کډوالو لپاره د قانوني مرستې مرکز',
    },
    summary: {
      en: 'Advice for Afghan refugees and people without documents on PoR cards, arrest and detention, and voluntary return, with Dari and Pashto interpreters.',
      ur: 'افغان مہاجرین اور بغیر دستاویزات افراد کے لیے پی او آر کارڈ، گرفتاری و حراست اور رضاکارانہ واپسی سے متعلق مشورہ، دری اور پشتو مترجمین کے ساتھ۔',
      ps: 'د افغان کډوالو او بې اسنادو کسانو لپاره د پي او آر کارډ، نیونې او توقیف او داوطلبانه راستنېدو په اړه مشوره، د دري او پښتو ژباړونکو سره.',
    },
    tags: ['for-refugees', 'free', 'un-agency', 'pashto-speaking', 'confidential', 'helpline'],
    attributes: {},
    hours: { ranges: [['09:00', '16:00']] },
    languages: ['ps', 'ur', 'other'],
  },
  {
    category: 'legal-aid',
    title: {
      en: 'Dispute Resolution Council, {place}',
      ur: 'مصالحتی کونسل (ڈی آر سی)، {place}',
      ps: 'د {place} د شخړو د حل شورا',
    },
    summary: {
      en: 'Police-backed council of local elders that settles land, money and family disputes free of charge, as an alternative to going to court.',
      ur: 'پولیس کی معاونت سے قائم مقامی عمائدین کی کونسل جو عدالت کے متبادل کے طور پر زمین، لین دین اور خاندانی تنازعات مفت نمٹاتی ہے۔',
      ps: 'د پولیسو په ملاتړ د سیمه ییزو مشرانو شورا چې د محکمې پر ځای د ځمکې، پیسو او کورنیو شخړې وړیا هواروي.',
    },
    tags: ['government', 'free', 'walk-in', 'pashto-speaking'],
    attributes: { members: [7, 21] },
    hours: { ranges: [['10:00', '14:00']], days: ['tue', 'sat'] },
  },
  {
    category: 'legal-aid',
    title: {
      en: 'Free Legal Clinic, {district} Bar Association',
      ur: 'مفت قانونی کلینک، ڈسٹرکٹ بار ایسوسی ایشن {district}',
      ps: 'د {district} د وکیلانو ټولنې وړیا قانوني کلینیک',
    },
    summary: {
      en: 'Weekly walk-in clinic where volunteer advocates explain your rights, write applications and help you register a police complaint (FIR).',
      ur: 'ہفتہ وار کلینک جہاں رضاکار وکلاء آپ کے حقوق سمجھاتے ہیں، درخواستیں لکھتے ہیں اور پولیس میں ایف آئی آر درج کرانے میں مدد کرتے ہیں۔',
      ps: 'اوونیز کلینیک چې داوطلب وکیلان پکې ستاسو حقونه درته بیانوي، غوښتنلیکونه لیکي او پولیسو ته د شکایت (ایف آی آر) په ثبتولو کې مرسته کوي.',
    },
    tags: ['free', 'walk-in', 'community-run', 'urdu-speaking', 'pashto-speaking'],
    attributes: {},
    hours: { ranges: [['14:00', '17:00']], days: ['thu'] },
  },

  // ─── Food ─────────────────────────────────────────────────────────────────
  {
    category: 'food',
    title: {
      en: 'Ration Distribution Point, {place}',
      ur: 'راشن کی تقسیم کا مرکز، {place}',
      ps: 'د {place} د راشن د وېش ځای',
    },
    summary: {
      en: 'Monthly food baskets of flour, rice, lentils, cooking oil and tea for registered households in need.',
      ur: 'رجسٹرڈ مستحق گھرانوں کے لیے آٹے، چاول، دال، خوردنی تیل اور چائے پر مشتمل ماہانہ راشن۔',
      ps: 'د نوم لیکل شویو اړو کورنیو لپاره میاشتنی راشن چې اوړه، وریژې، دال، د پخلي غوړي او چای پکې شامل دي.',
    },
    tags: ['ngo', 'free', 'registration-required', 'cnic-required', 'for-idps'],
    attributes: { basketKg: [40, 60], householdsServed: [150, 2000] },
  },
  {
    category: 'food',
    title: {
      en: 'Langar Khana (Free Kitchen), {place}',
      ur: 'لنگر خانہ، {place}',
      ps: 'د {place} لنګر خانه',
    },
    summary: {
      en: 'Free hot meals twice a day for anyone in need, no questions asked; women and families are served in a separate area.',
      ur: 'ہر ضرورت مند کے لیے دن میں دو بار مفت گرم کھانا، بغیر کسی پوچھ گچھ کے؛ خواتین اور خاندانوں کے لیے الگ جگہ موجود ہے۔',
      ps: 'هر اړمن ته په ورځ کې دوه ځله وړیا ګرمه ډوډۍ، له پوښتنې ګروېږنې پرته؛ ښځو او کورنیو ته جلا ځای شته.',
    },
    tags: ['free', 'walk-in', 'community-run', 'urban', 'open-sundays'],
    attributes: { mealsPerDay: [150, 800] },
    hours: {
      ranges: [
        ['12:30', '14:00'],
        ['19:00', '20:30'],
      ],
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    },
  },
  {
    category: 'food',
    title: {
      en: 'Child Nutrition Centre, {place}',
      ur: 'بچوں کی غذائیت کا مرکز، {place}',
      ps: 'د {place} د ماشومانو د تغذیې مرکز',
    },
    summary: {
      en: 'Malnutrition screening for children under five and for pregnant and breastfeeding women, with ready-to-use therapeutic food.',
      ur: 'پانچ سال سے کم عمر بچوں اور حاملہ و دودھ پلانے والی خواتین میں غذائی قلت کی جانچ، اور علاج کے لیے تیار غذا کی فراہمی۔',
      ps: 'له پنځو کلونو د کشرو ماشومانو او امیندوارو او شیدې ورکوونکو میندو د خوارځواکۍ معاینه، او د درملنې لپاره چمتو خواړه.',
    },
    tags: ['free', 'for-children', 'for-women', 'un-agency', 'walk-in'],
    attributes: { ageMonths: '6–59' },
    hours: { ranges: [['09:00', '14:00']] },
  },
  {
    category: 'food',
    title: {
      en: 'Subsidised Flour Sale Point, {place}',
      ur: 'سستے آٹے کا سیل پوائنٹ، {place}',
      ps: 'د {place} د ارزانه اوړو د پلور ځای',
    },
    summary: {
      en: 'Government-subsidised wheat flour sold at a fixed price in 10 kg and 20 kg bags; bring your CNIC.',
      ur: 'حکومت کی طرف سے رعایتی گندم کا آٹا 10 اور 20 کلو کے تھیلوں میں مقررہ قیمت پر؛ اپنا شناختی کارڈ ساتھ لائیں۔',
      ps: 'د حکومت له خوا ارزانه شوي د غنمو اوړه په ټاکلې بیه، په 10 او 20 کیلویي کڅوړو کې؛ خپل شناختي کارډ له ځانه سره راوړئ.',
    },
    statusWeights: { active: 0.5, 'temporarily-closed': 0.3, closed: 0.1, unverified: 0.1 },
    tags: ['government', 'cnic-required', 'walk-in', 'seasonal'],
    attributes: { bagSizesKg: ['10', '20'], bagsPerCnic: 1 },
  },
  {
    category: 'food',
    title: {
      en: 'Ramadan Food Package Distribution, {place}',
      ur: 'رمضان راشن پیکج کی تقسیم، {place}',
      ps: 'د {place} د روژې د خوړو کڅوړو وېش',
    },
    summary: {
      en: 'Food packages for widows, orphans and low-income families during Ramadan; register with the local committee in Shaban.',
      ur: 'رمضان کے دوران بیواؤں، یتیموں اور کم آمدنی والے خاندانوں کے لیے راشن پیکج؛ شعبان میں مقامی کمیٹی کے پاس اندراج کرائیں۔',
      ps: 'د روژې په میاشت کې کونډو، یتیمانو او کم عاید لرونکو کورنیو ته د خوړو کڅوړې؛ د شعبان په میاشت کې له سیمه ییزې کمېټې سره نوم ولیکئ.',
    },
    statusWeights: { active: 0.2, 'temporarily-closed': 0.6, unverified: 0.2 },
    tags: ['seasonal', 'free', 'registration-required', 'community-run', 'for-women'],
    attributes: { packagesPerYear: [100, 1200] },
  },

  // ─── Livelihoods ──────────────────────────────────────────────────────────
  {
    category: 'livelihoods',
    title: {
      en: 'Government Technical and Vocational Centre, {place}',
      ur: 'گورنمنٹ ٹیکنیکل اینڈ ووکیشنل سنٹر، {place}',
      ps: 'د {place} سرکاري تخنیکي او مسلکي مرکز',
    },
    summary: {
      en: 'Six-month certified courses in electrical wiring, welding, plumbing, auto mechanics and computer skills, with a monthly stipend.',
      ur: 'بجلی کی وائرنگ، ویلڈنگ، پلمبنگ، آٹو مکینک اور کمپیوٹر کی مہارتوں میں چھ ماہ کے سند یافتہ کورسز، ماہانہ وظیفے کے ساتھ۔',
      ps: 'د برېښنا د وایرنګ، ویلډینګ، پلمبنګ، موټر میخانیکۍ او کمپیوټر مهارتونو شپږ میاشتني تصدیق شوي کورسونه، له میاشتنۍ وظیفې سره.',
    },
    tags: ['government', 'free', 'registration-required', 'cnic-required', 'urban'],
    attributes: { courseLengthMonths: 6, seats: [20, 120], stipendPkr: [3000, 5000] },
  },
  {
    category: 'livelihoods',
    title: {
      en: "Women's Skills and Embroidery Centre, {place}",
      ur: 'خواتین کا ہنر اور کڑھائی مرکز، {place}',
      ps: 'د {place} د ښځو د مهارتونو او ګلدوزۍ مرکز',
    },
    summary: {
      en: 'Tailoring, embroidery and small-business training for women, taught by women, with help selling products in local markets.',
      ur: 'خواتین کے لیے سلائی، کڑھائی اور چھوٹے کاروبار کی تربیت، خواتین اساتذہ کے ذریعے، اور مقامی بازاروں میں مصنوعات بیچنے میں مدد۔',
      ps: 'د ښځو لپاره د خیاطۍ، ګلدوزۍ او کوچني کاروبار روزنه چې ښځینه ښوونکې یې ورکوي، او په سیمه ییزو بازارونو کې د محصولاتو په پلور کې مرسته.',
    },
    tags: ['for-women', 'women-only-staff', 'free', 'ngo', 'rural'],
    attributes: { courseLengthMonths: [3, 6], trainees: [15, 40] },
  },
  {
    category: 'livelihoods',
    title: {
      en: 'Job Placement Desk, {district}',
      ur: 'روزگار معلوماتی ڈیسک، {district}',
      ps: 'د {district} د دندو د معلوماتو مېز',
    },
    summary: {
      en: 'Help writing a CV, registering for local and overseas jobs, and finding apprenticeships with local employers.',
      ur: 'سی وی بنانے، مقامی اور بیرون ملک ملازمتوں کے لیے اندراج، اور مقامی آجروں کے ہاں اپرنٹس شپ تلاش کرنے میں مدد۔',
      ps: 'د سي وي په لیکلو، د کورنیو او بهرنیو دندو لپاره په نوم لیکنه، او له سیمه ییزو کارګمارونکو سره د کار زده کړې په موندلو کې مرسته.',
    },
    tags: ['government', 'free', 'walk-in', 'urdu-speaking', 'english-speaking', 'online'],
    attributes: {},
    hours: { ranges: [['09:00', '15:00']] },
  },
  {
    category: 'livelihoods',
    title: {
      en: 'Interest-free Loans Office, {place}',
      ur: 'بلاسود قرضوں کا دفتر، {place}',
      ps: 'د {place} د بې سوده پورونو دفتر',
    },
    summary: {
      en: 'Small interest-free loans (qarz-e-hasana) for families starting or growing a small business, repaid in monthly instalments.',
      ur: 'چھوٹا کاروبار شروع کرنے یا بڑھانے والے خاندانوں کے لیے بلاسود قرض (قرض حسنہ)، جو ماہانہ اقساط میں واپس کیا جاتا ہے۔',
      ps: 'هغو کورنیو ته بې سوده کوچني پورونه (قرض حسنه) چې کوچنی کاروبار پیلوي یا یې پراخوي، او په میاشتنیو قسطونو بېرته ورکول کېږي.',
    },
    tags: ['ngo', 'cnic-required', 'registration-required', 'for-women'],
    attributes: { loanPkr: [30000, 150000], repaymentMonths: [12, 24] },
  },
  {
    category: 'livelihoods',
    title: {
      en: 'Agriculture Extension Office, {place}',
      ur: 'زرعی توسیعی دفتر، {place}',
      ps: 'د {place} د کرنې د پراختیايي خدمتونو دفتر',
    },
    summary: {
      en: 'Advice for farmers on seed, fertiliser and pest control, subsidised seed, and livestock vaccination campaigns.',
      ur: 'کسانوں کے لیے بیج، کھاد اور کیڑوں کے تدارک سے متعلق مشورے، رعایتی بیج اور مویشیوں کی ویکسینیشن مہمات۔',
      ps: 'بزګرانو ته د تخم، سرې او د آفتونو د مخنیوي په اړه مشورې، ارزانه تخم او د څارویو د واکسین کمپاینونه.',
    },
    tags: ['government', 'free', 'rural', 'pashto-speaking', 'seasonal'],
    attributes: { fieldAssistants: [1, 5] },
    hours: { ranges: [['08:00', '14:00']] },
  },

  // ─── Women and child protection ───────────────────────────────────────────
  {
    category: 'protection',
    title: {
      en: 'Women and Girls Safe Space, {place}',
      ur: 'خواتین اور لڑکیوں کے لیے محفوظ مقام، {place}',
      ps: 'د {place} د ښځو او نجونو لپاره خوندي ځای',
    },
    summary: {
      en: 'A women-only space for support groups, counselling and skills activities, with confidential referrals for survivors of violence.',
      ur: 'صرف خواتین کے لیے جگہ جہاں سپورٹ گروپس، مشاورت اور ہنر کی سرگرمیاں ہوتی ہیں، اور تشدد سے متاثرہ خواتین کو رازدارانہ طور پر آگے بھیجا جاتا ہے۔',
      ps: 'یوازې د ښځو لپاره ځای چې د ملاتړ ډلې، مشوره او د مهارتونو فعالیتونه پکې کېږي، او د تاوتریخوالي ځپلې ښځې په محرمانه ډول نورو خدمتونو ته لېږل کېږي.',
    },
    tags: ['for-women', 'women-only-staff', 'confidential', 'ngo', 'walk-in', 'free'],
    attributes: { caseWorkers: [1, 4] },
    hours: { ranges: [['09:00', '15:00']] },
  },
  {
    category: 'protection',
    title: {
      en: 'Child Protection Unit, {district}',
      ur: 'چائلڈ پروٹیکشن یونٹ، {district}',
      ps: 'د {district} د ماشومانو د ساتنې واحد',
    },
    summary: {
      en: 'Social Welfare Department unit handling cases of child abuse, child labour, missing children and children living on the street.',
      ur: 'محکمہ سماجی بہبود کا یونٹ جو بچوں سے زیادتی، چائلڈ لیبر، گمشدہ بچوں اور سڑکوں پر رہنے والے بچوں کے کیسز دیکھتا ہے۔',
      ps: 'د ټولنیزې هوساینې د محکمې واحد چې د ماشومانو سره د ناوړه چلند، د ماشومانو د مشقت، ورکو ماشومانو او په سړکونو ژوند کوونکو ماشومانو قضیې څاري.',
    },
    tags: ['government', 'for-children', 'confidential', 'helpline', 'free'],
    attributes: { caseWorkers: [2, 8] },
  },
  {
    category: 'protection',
    title: {
      en: 'Women Police Desk, {place} Police Station',
      ur: 'خواتین پولیس ڈیسک، تھانہ {place}',
      ps: 'د {place} تانې د ښځینه پولیسو مېز',
    },
    summary: {
      en: 'A desk staffed by women police officers where women can report harassment or violence and get help filing a complaint.',
      ur: 'خواتین پولیس اہلکاروں پر مشتمل ڈیسک جہاں خواتین ہراسانی یا تشدد کی رپورٹ کر سکتی ہیں اور شکایت درج کرانے میں مدد لے سکتی ہیں۔',
      ps: 'هغه مېز چې ښځینه پولیس پرې کار کوي او ښځې پکې د ځورونې یا تاوتریخوالي راپور ورکولی شي او د شکایت په ثبتولو کې مرسته ترلاسه کولی شي.',
    },
    tags: ['government', 'for-women', 'women-only-staff', '24-hours', 'confidential'],
    attributes: { officers: [2, 6] },
    hours: '24h',
  },
  {
    category: 'protection',
    title: {
      en: 'Child Friendly Space, {place}',
      ur: 'بچوں کے لیے دوستانہ مقام، {place}',
      ps: 'د {place} د ماشومانو لپاره دوستانه ځای',
    },
    summary: {
      en: 'Supervised play, learning and psychosocial activities for children aged 6 to 17 from displaced and host communities.',
      ur: 'بے گھر اور میزبان برادریوں کے 6 سے 17 سال کے بچوں کے لیے نگرانی میں کھیل، تعلیم اور نفسیاتی و سماجی سرگرمیاں۔',
      ps: 'د بې ځایه شویو او کوربه ټولنو د 6 تر 17 کلنو ماشومانو لپاره د څارنې لاندې لوبې، زده کړه او رواني-ټولنیز فعالیتونه.',
    },
    tags: ['for-children', 'ngo', 'free', 'for-idps', 'walk-in'],
    attributes: { ageRange: '6–17' },
    hours: { ranges: [['09:00', '13:00']] },
  },
  {
    category: 'protection',
    title: {
      en: 'Harassment Complaints Office, {district}',
      ur: 'ہراسانی کی شکایات کا دفتر، {district}',
      ps: 'د {district} د ځورونې د شکایتونو دفتر',
    },
    summary: {
      en: 'Takes complaints of harassment at work and in public places and forwards them to the Provincial Ombudsperson; complaints can also be made online.',
      ur: 'کام کی جگہ اور عوامی مقامات پر ہراسانی کی شکایات وصول کر کے صوبائی محتسب کو بھیجتا ہے؛ شکایت آن لائن بھی درج کی جا سکتی ہے۔',
      ps: 'د کار په ځای او عامه ځایونو کې د ځورونې شکایتونه ترلاسه کوي او صوبايي محتسب ته یې لېږي؛ شکایت آنلاین هم ثبتېدای شي.',
    },
    tags: ['government', 'for-women', 'confidential', 'online', 'free'],
    attributes: {},
    hours: { ranges: [['09:00', '16:00']] },
  },

  // ─── Disability services ──────────────────────────────────────────────────
  {
    category: 'disability',
    title: {
      en: 'Physical Rehabilitation Centre, {district}',
      ur: 'مرکز بحالی برائے جسمانی معذوری، {district}',
      ps: 'د {district} د جسمي بیارغونې مرکز',
    },
    summary: {
      en: 'Physiotherapy, artificial limbs, braces and wheelchairs fitted by trained technicians, free for those who cannot pay.',
      ur: 'فزیوتھراپی، مصنوعی اعضاء، بریسز اور وہیل چیئرز تربیت یافتہ ٹیکنیشنز کے ذریعے، نادار افراد کے لیے مفت۔',
      ps: 'فزیوتراپي، مصنوعي غړي، بریسونه او ویلچیرونه چې روزل شوي تخنیکران یې برابروي، د بې وسه خلکو لپاره وړیا.',
    },
    tags: ['for-persons-with-disabilities', 'wheelchair-accessible', 'free', 'appointment-needed', 'ngo'],
    attributes: { limbWorkshop: true },
    hours: { ranges: [['08:30', '15:30']] },
  },
  {
    category: 'disability',
    title: {
      en: 'Special Education Centre, {district}',
      ur: 'خصوصی تعلیم کا مرکز، {district}',
      ps: 'د {district} د ځانګړې زده کړې مرکز',
    },
    summary: {
      en: 'Schooling for children with hearing, visual, physical or intellectual disabilities, with school transport.',
      ur: 'سماعت، بصارت، جسمانی یا ذہنی معذوری کے شکار بچوں کے لیے تعلیم، اسکول ٹرانسپورٹ کی سہولت کے ساتھ۔',
      ps: 'د هغو ماشومانو لپاره زده کړه چې د اورېدو، لیدو، جسمي یا ذهني معلولیت لري، د ښوونځي د ټرانسپورټ له اسانتیا سره.',
    },
    tags: [
      'government',
      'free',
      'for-children',
      'for-persons-with-disabilities',
      'sign-language',
      'transport-provided',
    ],
    attributes: { enrolment: [40, 200], grades: '1–10' },
  },
  {
    category: 'disability',
    title: {
      en: 'Disability Certificate Office, {district}',
      ur: 'معذوری سرٹیفکیٹ دفتر، {district}',
      ps: 'د {district} د معلولیت د سند دفتر',
    },
    summary: {
      en: 'Assessment by a medical board and issue of the disability certificate needed for the special CNIC, the job quota and concessions.',
      ur: 'میڈیکل بورڈ کے ذریعے معائنہ اور معذوری سرٹیفکیٹ کا اجرا، جو خصوصی شناختی کارڈ، ملازمتوں کے کوٹے اور رعایتوں کے لیے ضروری ہے۔',
      ps: 'د طبي بورډ له خوا معاینه او د معلولیت د سند صادرول، چې د ځانګړي شناختي کارډ، د دندو د کوټې او اسانتیاوو لپاره اړین دی.',
    },
    tags: [
      'government',
      'free',
      'cnic-required',
      'appointment-needed',
      'wheelchair-accessible',
      'for-persons-with-disabilities',
    ],
    attributes: {},
    hours: { ranges: [['09:00', '14:00']] },
  },
  {
    category: 'disability',
    title: {
      en: 'Home-Based Rehabilitation Programme, {place}',
      ur: 'گھر پر بحالی کا پروگرام، {place}',
      ps: 'د {place} په کور کې د بیارغونې پروګرام',
    },
    summary: {
      en: 'Trained community workers visit homes to teach exercises, adapt the house and connect families with other services.',
      ur: 'تربیت یافتہ کمیونٹی کارکن گھروں پر جا کر ورزشیں سکھاتے ہیں، گھر کو معذور فرد کے لیے سہل بناتے ہیں اور خاندانوں کو دیگر خدمات سے جوڑتے ہیں۔',
      ps: 'روزل شوي ټولنیز کارکوونکي کورونو ته ځي، تمرینونه ورښيي، کور د معلول کس لپاره برابروي او کورنۍ له نورو خدمتونو سره نښلوي.',
    },
    tags: ['mobile-unit', 'ngo', 'free', 'rural', 'for-persons-with-disabilities', 'for-elderly'],
    attributes: { householdsVisited: [20, 120] },
  },

  // ─── Mental health ────────────────────────────────────────────────────────
  {
    category: 'mental-health',
    title: {
      en: 'Psychiatry Outpatient Clinic, {district}',
      ur: 'نفسیاتی امراض او پی ڈی، {district}',
      ps: 'د {district} د رواني ناروغیو سرپایي کلینیک',
    },
    summary: {
      en: 'Outpatient clinic at the district hospital for depression, anxiety, epilepsy and severe mental illness; free medicines for registered patients.',
      ur: 'ضلعی ہسپتال میں ڈپریشن، بے چینی، مرگی اور شدید ذہنی امراض کے لیے او پی ڈی؛ رجسٹرڈ مریضوں کے لیے مفت ادویات۔',
      ps: 'په ضلعي روغتون کې د خپګان، اندېښنې، مرګي او سختو رواني ناروغیو لپاره سرپایي کلینیک؛ د ثبت شویو ناروغانو لپاره وړیا درمل.',
    },
    tags: ['government', 'free-medicine', 'appointment-needed', 'sehat-card', 'confidential'],
    attributes: {},
    hours: { ranges: [['09:00', '13:00']], days: ['mon', 'wed', 'fri'] },
  },
  {
    category: 'mental-health',
    title: {
      en: 'Psychosocial Support Centre, {place}',
      ur: 'نفسیاتی و سماجی معاونت کا مرکز، {place}',
      ps: 'د {place} د رواني-ټولنیز ملاتړ مرکز',
    },
    summary: {
      en: 'Individual and group counselling by trained psychologists, with separate sessions for women led by women counsellors.',
      ur: 'تربیت یافتہ ماہرین نفسیات کے ذریعے انفرادی اور اجتماعی مشاورت، خواتین کے لیے خواتین مشیروں کے ساتھ الگ نشستیں۔',
      ps: 'د روزل شویو ارواپوهانو له خوا انفرادي او ډله ییزه مشوره، او د ښځو لپاره جلا غونډې چې ښځینه مشاوران یې پرمخ بیايي.',
    },
    tags: ['ngo', 'free', 'confidential', 'for-women', 'walk-in'],
    attributes: { psychologists: [1, 4] },
    hours: { ranges: [['09:00', '16:00']] },
  },
  {
    category: 'mental-health',
    title: {
      en: 'Tele-counselling Service, {district}',
      ur: 'ٹیلی کونسلنگ سروس، {district}',
      ps: 'د {district} ټیلیفوني مشورې خدمت',
    },
    summary: {
      en: 'Free, confidential counselling by phone in Pashto and Urdu for anyone in emotional distress, every day from 9 am to 9 pm.',
      ur: 'جذباتی پریشانی میں مبتلا ہر فرد کے لیے پشتو اور اردو میں فون پر مفت اور رازدارانہ مشاورت، روزانہ صبح 9 سے رات 9 بجے تک۔',
      ps: 'د رواني ستونزو سره مخ هر چا لپاره په پښتو او اردو ژبو ټیلیفوني وړیا او محرمانه مشوره، هره ورځ د سهار له 9 بجو د شپې تر 9 بجو.',
    },
    tags: ['helpline', 'free', 'confidential', 'pashto-speaking', 'urdu-speaking', 'open-sundays'],
    attributes: {},
    hours: { ranges: [['09:00', '21:00']], days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
    languages: ['ps', 'ur'],
  },
  {
    category: 'mental-health',
    title: {
      en: 'Drug Rehabilitation Centre, {district}',
      ur: 'منشیات کے عادی افراد کی بحالی کا مرکز، {district}',
      ps: 'د {district} د نشه يي توکو د روږدو کسانو د بیارغونې مرکز',
    },
    summary: {
      en: 'Residential detox and rehabilitation for people addicted to heroin, crystal meth (ice) and other drugs, with counselling for families.',
      ur: 'ہیروئن، آئس اور دیگر منشیات کے عادی افراد کے لیے رہائشی علاج اور بحالی، اہل خانہ کے لیے مشاورت کے ساتھ۔',
      ps: 'د هیروینو، آیس (کرسټال) او نورو نشه يي توکو د روږدو کسانو لپاره په مرکز کې د اوسېدو سره درملنه او بیارغونه، او د کورنیو لپاره مشوره.',
    },
    tags: ['government', 'free', 'confidential', 'registration-required'],
    attributes: { beds: [20, 80], programmeWeeks: [6, 12] },
    hours: '24h',
  },

  // ─── Emergency and disaster relief ────────────────────────────────────────
  {
    category: 'emergency-relief',
    title: {
      en: 'Rescue 1122 Station, {place}',
      ur: 'ریسکیو 1122 اسٹیشن، {place}',
      ps: 'د {place} د ریسکیو 1122 سټېشن',
    },
    summary: {
      en: 'Emergency ambulance, fire and rescue service; call 1122 free of charge from any phone, day or night.',
      ur: 'ہنگامی ایمبولینس، فائر اور ریسکیو سروس؛ کسی بھی فون سے دن ہو یا رات 1122 پر مفت کال کریں۔',
      ps: 'بیړنی امبولانس، اور وژنې او ژغورنې خدمت؛ له هر ټیلیفون څخه، د شپې یا ورځې، 1122 ته وړیا زنګ ووهئ.',
    },
    statusWeights: { active: 0.97, unverified: 0.03 },
    tags: ['government', 'free', '24-hours', 'emergency', 'helpline'],
    attributes: { ambulances: [2, 8], fireVehicles: [1, 4] },
    hours: '24h',
  },
  {
    category: 'emergency-relief',
    title: {
      en: 'Flood Relief Camp, {place}',
      ur: 'سیلاب زدگان کا امدادی کیمپ، {place}',
      ps: 'د {place} د سېلاب ځپلو د مرستې کمپ',
    },
    summary: {
      en: 'Temporary camp giving cooked food, drinking water, first aid and household items to families hit by monsoon floods.',
      ur: 'مون سون کے سیلاب سے متاثرہ خاندانوں کو پکا ہوا کھانا، پینے کا پانی، ابتدائی طبی امداد اور گھریلو سامان فراہم کرنے والا عارضی کیمپ۔',
      ps: 'لنډمهالی کمپ چې د مونسون د سېلابونو ځپلو کورنیو ته پاخه خواړه، د څښاک اوبه، لومړنۍ مرستې او د کور توکي ورکوي.',
    },
    statusWeights: { active: 0.3, 'temporarily-closed': 0.4, closed: 0.25, unverified: 0.05 },
    tags: ['seasonal', 'free', 'for-idps', 'emergency', 'government'],
    attributes: { families: [50, 600] },
  },
  {
    category: 'emergency-relief',
    title: {
      en: 'District Emergency Operations Centre, {district}',
      ur: 'ضلعی ایمرجنسی آپریشنز سنٹر، {district}',
      ps: 'د {district} د بیړنیو عملیاتو ضلعي مرکز',
    },
    summary: {
      en: 'Coordinates disaster response in the district with PDMA, issues early warnings of floods and heavy snow, and records damage claims.',
      ur: 'پی ڈی ایم اے کے ساتھ مل کر ضلع میں آفات سے نمٹنے کے اقدامات کو مربوط کرتا ہے، سیلاب اور شدید برفباری کی پیشگی وارننگ جاری کرتا ہے اور نقصانات کے دعوے درج کرتا ہے۔',
      ps: 'له پي ډي ایم اې سره په ګډه په ضلع کې د ناورینونو پر وړاندې غبرګون همغږي کوي، د سېلابونو او درنو واورو مخکینۍ خبرتیاوې خپروي او د زیانونو ادعاوې ثبتوي.',
    },
    tags: ['government', '24-hours', 'helpline', 'emergency'],
    attributes: {},
    hours: '24h',
  },
  {
    category: 'emergency-relief',
    title: {
      en: 'Relief Items Distribution, {place}',
      ur: 'امدادی سامان کی تقسیم، {place}',
      ps: 'د {place} د مرستندویه توکو وېش',
    },
    summary: {
      en: 'Blankets, quilts, kitchen sets, solar lamps and winter clothes for displaced and disaster-affected families.',
      ur: 'بے گھر اور آفت زدہ خاندانوں کے لیے کمبل، رضائیاں، باورچی خانے کے برتن، شمسی لیمپ اور سردیوں کے کپڑے۔',
      ps: 'د بې ځایه شویو او ناورین ځپلو کورنیو لپاره کمپلې، بړستنې، د پخلنځي لوښي، لمریز څراغونه او ژمني کالي.',
    },
    statusWeights: { active: 0.45, 'temporarily-closed': 0.35, closed: 0.1, unverified: 0.1 },
    tags: ['ngo', 'un-agency', 'free', 'for-idps', 'registration-required', 'seasonal'],
    attributes: { familiesServed: [100, 2000] },
  },
  {
    category: 'emergency-relief',
    title: {
      en: 'Community Emergency Response Team, {place}',
      ur: 'کمیونٹی ایمرجنسی رسپانس ٹیم، {place}',
      ps: 'د {place} د ټولنې بیړني غبرګون ټیم',
    },
    summary: {
      en: 'Trained village volunteers for first aid, search and rescue, and evacuation during floods and landslides.',
      ur: 'ابتدائی طبی امداد، تلاش و بچاؤ اور سیلاب و لینڈ سلائیڈنگ کے دوران لوگوں کے انخلا کے لیے تربیت یافتہ مقامی رضاکار۔',
      ps: 'د کلي روزل شوي رضاکاران چې لومړنۍ مرستې، لټون او ژغورنه، او د سېلابونو او ښوېدنو پر مهال د خلکو ایستل ترسره کوي.',
    },
    tags: ['community-run', 'free', 'emergency', 'rural', 'pashto-speaking'],
    attributes: { volunteers: [10, 40] },
  },

  // ─── Transport ────────────────────────────────────────────────────────────
  {
    category: 'transport',
    title: {
      en: 'Free Patient Transport, {district}',
      ur: 'مریضوں کے لیے مفت ٹرانسپورٹ، {district}',
      ps: 'د {district} د ناروغانو لپاره وړیا ټرانسپورټ',
    },
    summary: {
      en: 'Free rides to and from the district hospital for pregnant women, dialysis patients and people with disabilities; book a day ahead.',
      ur: 'حاملہ خواتین، ڈائیلاسز کے مریضوں اور معذور افراد کے لیے ضلعی ہسپتال آنے جانے کی مفت سواری؛ ایک دن پہلے بکنگ کرائیں۔',
      ps: 'امیندوارو ښځو، د ډیالیز ناروغانو او معلولینو لپاره ضلعي روغتون ته د تګ راتګ وړیا سواري؛ یوه ورځ مخکې وخت ونیسئ.',
    },
    tags: [
      'free',
      'appointment-needed',
      'for-women',
      'for-persons-with-disabilities',
      'helpline',
      'transport-provided',
    ],
    attributes: { vehicles: [1, 5] },
  },
  {
    category: 'transport',
    title: {
      en: "Women's Van Service, {place}",
      ur: 'خواتین کے لیے وین سروس، {place}',
      ps: 'د {place} د ښځو لپاره د وین خدمت',
    },
    summary: {
      en: 'Women-only shared van on fixed routes to the bazaar, schools and hospital, with a woman conductor.',
      ur: 'بازار، اسکولوں اور ہسپتال تک مقررہ راستوں پر صرف خواتین کے لیے مشترکہ وین، خاتون کنڈکٹر کے ساتھ۔',
      ps: 'بازار، ښوونځیو او روغتون ته په ټاکلو لارو یوازې د ښځو لپاره ګډه وین، له ښځینه کنډکټرې سره.',
    },
    tags: ['for-women', 'women-only-staff', 'urban'],
    attributes: { farePkr: [30, 80], routes: [1, 4] },
  },
  {
    category: 'transport',
    title: {
      en: 'Girls’ School Transport, {place}',
      ur: 'طالبات کے لیے اسکول ٹرانسپورٹ، {place}',
      ps: 'د {place} د نجونو لپاره د ښوونځي ټرانسپورټ',
    },
    summary: {
      en: 'Free pick-up and drop-off for girls who live more than two kilometres from the nearest secondary school.',
      ur: 'قریبی سیکنڈری اسکول سے دو کلومیٹر سے زیادہ فاصلے پر رہنے والی طالبات کے لیے مفت آمد و رفت۔',
      ps: 'هغو نجونو لپاره وړیا تګ راتګ چې له نږدې ثانوي ښوونځي څخه له دوو کیلومترو ډېر لرې اوسېږي.',
    },
    tags: ['free', 'for-children', 'government', 'rural', 'transport-provided'],
    attributes: { seats: [12, 40] },
  },
  {
    category: 'transport',
    title: {
      en: 'General Bus Stand Information Desk, {place}',
      ur: 'جنرل بس اسٹینڈ معلوماتی ڈیسک، {place}',
      ps: 'د {place} د عمومي بس اډې د معلوماتو مېز',
    },
    summary: {
      en: 'Information on intercity bus and wagon routes, fares and timings, with a waiting area for women.',
      ur: 'بین الاضلاعی بسوں اور ویگنوں کے راستوں، کرایوں اور اوقات کی معلومات، خواتین کے لیے انتظار گاہ کے ساتھ۔',
      ps: 'د ښارونو ترمنځ د بسونو او ویګنونو د لارو، کرایو او وختونو په اړه معلومات، د ښځو لپاره د انتظار له ځای سره.',
    },
    tags: ['walk-in', 'urban', 'free', 'urdu-speaking', 'pashto-speaking', 'open-sundays'],
    attributes: {},
    hours: { ranges: [['05:00', '22:00']], days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
  },

  // ─── Banking and cash assistance ──────────────────────────────────────────
  {
    category: 'cash-assistance',
    title: {
      en: 'Benazir Income Support Programme Centre, {district}',
      ur: 'بینظیر انکم سپورٹ پروگرام سنٹر، {district}',
      ps: 'د {district} د بې نظیر انکم سپورټ پروګرام مرکز',
    },
    summary: {
      en: 'Registration in the national socio-economic registry, eligibility checks and quarterly Kafaalat payments for women from low-income households.',
      ur: 'قومی سماجی و معاشی رجسٹری میں اندراج، اہلیت کی جانچ اور کم آمدنی والے گھرانوں کی خواتین کے لیے سہ ماہی کفالت ادائیگی۔',
      ps: 'په ملي ټولنیز-اقتصادي راجستر کې نوم لیکنه، د وړتیا معلومول او د کم عاید لرونکو کورنیو ښځو ته درې میاشتنۍ کفالت ورکړه.',
    },
    tags: ['government', 'for-women', 'cnic-required', 'registration-required', 'free'],
    attributes: { counters: [2, 10] },
    hours: { ranges: [['09:00', '17:00']] },
  },
  {
    category: 'cash-assistance',
    title: {
      en: 'Mobile Wallet Help Desk, {place}',
      ur: 'موبائل والٹ ہیلپ ڈیسک، {place}',
      ps: 'د {place} د موبایل والټ د مرستې مېز',
    },
    summary: {
      en: 'Help opening a mobile wallet or basic bank account with only a CNIC, and learning to receive and send money safely.',
      ur: 'صرف شناختی کارڈ کے ذریعے موبائل والٹ یا بنیادی بینک اکاؤنٹ کھولنے، اور محفوظ طریقے سے رقم وصول کرنے اور بھیجنے کا طریقہ سیکھنے میں مدد۔',
      ps: 'یوازې د شناختي کارډ په مرسته د موبایل والټ یا ساده بانکي حساب په پرانیستلو، او په خوندي ډول د پیسو د ترلاسه کولو او لېږلو په زده کړه کې مرسته.',
    },
    tags: ['free', 'walk-in', 'cnic-required', 'for-women', 'urdu-speaking'],
    attributes: {},
    hours: { ranges: [['10:00', '18:00']] },
  },
  {
    category: 'cash-assistance',
    title: { en: 'Zakat Committee, {place}', ur: 'زکوٰۃ کمیٹی، {place}', ps: 'د {place} د زکات کمېټه' },
    summary: {
      en: 'Local zakat committee giving a monthly subsistence allowance, marriage grants and medical help to deserving Muslim families.',
      ur: 'مقامی زکوٰۃ کمیٹی جو مستحق مسلم خاندانوں کو ماہانہ گزارہ الاؤنس، شادی کے لیے امداد اور علاج کے لیے مالی مدد دیتی ہے۔',
      ps: 'سیمه ییزه د زکات کمېټه چې اړو مسلمانو کورنیو ته میاشتنی ګوزاره الاونس، د واده مرسته او د درملنې لپاره مالي مرسته ورکوي.',
    },
    tags: ['government', 'community-run', 'cnic-required', 'registration-required', 'for-elderly'],
    attributes: { monthlyAllowancePkr: [2000, 5000] },
  },
  {
    category: 'cash-assistance',
    title: {
      en: 'Cash Assistance for Flood-Affected Families, {place}',
      ur: 'سیلاب متاثرین کے لیے نقد امداد، {place}',
      ps: 'د {place} د سېلاب ځپلو کورنیو لپاره نغدي مرسته',
    },
    summary: {
      en: 'One-off cash grants paid through mobile wallets to verified flood-affected households; complaints can be made by phone.',
      ur: 'تصدیق شدہ سیلاب متاثرہ گھرانوں کو موبائل والٹ کے ذریعے یکمشت نقد امداد؛ شکایات فون پر درج کرائی جا سکتی ہیں۔',
      ps: 'تایید شویو سېلاب ځپلو کورنیو ته د موبایل والټ له لارې یو ځلي نغدي مرسته؛ شکایتونه په ټیلیفون ثبتېدای شي.',
    },
    statusWeights: { active: 0.3, 'temporarily-closed': 0.3, closed: 0.3, unverified: 0.1 },
    tags: ['ngo', 'un-agency', 'seasonal', 'for-idps', 'cnic-required', 'helpline'],
    attributes: { amountPkr: [25000, 50000] },
  },
  {
    category: 'cash-assistance',
    title: {
      en: 'Old-Age Pension Help Desk, {district}',
      ur: 'بڑھاپا پنشن ہیلپ ڈیسک، {district}',
      ps: 'د {district} د زړښت د پنشن د مرستې مېز',
    },
    summary: {
      en: 'Helps older people and widows apply for pensions and welfare allowances, check their payments and fix CNIC problems.',
      ur: 'بزرگ شہریوں اور بیواؤں کو پنشن اور فلاحی الاؤنس کی درخواست دینے، ادائیگیوں کی جانچ اور شناختی کارڈ کے مسائل حل کرنے میں مدد دیتا ہے۔',
      ps: 'له زړو خلکو او کونډو سره د پنشن او ټولنیزو مرستو په غوښتنلیک، د ورکړو په کتلو او د شناختي کارډ د ستونزو په حل کې مرسته کوي.',
    },
    tags: ['for-elderly', 'government', 'free', 'walk-in', 'wheelchair-accessible'],
    attributes: {},
    hours: { ranges: [['09:00', '14:00']] },
  },

  // ─── Documents and registration ───────────────────────────────────────────
  {
    category: 'documentation',
    title: {
      en: 'NADRA Registration Centre, {place}',
      ur: 'نادرا رجسٹریشن سنٹر، {place}',
      ps: 'د {place} د نادرا د نوم لیکنې مرکز',
    },
    summary: {
      en: 'New and renewed CNICs, B-forms for children, family registration certificates and special CNICs for persons with disabilities.',
      ur: 'نئے اور تجدید شدہ شناختی کارڈ، بچوں کے ب فارم، فیملی رجسٹریشن سرٹیفکیٹ اور معذور افراد کے لیے خصوصی شناختی کارڈ۔',
      ps: 'نوي او بیا نوي شوي شناختي کارډونه، د ماشومانو ب فارم، د کورنۍ د ثبت سند او د معلولینو لپاره ځانګړي شناختي کارډونه.',
    },
    statusWeights: { active: 0.9, 'temporarily-closed': 0.05, unverified: 0.05 },
    tags: ['government', 'walk-in', 'urban', 'wheelchair-accessible', 'urdu-speaking', 'pashto-speaking'],
    attributes: { counters: [4, 20] },
    hours: { ranges: [['08:00', '20:00']] },
  },
  {
    category: 'documentation',
    title: {
      en: 'Union Council {place}: Birth and Marriage Registration',
      ur: 'یونین کونسل {place}: پیدائش و نکاح کا اندراج',
      ps: 'یونین کونسل {place}: د زېږون او نکاح ثبت',
    },
    summary: {
      en: 'Registers births, deaths, marriages and divorces; these records are needed before NADRA can issue B-forms and CNICs.',
      ur: 'پیدائش، اموات، نکاح اور طلاق کا اندراج کرتا ہے؛ نادرا سے ب فارم اور شناختی کارڈ بنوانے کے لیے یہ اندراج ضروری ہے۔',
      ps: 'زېږون، مړینې، نکاح او طلاق ثبتوي؛ له نادرا څخه د ب فارم او شناختي کارډ اخیستلو لپاره دا ثبت اړین دی.',
    },
    tags: ['government', 'walk-in', 'cnic-required', 'rural'],
    attributes: {},
    hours: { ranges: [['09:00', '14:00']] },
  },
  {
    category: 'documentation',
    title: {
      en: 'PoR Card Modification Centre, {place}',
      ur: 'پی او آر کارڈ ترمیمی مرکز، {place}',
      ps: 'د {place} د پي او آر کارډ د ترمیم مرکز',
    },
    summary: {
      en: 'Registered Afghan refugees can update family details, add newborn children and renew their Proof of Registration cards.',
      ur: 'رجسٹرڈ افغان مہاجرین یہاں خاندانی تفصیلات میں تبدیلی، نومولود بچوں کا اندراج اور پی او آر کارڈ کی تجدید کرا سکتے ہیں۔',
      ps: 'ثبت شوي افغان کډوال دلته د کورنۍ معلومات تازه کولی، نوي زېږېدلي ماشومان ثبتولی او خپل پي او آر کارډونه نوي کولی شي.',
    },
    statusWeights: { active: 0.5, 'temporarily-closed': 0.2, closed: 0.2, unverified: 0.1 },
    tags: ['for-refugees', 'un-agency', 'government', 'pashto-speaking', 'appointment-needed'],
    attributes: {},
    hours: { ranges: [['09:00', '16:00']] },
    languages: ['ps', 'ur', 'other'],
  },
  {
    category: 'documentation',
    title: {
      en: 'Domicile and Certificates Counter, {district}',
      ur: 'ڈومیسائل اور اسناد کاؤنٹر، {district}',
      ps: 'د {district} د ډومیسایل او سندونو کاونټر',
    },
    summary: {
      en: 'Domicile certificates and attestation of documents at the Deputy Commissioner’s office, with an option to apply online.',
      ur: 'ڈپٹی کمشنر آفس میں ڈومیسائل سرٹیفکیٹ کا اجرا اور دستاویزات کی تصدیق، آن لائن درخواست کی سہولت کے ساتھ۔',
      ps: 'د ډپټي کمشنر په دفتر کې د ډومیسایل سند صادرول او د اسنادو تصدیق، د آنلاین غوښتنلیک له اسانتیا سره.',
    },
    tags: ['government', 'online', 'cnic-required', 'urban'],
    attributes: { processingDays: [3, 15] },
    hours: { ranges: [['09:00', '15:00']] },
  },
  {
    category: 'documentation',
    title: {
      en: 'NADRA Mobile Registration Van, {place}',
      ur: 'نادرا موبائل رجسٹریشن وین، {place}',
      ps: 'د {place} لپاره د نادرا ګرځنده وین',
    },
    summary: {
      en: 'NADRA mobile van that visits remote areas on announced dates to issue CNICs and register births, especially for women.',
      ur: 'نادرا کی موبائل وین جو اعلان شدہ تاریخوں پر دور دراز علاقوں میں جا کر شناختی کارڈ بناتی اور پیدائش کا اندراج کرتی ہے، خاص طور پر خواتین کے لیے۔',
      ps: 'د نادرا ګرځنده وین چې په اعلان شویو نېټو لرې پرتو سیمو ته ځي، شناختي کارډونه جوړوي او زېږونونه ثبتوي، په ځانګړي ډول د ښځو لپاره.',
    },
    statusWeights: { active: 0.4, 'temporarily-closed': 0.4, unverified: 0.2 },
    tags: ['government', 'mobile-unit', 'rural', 'for-women', 'seasonal'],
    attributes: { visitsPerMonth: [1, 4] },
  },

  // ─── Hujras and community centres ─────────────────────────────────────────
  {
    category: 'community',
    title: { en: 'Village Hujra, {place}', ur: 'حجرہ، {place}', ps: 'د {place} حجره' },
    summary: {
      en: 'The traditional guest house and meeting place of the village, used for jirgas, condolences and community announcements.',
      ur: 'گاؤں کا روایتی مہمان خانہ اور مل بیٹھنے کی جگہ، جو جرگوں، فاتحہ خوانی اور اجتماعی اعلانات کے لیے استعمال ہوتی ہے۔',
      ps: 'د کلي دودیز مېلمستون او د ناستې ځای، چې د جرګو، فاتحو او ټولنیزو اعلانونو لپاره کارول کېږي.',
    },
    tags: ['community-run', 'free', 'walk-in', 'pashto-speaking', 'rural', 'open-sundays'],
    attributes: { capacity: [30, 150] },
  },
  {
    category: 'community',
    title: {
      en: 'Public Library {district}',
      ur: 'پبلک لائبریری {district}',
      ps: 'د {district} عامه کتابتون',
    },
    summary: {
      en: 'Free reading rooms, newspapers in Urdu, Pashto and English, a children’s corner and free Wi-Fi for students.',
      ur: 'مفت مطالعہ گاہیں، اردو، پشتو اور انگریزی اخبارات، بچوں کا گوشہ اور طلبہ کے لیے مفت وائی فائی۔',
      ps: 'د مطالعې وړیا خونې، په اردو، پښتو او انګرېزي ورځپاڼې، د ماشومانو کونج او د زده کوونکو لپاره وړیا وای فای.',
    },
    tags: ['government', 'free', 'walk-in', 'urban', 'wheelchair-accessible', 'for-children'],
    attributes: { books: [3000, 40000] },
    hours: { ranges: [['09:00', '17:00']] },
  },
  {
    category: 'community',
    title: { en: 'Youth Centre {place}', ur: 'یوتھ سنٹر {place}', ps: 'د {place} د ځوانانو مرکز' },
    summary: {
      en: 'Sports ground, computer lab, and debating and skills clubs for young people aged 15 to 29.',
      ur: '15 سے 29 سال کے نوجوانوں کے لیے کھیل کا میدان، کمپیوٹر لیب، اور مباحثے اور ہنر کے کلب۔',
      ps: 'د 15 تر 29 کلنو ځوانانو لپاره د لوبو ډګر، کمپیوټر لابراتوار، او د مباحثې او مهارتونو کلبونه.',
    },
    tags: ['government', 'free', 'urban', 'registration-required'],
    attributes: { members: [50, 400] },
    hours: { ranges: [['14:00', '20:00']] },
  },
  {
    category: 'community',
    title: {
      en: "Women's Community Centre {place}",
      ur: 'خواتین کمیونٹی سنٹر {place}',
      ps: 'د {place} د ښځو ټولنیز مرکز',
    },
    summary: {
      en: 'Meeting space for women’s groups, health talks by lady health workers and a small library, all run by women.',
      ur: 'خواتین کے گروپوں کے لیے اجلاس کی جگہ، لیڈی ہیلتھ ورکرز کی صحت سے متعلق نشستیں اور ایک چھوٹی لائبریری، جس کا تمام انتظام خواتین کے پاس ہے۔',
      ps: 'د ښځو د ډلو لپاره د غونډو ځای، د ښځینه روغتیايي کارکوونکو روغتیايي خبرې اترې او یو کوچنی کتابتون، چې ټول یې ښځې چلوي.',
    },
    tags: ['for-women', 'women-only-staff', 'community-run', 'free'],
    attributes: {},
    hours: { ranges: [['10:00', '16:00']] },
  },
]

export const resourceTemplates: readonly ResourceTemplate[] = templateList

/**
 * Generic neighbourhood, village and landmark names that recur across towns
 * of Khyber Pakhtunkhwa (many towns have a Saddar, a Main Bazaar, a Nawe
 * Kalay, a Bacha Khan Chowk…), used to fill `{place}`. Deliberately not
 * tied to one district; names of specific towns are in
 * `districtLocalities` (districts.ts).
 */
export const places: readonly LocalizedText[] = [
  { en: 'Saddar', ur: 'صدر', ps: 'صدر' },
  { en: 'Main Bazaar', ur: 'مین بازار', ps: 'لوی بازار' },
  { en: 'Cantt', ur: 'کینٹ', ps: 'کېنټ' },
  { en: 'Nawe Kalay', ur: 'نوے کلے', ps: 'نوی کلی' },
  { en: 'Kuz Kalay', ur: 'کوز کلے', ps: 'کوز کلی' },
  { en: 'Bar Kalay', ur: 'بر کلے', ps: 'بر کلی' },
  { en: 'Mian Kalay', ur: 'میاں کلے', ps: 'میان کلی' },
  { en: 'Shaheen Town', ur: 'شاہین ٹاؤن', ps: 'شاهین ټاون' },
  { en: 'Model Town', ur: 'ماڈل ٹاؤن', ps: 'ماډل ټاون' },
  { en: 'University Town', ur: 'یونیورسٹی ٹاؤن', ps: 'یونیورسټي ټاون' },
  { en: 'Gulshan Colony', ur: 'گلشن کالونی', ps: 'ګلشن کالوني' },
  { en: 'Railway Colony', ur: 'ریلوے کالونی', ps: 'ریلوې کالوني' },
  { en: 'Officers Colony', ur: 'آفیسرز کالونی', ps: 'د افسرانو کالوني' },
  { en: 'Madina Colony', ur: 'مدینہ کالونی', ps: 'مدینه کالوني' },
  { en: 'Allama Iqbal Colony', ur: 'علامہ اقبال کالونی', ps: 'علامه اقبال کالوني' },
  { en: 'Ismail Khel', ur: 'اسماعیل خیل', ps: 'اسماعیل خېل' },
  { en: 'Bazid Khel', ur: 'بازید خیل', ps: 'بازید خېل' },
  { en: 'Shah Alam', ur: 'شاہ عالم', ps: 'شاه عالم' },
  { en: 'Gulabad', ur: 'گل آباد', ps: 'ګل آباد' },
  { en: 'Rahmanabad', ur: 'رحمان آباد', ps: 'رحمان آباد' },
  { en: 'Faqirabad', ur: 'فقیر آباد', ps: 'فقیر آباد' },
  { en: 'Tajabad', ur: 'تاج آباد', ps: 'تاج آباد' },
  { en: 'Shah Dheri', ur: 'شاہ ڈھیری', ps: 'شاه ډېرۍ' },
  { en: 'Kotla', ur: 'کوٹلہ', ps: 'کوټله' },
  { en: 'Sheikhan', ur: 'شیخان', ps: 'شیخان' },
  { en: 'Maira', ur: 'میرہ', ps: 'مېره' },
  { en: 'Khan Banda', ur: 'خان بانڈہ', ps: 'خان بانډه' },
  { en: 'Islampura', ur: 'اسلام پورہ', ps: 'اسلام پوره' },
  { en: 'Karimpura', ur: 'کریم پورہ', ps: 'کریم پوره' },
  { en: 'Mohallah Jadeed', ur: 'محلہ جدید', ps: 'جدید محله' },
  { en: 'Shaheed Chowk', ur: 'شہید چوک', ps: 'شهید چوک' },
  { en: 'Bacha Khan Chowk', ur: 'باچا خان چوک', ps: 'باچا خان چوک' },
  { en: 'Tehsil Chowk', ur: 'تحصیل چوک', ps: 'تحصیل چوک' },
  { en: 'Hospital Road', ur: 'ہسپتال روڈ', ps: 'روغتون سړک' },
  { en: 'Circular Road', ur: 'سرکلر روڈ', ps: 'سرکلر روډ' },
  { en: 'GT Road', ur: 'جی ٹی روڈ', ps: 'جي ټي روډ' },
  { en: 'Jinnah Road', ur: 'جناح روڈ', ps: 'جناح روډ' },
  { en: 'Sabzi Mandi', ur: 'سبزی منڈی', ps: 'سبزي منډۍ' },
  { en: 'Ghalla Mandi', ur: 'غلہ منڈی', ps: 'غله منډۍ' },
  { en: 'Kachehri', ur: 'کچہری', ps: 'کچهرۍ' },
  { en: 'Lari Adda', ur: 'لاری اڈا', ps: 'لارۍ اډه' },
  { en: 'Police Lines', ur: 'پولیس لائنز', ps: 'پولیس لاینز' },
  { en: 'Gulberg', ur: 'گلبرگ', ps: 'ګلبرګ' },
  { en: 'Shahi Bagh', ur: 'شاہی باغ', ps: 'شاهي باغ' },
]

/**
 * Plausible provenance for generated resources. URLs under example.org are
 * placeholders for the project's own pages (the domain is reserved, so they
 * can never point at someone else's site).
 */
export const sources: readonly SourceSeed[] = [
  {
    name: 'KP Health Department health facility list',
    url: 'https://health.kp.gov.pk',
    licence: 'Public sector information (attribution)',
  },
  {
    name: 'KP Elementary & Secondary Education school census',
    url: 'https://kpese.gov.pk',
    licence: 'Public sector information (attribution)',
  },
  {
    name: 'Provincial Disaster Management Authority KP situation reports',
    url: 'https://pdma.gov.pk',
    licence: 'Public sector information (attribution)',
  },
  {
    name: 'Pakistan Bureau of Statistics, 2023 census',
    url: 'https://www.pbs.gov.pk',
    licence: 'Public sector information (attribution)',
  },
  {
    name: 'OpenStreetMap contributors',
    url: 'https://www.openstreetmap.org/copyright',
    licence: 'ODbL-1.0',
  },
  {
    name: 'Humanitarian Data Exchange, Pakistan datasets',
    url: 'https://data.humdata.org/group/pak',
    licence: 'CC-BY-4.0',
  },
  {
    name: 'UNHCR Pakistan refugee service points',
    url: 'https://www.unhcr.org/countries/pakistan',
    licence: 'UNHCR terms of use (attribution)',
  },
  {
    name: 'Field survey by Hujra volunteers',
    url: 'https://hujra.example.org/field-survey',
    licence: 'CC-BY-4.0',
  },
  {
    name: 'Community submissions via the Hujra website',
    url: 'https://hujra.example.org/contribute',
    licence: 'CC-BY-SA-4.0',
  },
]
